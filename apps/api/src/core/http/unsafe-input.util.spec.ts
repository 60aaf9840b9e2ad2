import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, findUnsafeInput } from './unsafe-input.util';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

describe('findUnsafeInput', () => {
  it('passes ordinary input', () => {
    expect(findUnsafeInput({ name: 'Ana', tags: ['a'], n: 1, ok: true, none: null })).toBeNull();
  });

  it('points at a NUL character anywhere, with the path of the field', () => {
    expect(findUnsafeInput({ contact: { tags: ['ok', 'x\u0000'] } })).toMatchObject({
      field: 'contact.tags.1',
      code: 'safeText',
    });
  });

  it('prefixes the name of a single query or path parameter', () => {
    expect(findUnsafeInput('\u0000', ['token'])).toMatchObject({
      field: 'token',
      code: 'safeText',
    });
  });

  it('refuses a lone surrogate, which validators throw on, and keeps a paired one', () => {
    expect(findUnsafeInput({ email: 'a\uD800' })).toMatchObject({
      field: 'email',
      code: 'safeText',
    });
    expect(findUnsafeInput({ name: 'ok \uD83D\uDE00' })).toBeNull();
  });

  it('refuses a NUL character in a key', () => {
    expect(findUnsafeInput({ 'a\u0000': 1 })).toMatchObject({ code: 'safeText' });
  });

  it('walks query objects, whose prototype is not Object', () => {
    const Query = function (this: Record<string, unknown>): void {
      this.q = '\u0000';
    } as unknown as new () => Record<string, unknown>;
    Query.prototype = Object.create(null) as object;
    const query = new Query();
    expect(findUnsafeInput(query)).toMatchObject({ field: 'q', code: 'safeText' });
  });

  it('refuses nesting past the limit without overflowing the stack', () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(findUnsafeInput(nested(100_000))).toMatchObject({
      code: 'maxDepth',
      params: { max: MAX_INPUT_DEPTH },
    });
  });
});
