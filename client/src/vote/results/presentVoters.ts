import { type PresenceCounts, STAKEHOLDER_GROUPS, type VoteSettings } from '@majlis/shared';

/**
 * How many of the people present may vote: everyone, or the invited groups only. Undefined until
 * presence is known, so the board says "34 have voted" rather than a wrong "of 0".
 */
export function presentVoters(
  presence: PresenceCounts | undefined,
  settings: VoteSettings | null,
): number | undefined {
  if (!presence) return undefined;
  if (!settings?.groups) return presence.total;
  const invited = new Set(settings.groups);
  return STAKEHOLDER_GROUPS.filter((g) => invited.has(g)).reduce((s, g) => s + (presence.byGroup[g] ?? 0), 0);
}
