/** What a masked value becomes: the kind stays readable, so the summary still makes sense. */
export const PII_MASK = {
  email: '[e-mail]',
  cpf: '[CPF]',
  cnpj: '[CNPJ]',
  phone: '[telefone]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** 12.345.678/0001-90, or its 14 digits bare. */
const CNPJ = /(?<![\d/.-])(?:\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}|\d{14})(?![\d/-])/g;
/** 123.456.789-09 (formatted: a CPF whatever its check digits). */
const CPF_FORMATTED = /(?<![\d.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g;
/** 11 bare digits: a CPF when its check digits agree, else left to the phone rule. */
const ELEVEN_DIGITS = /(?<![\d.-])\d{11}(?![\d-])/g;
/**
 * Candidates for a phone: digits with the separators people type (+55 (11) 98765-4321,
 * 11 98765 4321, 5511987654321). The digit count and shape decide below.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}$@/.,-])\+?\(?\d[\d ().-]{6,}\d(?![\p{L}\p{N}/@]|[.,]\d)/gu;
/** Shapes with separators that are dates or times, not phones. */
const NOT_A_PHONE = /^\d{4}-\d{2}-\d{2}$|^\d{2}\.\d{2}\.\d{4}$|^\d{1,3}(?:\.\d{3})+$/;

/** A CPF's two check digits (mod 11), so eleven random digits are not taken for one. */
export function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i += 1) sum += Number(digits[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  const international = candidate.startsWith('+');
  if (NOT_A_PHONE.test(candidate)) return false;
  if (international) return digits.length >= 8 && digits.length <= 15;
  const separated = /[ ().-]/.test(candidate);
  // Bare runs of 8 or 9 digits are as often order numbers as phones: only with a separator
  // (9876-5432, 98765-4321) are they taken for a local number.
  if (digits.length === 8 || digits.length === 9) return separated && /\d{4}$/.test(candidate);
  // DDD + number (10–11 digits), or with the country code 55 (12–13 digits).
  if (digits.length === 10 || digits.length === 11) return /^[1-9]{2}/.test(digits);
  if (digits.length === 12 || digits.length === 13) return digits.startsWith('55');
  return false;
}

/**
 * Masks what identifies a person in free text before it leaves the server: e-mail addresses,
 * CNPJ and CPF numbers and phone numbers (Brazilian shapes, and any number written with +).
 * Amounts (R$ 1.500,00), dates and times are left alone.
 */
export function redactPii(text: string): string {
  return text
    .replace(EMAIL, PII_MASK.email)
    .replace(CNPJ, PII_MASK.cnpj)
    .replace(CPF_FORMATTED, PII_MASK.cpf)
    .replace(ELEVEN_DIGITS, (digits) => (isValidCpf(digits) ? PII_MASK.cpf : digits))
    .replace(PHONE_CANDIDATE, (candidate) => (isPhone(candidate) ? PII_MASK.phone : candidate));
}
