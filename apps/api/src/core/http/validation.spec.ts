import { plainToInstance } from 'class-transformer';
import { IsString, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors.util';
import { IsDateTime, Optional, SafeText, Trim, ValidateUUID } from './validation';

class ProbeDto {
  @Optional()
  @IsString()
  required_when_present?: string;

  @Optional({ nullable: true })
  @IsString()
  nullable?: string | null;

  @Optional({ nullable: true, emptyToNull: true })
  @Trim()
  @IsString()
  blank_is_null?: string | null;

  @Optional()
  @Trim({ lowercase: true })
  @IsString()
  lowered?: string;

  @Optional()
  @SafeText()
  @IsString()
  text?: string;

  @Optional()
  @SafeText({ each: true })
  @IsString({ each: true })
  texts?: string[];

  @ValidateUUID({ optional: true })
  id?: string;

  @ValidateUUID({ optional: true, each: true })
  ids?: string[];

  @Optional()
  @IsDateTime()
  at?: string;
}

async function check(
  plain: Record<string, unknown>,
): Promise<{ dto: ProbeDto; codes: Record<string, string[]> }> {
  const dto = plainToInstance(ProbeDto, plain);
  const errors = toFieldErrors(await validate(dto));
  const codes: Record<string, string[]> = {};
  for (const error of errors) (codes[error.field] ??= []).push(error.code);
  return { dto, codes };
}

describe('validation decorators', () => {
  it('lets an optional field be left out', async () => {
    expect((await check({})).codes).toEqual({});
  });

  it('refuses null for a field that is optional but not nullable', async () => {
    const { codes } = await check({ required_when_present: null });
    expect(codes.required_when_present).toContain('isDefined');
  });

  it('takes null for a nullable field', async () => {
    expect((await check({ nullable: null })).codes).toEqual({});
  });

  it('reads a blank string as null when asked to', async () => {
    const { dto, codes } = await check({ blank_is_null: '   ' });
    expect(codes).toEqual({});
    expect(dto.blank_is_null).toBeNull();
  });

  it('trims, and lowercases on request', async () => {
    const { dto } = await check({ blank_is_null: '  Ana  ', lowered: ' Ana@X.com ' });
    expect(dto.blank_is_null).toBe('Ana');
    expect(dto.lowered).toBe('ana@x.com');
  });

  it('refuses a NUL character as safeText, alone or in a list', async () => {
    const { codes } = await check({ text: 'a\u0000b', texts: ['ok', '\u0000'] });
    expect(codes.text).toEqual(['safeText']);
    expect(codes.texts).toEqual(['safeText']);
  });

  it('accepts UUIDs and refuses anything else, one by one in a list', async () => {
    const good = await check({ id: '0b7e5a8e-8c37-4b59-9a4c-6a0a4f4a2f11' });
    expect(good.codes).toEqual({});
    const { codes } = await check({ id: 'nope', ids: ['0b7e5a8e-8c37-4b59-9a4c-6a0a4f4a2f11', 1] });
    expect(codes.id).toEqual(['isUuid']);
    expect(codes.ids).toEqual(['isUuid']);
  });

  it('refuses a null id unless nullable', async () => {
    expect((await check({ id: null })).codes.id).toContain('isDefined');
  });

  it('takes a real ISO 8601 date-time and refuses dates JavaScript or PostgreSQL cannot hold', async () => {
    expect((await check({ at: '2024-05-01T12:00:00Z' })).codes).toEqual({});
    for (const at of ['+275761-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '2024-02-30T00:00:00Z', 7])
      expect((await check({ at })).codes.at).toEqual(['isDateTime']);
  });
});
