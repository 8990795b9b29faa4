/** Vote settings in one line, for the folded settings card: "Dots · 5 each, at most 3 per item · anonymous · hidden until reveal". */
import type { Locale, VoteSettings } from '@majlis/shared';
import type { Translate } from '../../i18n/translate';
import { settingsPartOf } from '../kinds/settingsParts';

export function settingsSummary(settings: VoteSettings, t: Translate, lang: Locale): string {
  const parts: string[] = [t(`vote.console.kind.${settings.kind}`)];
  parts.push(settingsPartOf(settings.kind).summary(settings, t, lang));
  parts.push(settings.anonymous ? t('vote.console.anonymous') : t('vote.console.named'));
  parts.push(settings.results === 'live' ? t('vote.console.live') : t('vote.console.hidden'));
  return parts.filter((p) => p !== '').join(' · ');
}
