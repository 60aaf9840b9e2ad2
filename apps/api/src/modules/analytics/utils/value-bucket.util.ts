import type { ValueBucket } from '@loved/shared';
import { centsToDecimal } from '../../leads/utils/lead-money.util';

/**
 * A count and a sum of cents (PostgreSQL `numeric` as text, exact) as the wire's bucket. The
 * decimal string is always exact; `value_cents` is a JSON number, exact up to 2^53 cents.
 */
export function toValueBucket(count: number | string, cents: string | null): ValueBucket {
  const sum = cents ?? '0';
  return { count: Number(count), value_cents: Number(sum), value: centsToDecimal(sum) };
}

/** `AND <column> = $n` when the report is narrowed to one owner, with its parameter appended. */
export function ownerClause(column: string, ownerId: string | null, params: unknown[]): string {
  if (ownerId === null) return '';
  params.push(ownerId);
  return ` AND ${column} = $${params.length}`;
}
