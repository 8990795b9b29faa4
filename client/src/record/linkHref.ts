import { safeLink } from '@majlis/shared';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * What someone typed into the link field, as an address the notes may hold: `example.org` becomes
 * `https://example.org`, a bare e-mail address a `mailto:` link. Anything that is not http(s) or
 * mailto afterwards (`javascript:`, `data:`, a file path) is refused with null.
 */
export function linkHref(input: string): string | null {
  const typed = input.trim();
  if (typed === '') return null;
  const href = SCHEME.test(typed) ? typed : EMAIL.test(typed) ? `mailto:${typed}` : `https://${typed}`;
  return safeLink(href) ? href : null;
}
