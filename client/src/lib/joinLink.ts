/** Where a phone joins: the full link for the QR code, and the short address people type. */
export function joinUrl(code: string): string {
  return `${window.location.origin}/join/${code}`;
}

export function joinAddress(): string {
  return `${window.location.host}/join`;
}
