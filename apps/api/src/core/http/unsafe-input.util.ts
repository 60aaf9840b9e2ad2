import type { FieldError } from '@loved/shared';
import { SAFE_TEXT, isSafeText } from './validation';

/** Deeper than any request of the API nests; past it, recursive transforms could blow the stack. */
export const MAX_INPUT_DEPTH = 32;
export const MAX_DEPTH = 'maxDepth';

/** Parsed JSON and query strings hold plain objects and arrays; bytes are never text to check. */
const isWalkable = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !ArrayBuffer.isView(value) &&
  !(value instanceof ArrayBuffer);

const join = (path: string[]): string => path.join('.');

/**
 * The first place in a parsed body, query or path parameter that the database could not take:
 * a string (or key) holding NUL or a lone surrogate, or nesting deeper than `MAX_INPUT_DEPTH`. Walks with its own
 * stack, so a hostile nesting depth cannot overflow the call stack here either.
 */
export function findUnsafeInput(input: unknown, root: string[] = []): FieldError | null {
  const pending: Array<{ value: unknown; path: string[] }> = [{ value: input, path: root }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (!isSafeText(value)) {
      return {
        field: join(path),
        code: SAFE_TEXT,
        message: `${join(path) || 'value'} must not contain NUL characters or lone surrogates`,
      };
    }
    if (!isWalkable(value)) continue;
    if (path.length - root.length >= MAX_INPUT_DEPTH) {
      return {
        field: join(path),
        code: MAX_DEPTH,
        params: { max: MAX_INPUT_DEPTH },
        message: `input must not nest deeper than ${MAX_INPUT_DEPTH} levels`,
      };
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (!isSafeText(key)) {
        return {
          field: join(childPath),
          code: SAFE_TEXT,
          message: 'field names must not contain NUL characters or lone surrogates',
        };
      }
      pending.push({ value: child, path: childPath });
    }
  }
  return null;
}
