/** A ranking in the settings form: all items in order, or only the top few. */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { Translate } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import { ltr } from '../common/settingsText';
import type { BallotWords, DraftNumbers, DraftProblem, KindSettingsFields } from '../settingsPart';

export interface RankDraft {
  readonly rankAll: boolean;
  readonly rankTop: string;
}

export function rankDraftFrom(settings: VoteSettings | null): RankDraft {
  return { rankAll: settings?.rankTop === undefined, rankTop: String(settings?.rankTop ?? 3) };
}

export function rankSettingsFrom(draft: RankDraft, numbers: DraftNumbers): KindSettingsFields {
  return draft.rankAll ? {} : { rankTop: numbers.count('rankTop', draft.rankTop) };
}

export const rankProblemAt = (path: readonly PropertyKey[]): DraftProblem | undefined =>
  path[0] === 'rankTop' ? 'count' : undefined;

/** "All in order" or "Top 3 in order". */
export function rankSummary(settings: VoteSettings, t: Translate): string {
  return settings.rankTop === undefined
    ? t('vote.console.summary.rankAll')
    : t('vote.console.summary.rankTop', { n: formatNumber(settings.rankTop) });
}

/** "1. Parks", in the voter's order. */
export function rankBallotLines(ballot: BallotOf<'rank'>, words: BallotWords): string[] {
  return ballot.order.map((id, i) => `${ltr(`${i + 1}.`)} ${words.labelOf(id)}`);
}
