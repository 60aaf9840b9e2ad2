import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldError, FieldErrorParams } from '@loved/shared';

/**
 * What each argument of a constraint is called, for the constraints whose arguments a client
 * needs to word its message ("at most 120 characters"). class-validator keeps the arguments
 * as a bare array in its metadata; this names them.
 */
const PARAM_NAMES: Record<string, readonly string[]> = {
  maxLength: ['max'],
  minLength: ['min'],
  isLength: ['min', 'max'],
  max: ['max'],
  min: ['min'],
  arrayMaxSize: ['max'],
  arrayMinSize: ['min'],
  isIn: ['values'],
  isNotIn: ['values'],
  matches: ['pattern'],
};

type ParamValue = FieldErrorParams[string];

function toParamValue(value: unknown): ParamValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof RegExp) return value.source;
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' || typeof item === 'number')
  ) {
    return value as Array<string | number>;
  }
  return undefined;
}

/** The arguments of the rule `code` on `property`, read from the metadata of the validated class. */
function paramsOf(
  target: object | undefined,
  property: string,
  code: string,
): FieldErrorParams | undefined {
  const names = PARAM_NAMES[code];
  if (!names || !target) return undefined;
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && metadata.name === code);
  const args: unknown[] = rule?.constraints ?? [];
  const entries = names
    .map((name, index) => [name, toParamValue(args[index])] as const)
    .filter((entry): entry is readonly [string, ParamValue] => entry[1] !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * class-validator's error tree as flat field errors: one per broken rule, named by the
 * constraint (`code`) with its arguments (`params`), the path dotted (`contact.email`, `tags.0`).
 * Needs errors validated with `validationError.target` on, so each knows its class.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]): FieldError => {
      const params = paramsOf(error.target, error.property, code);
      return { field, code, ...(params ? { params } : {}), message };
    });
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
