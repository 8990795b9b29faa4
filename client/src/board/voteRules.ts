import { criteriaOf, type VoteSettings } from '@majlis/shared';
import type { Translate } from '../i18n/translate';
import { criterionLabel } from '../vote/results/resultsText';

/** The vote's rules in a few words, for the room: "5 dots each, at most 3 on one". */
export function voteRules(t: Translate, settings: VoteSettings, targets: readonly string[]): string {
  switch (settings.kind) {
    case 'dots':
      return settings.maxPerItem !== undefined
        ? t('results.howTo.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
        : t('results.howTo.dots', { budget: settings.budget ?? 0 });
    case 'rank': {
      const n = Math.min(settings.rankTop ?? targets.length, targets.length);
      return n < targets.length ? t('results.howTo.rankTop', { n }) : t('results.howTo.rankAll');
    }
    case 'score':
      return t('results.howTo.score', {
        criteria: criteriaOf(settings)
          .map((c) => criterionLabel(t, c))
          .join(t('ballot.listSeparator')),
      });
    case 'poll':
      return settings.multiple ? t('results.howTo.pollMany') : t('results.howTo.pollOne');
    case 'status':
      return t('results.howTo.status');
    default: {
      const unreachable: never = settings.kind;
      return unreachable;
    }
  }
}
