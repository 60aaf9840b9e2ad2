/** BRL amounts are integer cents inside; the API also speaks exact decimal strings ("1500.00"). */
const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

export function decimalToCents(value: string): number | null {
  if (!DECIMAL.test(value)) return null;
  const [reais, centavos = ''] = value.split('.');
  return Number(reais) * 100 + Number(centavos.padEnd(2, '0'));
}

export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

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
