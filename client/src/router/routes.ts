/** Every screen of the client and the URL that opens it. Pure, so it can be tested without a DOM. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'join'; readonly code: string | null }
  | { readonly name: 'facilitate'; readonly workshopId: string }
  | { readonly name: 'board'; readonly workshopId: string }
  | { readonly name: 'me'; readonly workshopId: string }
  | { readonly name: 'scribe'; readonly workshopId: string }
  | { readonly name: 'minutes'; readonly workshopId: string }
  | { readonly name: 'badges'; readonly workshopId: string }
  | { readonly name: 'invite'; readonly code: string | null }
  | { readonly name: 'notFound' };

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  const [first, second, third] = parts.map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  if (parts.length === 0) return { name: 'home' };
  if (first === 'join' && parts.length <= 2) return { name: 'join', code: second ?? null };
  if (first === 'i' && parts.length <= 2) return { name: 'invite', code: second ?? null };
  if (first === 'w' && parts.length === 3 && second && SEGMENT.test(second)) {
    if (third === 'facilitate') return { name: 'facilitate', workshopId: second };
    if (third === 'board') return { name: 'board', workshopId: second };
    if (third === 'me') return { name: 'me', workshopId: second };
    if (third === 'scribe') return { name: 'scribe', workshopId: second };
    if (third === 'minutes') return { name: 'minutes', workshopId: second };
    if (third === 'badges') return { name: 'badges', workshopId: second };
  }
  return { name: 'notFound' };
}

export const paths = {
  home: () => '/',
  join: (code?: string) => (code ? `/join/${encodeURIComponent(code)}` : '/join'),
  facilitate: (workshopId: string, key?: string) =>
    `/w/${encodeURIComponent(workshopId)}/facilitate${key ? `#key=${encodeURIComponent(key)}` : ''}`,
  board: (workshopId: string, token?: string) =>
    `/w/${encodeURIComponent(workshopId)}/board${token ? `#token=${encodeURIComponent(token)}` : ''}`,
  me: (workshopId: string) => `/w/${encodeURIComponent(workshopId)}/me`,
  scribe: (workshopId: string, token?: string) =>
    `/w/${encodeURIComponent(workshopId)}/scribe${token ? `#token=${encodeURIComponent(token)}` : ''}`,
  invite: (code?: string) => (code ? `/i/${encodeURIComponent(code)}` : '/i'),
  /** The printable A4 sheet of invitation badges; `key` is the facilitator key. */
  badges: (workshopId: string, key?: string, locale?: string) =>
    `/w/${encodeURIComponent(workshopId)}/badges${locale ? `?locale=${locale}` : ''}${key ? `#key=${encodeURIComponent(key)}` : ''}`,
  /** The printable minutes; `key` is the facilitator key, `locale` the labels' language. */
  minutes: (workshopId: string, key?: string, locale?: string) =>
    `/w/${encodeURIComponent(workshopId)}/minutes${locale ? `?locale=${locale}` : ''}${key ? `#key=${encodeURIComponent(key)}` : ''}`,
};
