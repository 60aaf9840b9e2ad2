import type { Language } from '@/stores/language.store';

/**
 * What the user typed in a BRL field, as the API's decimal string ("1500.00"); `null` for an
 * empty field, `undefined` when it is not an amount. Takes both "1.500,50" and "1,500.50": the
 * last separator followed by one or two digits is the decimal one, the others group thousands.
 */
export function parseMoneyInput(input: string): string | null | undefined {
  const text = input.replace(/\s|R\$/g, '');
  if (text === '') return null;
  if (!/^\d[\d.,]*$/.test(text)) return undefined;
  const decimalMatch = text.match(/[.,](\d{1,2})$/);
  const integerPart = decimalMatch ? text.slice(0, -decimalMatch[0].length) : text;
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(integerPart)) return undefined;
  const integer = integerPart.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (integer.length > 13) return undefined;
  const cents = (decimalMatch?.[1] ?? '').padEnd(2, '0');
  return `${integer}.${cents}`;
}

/** The API's decimal string as the user would type it in their language ("1.500,00"). */
export function formatMoneyInput(value: string | null, language: Language): string {
  if (value === null) return '';
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value as Intl.StringNumericLiteral);
}
