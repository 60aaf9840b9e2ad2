/**
 * Scrolls the board so the column of `stage` sits in the middle of the scroller (as near as
 * the ends allow), so the columns on both sides of it show too.
 */
export function revealColumn(scroller: HTMLElement, stage: string): void {
  const column = scroller.querySelector<HTMLElement>(`[data-stage="${stage}"]`);
  if (!column) return;
  // The scroller is positioned, so it is the column's offset parent.
  const target = column.offsetLeft - (scroller.clientWidth - column.offsetWidth) / 2;
  const max = scroller.scrollWidth - scroller.clientWidth;
  const left = Math.min(Math.max(0, Math.round(target)), Math.max(0, max));
  if (Math.abs(scroller.scrollLeft - left) < 1) return;
  scroller.scrollTo({ left, behavior: 'instant' });
}
