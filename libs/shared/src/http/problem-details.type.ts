/** One invalid field of a request, as reported in `errors` of a validation problem. */
export type FieldError = {
  field: string;
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
