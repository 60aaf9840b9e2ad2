import { ValidateBy, buildMessage, isISO8601, type ValidationOptions } from 'class-validator';

export const IS_INSTANT = 'isInstant';

/** A date, a time and an offset (`Z` or `±hh:mm`), with a four-digit year. */
const WITH_TIME_AND_OFFSET =
  /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export const isInstant = (value: unknown): boolean =>
  typeof value === 'string' &&
  WITH_TIME_AND_OFFSET.test(value) &&
  isISO8601(value, { strict: true }) &&
  Number.isFinite(Date.parse(value));

/**
 * An ISO 8601 instant WITH its offset (code `isInstant`). A bare `2026-12-04T10:00` would be
 * read in the server's zone, not the organisation's, so it is refused rather than guessed.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_INSTANT,
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be an ISO 8601 date-time with an offset or Z, e.g. 2026-12-04T10:00:00-03:00`,
          options,
        ),
      },
    },
    options,
  );
}
