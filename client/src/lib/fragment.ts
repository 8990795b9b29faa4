/** Reads `name` from a URL fragment shaped like a query string (`#key=…`). Secrets live there because
 * browsers never send the fragment to the server or in the Referer header. */
export function fragmentParam(hash: string, name: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const value = params.get(name);
  return value === null || value === '' ? null : value;
}
