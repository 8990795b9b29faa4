/** The WebSocket origin of the page, so the client works behind any host, port or TLS proxy. */
export function wsBase(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}`;
}
