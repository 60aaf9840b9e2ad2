/** Parameters of a broken rule, e.g. `{ max: 120 }` for `maxLength`, for the client's own text. */
export type FieldErrorParams = Record<string, string | number | boolean | Array<string | number>>;

/**
 * One invalid field of a request, as reported in `errors` of a validation problem. `code` names
 * the rule (the class-validator constraint, e.g. `isNotEmpty`, `maxLength`, `safeText`), so a
 * client picks its own words from `code` and `params`; `message` is English, for developers.
 */
export type FieldError = {
  field: string;
  code: string;
  params?: FieldErrorParams;
  message: string;
};

/** RFC 9457 problem details: the body of every error answer of the API. */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
