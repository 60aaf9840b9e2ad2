import { useCallback, useEffect, useState, type RefObject } from 'react';

export type ScrollEdges = {
  /** Content lies beyond the left edge. */
  start: boolean;
  /** Content lies beyond the right edge. */
  end: boolean;
};

/** Below a pixel of scroll left, an edge counts as reached (zoom yields fractional offsets). */
const TOLERANCE_PX = 1;

/**
 * Whether a horizontal scroller has more to show on either side, kept current as it scrolls,
 * resizes or `contentKey` says its content changed.
 */
export function useScrollEdges(
  ref: RefObject<HTMLElement | null>,
  contentKey?: unknown,
): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ start: false, end: false });

  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const start = element.scrollLeft > TOLERANCE_PX;
    const end = element.scrollLeft + element.clientWidth < element.scrollWidth - TOLERANCE_PX;
    setEdges((current) =>
      current.start === start && current.end === end ? current : { start, end },
    );
  }, [ref]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    for (const child of Array.from(element.children)) observer?.observe(child);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref, measure, contentKey]);

  return edges;
}
