import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsDefined,
  IsOptional,
  IsUUID,
  ValidateBy,
  ValidateIf,
  buildMessage,
  isISO8601,
  type ValidationOptions,
} from 'class-validator';

/**
 * The validators every DTO shares, declared once (as Immich's `server/src/validation.ts`), so a
 * DTO says what a field is (`@Optional({ nullable: true })`, `@Trim()`) instead of repeating
 * `@IsOptional @Transform @ValidateIf` stacks whose subtleties each copy gets slightly wrong.
 */

export type OptionalOptions =
  /** `null` is a value (it clears the field); `emptyToNull` also reads a blank string as `null`. */
  | { nullable: true; emptyToNull?: boolean }
  /** Only absence is allowed: `null` is refused (`isDefined`), as for a required field. */
  | { nullable?: false; emptyToNull?: never };

const isBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

/**
 * A field that may be left out. Unlike `@IsOptional()`, which also lets `null` skip every rule,
 * a field that is not `nullable` refuses `null`, so a column declared NOT NULL never sees one.
 */
export function Optional(options: OptionalOptions = {}): PropertyDecorator {
  if (!options.nullable) {
    return applyDecorators(
      ValidateIf((_object: object, value: unknown) => value !== undefined),
      IsDefined(),
    );
  }
  const decorators = [IsOptional()];
  if (options.emptyToNull) {
    decorators.push(Transform(({ value }: { value: unknown }) => (isBlank(value) ? null : value)));
  }
  return applyDecorators(...decorators);
}

/** Strips surrounding whitespace (and, for e-mail addresses, case); other types pass untouched. */
export function Trim(options: { lowercase?: boolean } = {}): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return options.lowercase ? trimmed.toLowerCase() : trimmed;
  });
}

export type ValidateUuidOptions = { optional?: boolean; nullable?: boolean; each?: boolean };

/** An id: any UUID version; `optional` and `nullable` as in `Optional()`. */
export function ValidateUUID(options: ValidateUuidOptions = {}): PropertyDecorator {
  const { optional = false, nullable = false, each = false } = options;
  const decorators = [IsUUID(undefined, { each })];
  if (optional || nullable) decorators.unshift(Optional(nullable ? { nullable } : {}));
  return applyDecorators(...decorators);
}

export const SAFE_TEXT = 'safeText';

/** A UTF-16 half without its other half: not text any encoder (or validator.js) can take. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * PostgreSQL text cannot hold NUL, so a string with one would fail the query, not the request;
 * a lone surrogate makes validator.js throw and would be stored as U+FFFD.
 */
export const isSafeText = (value: unknown): boolean =>
  typeof value !== 'string' || (!value.includes('\u0000') && !LONE_SURROGATE.test(value));

/**
 * Refuses strings holding a NUL character or a lone surrogate (code `safeText`); other types
 * are left to other rules.
 */
export function SafeText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: SAFE_TEXT,
      validator: {
        validate: (value: unknown): boolean => isSafeText(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must not contain NUL characters or lone surrogates`,
          options,
        ),
      },
    },
    options,
  );
}

export const IS_DATE_TIME = 'isDateTime';

/** Years PostgreSQL and JavaScript both hold, written with four digits as ISO 8601 expects. */
const FOUR_DIGIT_YEAR = /^(?!0000)\d{4}-/;

/**
 * A strict ISO 8601 date-time with a four-digit year (code `isDateTime`). `IsISO8601` alone also
 * takes signed and five-digit years that `new Date()` turns into an invalid date.
 */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_DATE_TIME,
      validator: {
        validate: (value: unknown): boolean =>
          typeof value === 'string' &&
          FOUR_DIGIT_YEAR.test(value) &&
          isISO8601(value, { strict: true }) &&
          Number.isFinite(Date.parse(value)),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be an ISO 8601 date-time`,
          options,
        ),
      },
    },
    options,
  );
}

/** `+`, a country code and the number: what Twilio and other carriers' APIs accept. */
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A phone number in E.164 (`+5511987654321`). Spaces, dashes, dots and parentheses typed for
 * readability are dropped first, so `+55 (11) 98765-4321` is accepted as the same number.
 */
export function E164Phone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.replace(/[\s().-]/g, '') : value,
    ),
    ValidateBy(
      {
        name: 'isE164',
        validator: {
          validate: (value: unknown): boolean => typeof value === 'string' && E164.test(value),
          defaultMessage: buildMessage(
            (eachPrefix) =>
              `${eachPrefix}$property must be a phone number in E.164 format, e.g. +5511987654321`,
            options,
          ),
        },
      },
      options,
    ),
  );
}
