/** Small guards for narrowing parsed JSON (`unknown`) without a schema library. */

export type JsonRecord = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

export function isOptionalBoolean(value: unknown): value is boolean | undefined {
  return value === undefined || typeof value === 'boolean';
}

export function isArrayOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every((item) => isItem(item));
}

export function isOptionalArrayOf<T>(
  value: unknown,
  isItem: (item: unknown) => item is T,
): value is T[] | undefined {
  return value === undefined || isArrayOf(value, isItem);
}

/** A record whose listed keys are each absent or a string: the common shape of Meta's sub-objects. */
export function isRecordOfOptionalStrings(value: unknown, keys: readonly string[]): boolean {
  return isRecord(value) && keys.every((key) => isOptionalString(value[key]));
}
