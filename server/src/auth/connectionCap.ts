import type { Principal } from './credentials.js';

/** Connections one credential may hold open per channel; the oldest is closed when another opens. */
export const CONNECTIONS_PER_CREDENTIAL: Readonly<Record<Principal['role'], number>> = {
  participant: 5,
  scribe: 5,
  board: 10,
  // Co-facilitators share the key, each with a console and perhaps a second tab.
  facilitator: 20,
};

export const participantKey = (workshopId: string, participantId: string): string =>
  `p:${workshopId}:${participantId}`;
export const scribeKey = (workshopId: string, scribeId: string): string => `s:${workshopId}:${scribeId}`;

/** One key per credential: a participant, a scribe link, or a workshop's board or facilitator key. */
export function credentialKey(principal: Principal): string {
  switch (principal.role) {
    case 'participant':
      return participantKey(principal.workshopId, principal.participant.id);
    case 'scribe':
      return scribeKey(principal.workshopId, principal.scribe.id);
    case 'board':
    case 'facilitator':
      return `${principal.role}:${principal.workshopId}`;
    default: {
      const unreachable: never = principal;
      return String(unreachable);
    }
  }
}

/**
 * Keeps each credential's open connections, oldest first. `open` returns the connections to close
 * so that the credential stays within its cap; `closed` forgets one.
 */
export class ConnectionCap<C> {
  private readonly open = new Map<string, C[]>();

  add(principal: Principal, connection: C): C[] {
    const key = credentialKey(principal);
    const list = this.open.get(key) ?? [];
    list.push(connection);
    this.open.set(key, list);
    const excess = list.length - CONNECTIONS_PER_CREDENTIAL[principal.role];
    return excess > 0 ? list.splice(0, excess) : [];
  }

  remove(principal: Principal, connection: C): void {
    const key = credentialKey(principal);
    const left = (this.open.get(key) ?? []).filter((c) => c !== connection);
    if (left.length > 0) this.open.set(key, left);
    else this.open.delete(key);
  }
}
