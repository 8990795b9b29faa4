/** Every screen of the client and the URL that opens it. The matching lives in shared: the server uses it too. */
export { matchRoute, type Route } from '@majlis/shared';

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
