/**
 * Every screen of the client and the path that opens it. The client renders from it; the server
 * uses it to send the app page only for these paths and a 404 for anything else.
 */
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

/** The screen a pathname (no query, no fragment) opens; `notFound` when none does. */
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
