import { LeadException } from '../lead.exception';
import { decimalToCents } from './lead-money.util';
import { normalizePhone, type NormalizedPhone } from './lead-phone.util';

export type MoneyInput = { estimated_value?: string | null; estimated_value_cents?: number | null };

/** A phone as typed, normalised, or a 400 on the `phone` field. */
export function parseLeadPhone(input: string): NormalizedPhone {
  const phone = normalizePhone(input);
  if (!phone) {
    throw LeadException.invalid(
      'phone',
      'isPhoneNumber',
      'Invalid phone number. Use the area code and number, such as (11) 98765-4321.',
    );
  }
  return phone;
}

/**
 * The estimated value in cents from either field (null clears it; undefined when neither is
 * sent); both at once must agree.
 */
export function centsOf(input: MoneyInput): number | null | undefined {
  if (input.estimated_value_cents !== undefined && input.estimated_value !== undefined) {
    const fromDecimal =
      input.estimated_value === null ? null : decimalToCents(input.estimated_value);
    if (fromDecimal !== input.estimated_value_cents) {
      throw LeadException.invalid(
        'estimated_value',
        'matchesEstimatedValueCents',
        'estimated_value and estimated_value_cents do not match.',
      );
    }
  }
  if (input.estimated_value_cents !== undefined) return input.estimated_value_cents;
  if (input.estimated_value === undefined) return undefined;
  return input.estimated_value === null ? null : decimalToCents(input.estimated_value);
}
