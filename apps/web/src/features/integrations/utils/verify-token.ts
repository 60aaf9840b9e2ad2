const TOKEN_BYTES = 24;

/** A random verify token for Meta's webhook check: 48 hex digits from the browser's CSPRNG. */
export function generateVerifyToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
