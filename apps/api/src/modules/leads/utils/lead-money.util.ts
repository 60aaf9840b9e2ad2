/** BRL amounts are integer cents inside; the API also speaks exact decimal strings ("1500.00"). */
const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

export function decimalToCents(value: string): number | null {
  if (!DECIMAL.test(value)) return null;
  const [reais, centavos = ''] = value.split('.');
  return Number(reais) * 100 + Number(centavos.padEnd(2, '0'));
}

/** Exact for any integer amount: a safe-integer number, a bigint or an integer string from SQL. */
export function centsToDecimal(cents: number | bigint | string): string {
  const value = BigInt(cents);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A sum of cents as an exact decimal string and, while a JSON number holds it exactly, as cents. */
export function centsTotal(sum: string): { decimal: string; cents: number | null } {
  const value = BigInt(sum);
  const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  return { decimal: centsToDecimal(value), cents: safe ? Number(value) : null };
}

export class UnsafeCentsError extends RangeError {
  constructor(value: string | number) {
    super(`estimated_value_cents ${value} is beyond what a JavaScript number holds exactly`);
  }
}

/**
 * The `bigint` column as a number of cents. It refuses, in both directions, any value a number
 * would round (above 2^53), so an amount is never silently changed.
 */
export const centsColumnTransformer = {
  to: (value: number | null | undefined): number | null | undefined => {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new UnsafeCentsError(value);
    }
    return value;
  },
  from: (value: string | null): number | null => {
    if (value === null) return null;
    const cents = Number(value);
    if (!Number.isSafeInteger(cents) || String(cents) !== value) throw new UnsafeCentsError(value);
    return cents;
  },
};

/** "R$ 1.500,50", "1.500,50", "1500.50", "1500" as people type them in spreadsheets. */
export function parseBrazilianAmount(input: string): number | null {
  const cleaned = input.replace(/R\$|\s/g, '');
  if (cleaned === '') return null;
  const brazilian = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned);
  const normalized = brazilian
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : cleaned.replace(/,/g, '');
  return decimalToCents(normalized);
}
