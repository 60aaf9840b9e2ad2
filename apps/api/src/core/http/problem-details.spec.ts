import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { toProblemDetails } from './problem-details';

const pgError = (code: string, message: string): Error =>
  Object.assign(new Error(message), { code });

describe('toProblemDetails', () => {
  it('answers 503 QUERY_TIMEOUT when PostgreSQL cancelled a statement past its timeout', () => {
    const error = new QueryFailedError(
      'SELECT pg_sleep(5)',
      [],
      pgError('57014', 'canceling statement due to statement timeout'),
    );

    expect(toProblemDetails(error)).toMatchObject({ status: 503, code: 'QUERY_TIMEOUT' });
  });

  it('keeps other database failures a generic 500 without their message', () => {
    const error = new QueryFailedError(
      'SELECT 1',
      [],
      pgError('42P01', 'relation "x" does not exist'),
    );

    const problem = toProblemDetails(error);

    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(problem.detail).not.toContain('relation');
  });
});
