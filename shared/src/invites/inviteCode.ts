/**
 * Personal invitation codes: 10 characters of Crockford's base32 (no I, L, O or U), 50 bits, printed
 * on a badge as `ABCDE-FGHJK` and carried by its QR code. Typed codes are forgiving: case, spaces,
 * dashes and the look-alikes O→0 and I/L→1 do not matter.
 */
export const INVITE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITE_CODE_LENGTH = 10;

/** The canonical form of a typed or scanned code, or undefined when it cannot be one. */
export function normalizeInviteCode(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const code = input
    .toUpperCase()
    .replace(/[\s\u200e\u200f-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== INVITE_CODE_LENGTH) return undefined;
  for (const ch of code) if (!INVITE_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** A code as printed: two groups of five. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A new code from `randomBytes` (10 bytes; each byte gives one character). */
export function inviteCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < INVITE_CODE_LENGTH) throw new Error('need 10 random bytes');
  let code = '';
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[(bytes[i] as number) % 32];
  return code;
}
