/** Vote settings in one line, for the folded settings card: "Dots · 5 each, at most 3 per item · anonymous · hidden until reveal". */
import type { Locale, VoteSettings } from '@majlis/shared';
import type { Translate } from '../i18n/translate';
import { formatNumber } from '../lib/numbers';

export function settingsSummary(settings: VoteSettings, t: Translate, lang: Locale): string {
  const parts: string[] = [t(`vote.console.kind.${settings.kind}`)];
  switch (settings.kind) {
    case 'dots':
      parts.push(
        settings.maxPerItem === undefined
          ? t('vote.console.summary.budget', { n: formatNumber(settings.budget ?? 0) })
          : t('vote.console.summary.budgetCap', {
              n: formatNumber(settings.budget ?? 0),
              cap: formatNumber(settings.maxPerItem),
            }),
      );
      break;
    case 'rank':
      parts.push(
        settings.rankTop === undefined
          ? t('vote.console.summary.rankAll')
          : t('vote.console.summary.rankTop', { n: formatNumber(settings.rankTop) }),
      );
      break;
    case 'score':
      parts.push(
        new Intl.ListFormat(lang, { type: 'conjunction' }).format(
          (settings.criteria ?? []).map((c) => c.label),
        ),
      );
      break;
    case 'poll':
      parts.push(
        t(settings.multiple ? 'vote.console.summary.pollMany' : 'vote.console.summary.pollOne', {
          n: formatNumber(settings.options?.length ?? 0),
        }),
      );
      break;
    case 'status':
      break;
    default: {
      const unreachable: never = settings.kind;
      parts.push(String(unreachable));
    }
  }
  parts.push(settings.anonymous ? t('vote.console.anonymous') : t('vote.console.named'));
  parts.push(settings.results === 'live' ? t('vote.console.live') : t('vote.console.hidden'));
  return parts.filter((p) => p !== '').join(' · ');
}
