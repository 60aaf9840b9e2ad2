/** The list with `value` added (in `order`'s order) or taken out: for a group of checkboxes. */
export function toggleValue<T>(
  list: readonly T[],
  value: T,
  checked: boolean,
  order: readonly T[],
): T[] {
  const chosen = new Set(list);
  if (checked) chosen.add(value);
  else chosen.delete(value);
  return order.filter((item) => chosen.has(item));
}
