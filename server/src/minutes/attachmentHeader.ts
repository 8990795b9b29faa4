/** `Content-Disposition` for a download of the minutes: an ASCII name for old clients, the real one in UTF-8. */
import type { Minutes } from '@majlis/shared';

/** RFC 8187 encoding: percent-encodes everything but the attr-chars. */
const encodeRfc8187 = (s: string): string =>
  encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="minutes-2026-11-18.docx"; filename*=UTF-8''<title> - 2026-11-18.docx`:
 * the ASCII name is made of letters, digits, dots and dashes only; the UTF-8 one keeps the title
 * (without control characters, quotes and slashes, at most 80 characters).
 */
export function attachmentHeader(m: Minutes, extension: string, part?: string): string {
  const suffix = `${part ? `-${part}` : ''}-${m.date}.${extension}`;
  const ascii = `minutes${suffix}`.replace(/[^A-Za-z0-9.-]/g, '-');
  const title = [
    ...m.title
      .replace(/[\p{Cc}\p{Cf}]|["\\/:*?<>|]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, 80)
    .join('')
    .trim();
  const full = `${title === '' ? 'minutes' : title}${part ? ` - ${part}` : ''} - ${m.date}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(full)}`;
}
