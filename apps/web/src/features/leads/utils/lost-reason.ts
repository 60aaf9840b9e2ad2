/** The reason picked from the list, and the text typed when it is "Outro" (or no list). */
export type LostReasonValue = { choice: string; other: string };

/** The reason every organisation starts with that lets the rep say it in their own words. */
export const OTHER_LOST_REASON = 'Outro';

export function isOtherLostReason(label: string): boolean {
  return label.trim().toLocaleLowerCase('pt-BR') === OTHER_LOST_REASON.toLocaleLowerCase('pt-BR');
}

/**
 * The `lost_reason` to send: the reason picked, or the words typed for "Outro" (just "Outro"
 * when none were typed); empty when nothing was given.
 */
export function lostReasonOf(value: LostReasonValue): string {
  const other = value.other.trim();
  if (value.choice === '') return other;
  if (isOtherLostReason(value.choice)) return other === '' ? value.choice : other;
  return value.choice;
}
