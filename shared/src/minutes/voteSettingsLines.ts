/** A vote's settings in the minutes' words, a sentence a line: its source, its kind's own, who and how. */
import { GROUP_LABELS } from '../groups.js';
import type { Locale } from '../locale.js';
import type { VoteSettings } from '../vote/settingsFields.js';
import { minutesKindOf } from './kinds/minutesKinds.js';
import { listText } from './minutesLabels.js';

/** Names a vote's source needs: a stage's title by id, a theme's name by id. */
export interface SourceNames {
  readonly stage: (stageId: string) => string | undefined;
  readonly theme: (themeId: string) => string | undefined;
}

const quoted = (locale: Locale, s: string): string => (locale === 'ar' ? `«${s}»` : `“${s}”`);

/** What the vote was about. */
function sourceLine(s: VoteSettings, locale: Locale, names: SourceNames): string | undefined {
  const ar = locale === 'ar';
  const src = s.source;
  switch (src.type) {
    case 'list': {
      const title = names.stage(src.stageId);
      return title === undefined
        ? undefined
        : (ar ? 'على بنود: ' : 'On the items of: ') + quoted(locale, title);
    }
    case 'top': {
      const title = names.stage(src.stageId);
      if (title === undefined) return undefined;
      return ar
        ? `على أعلى ${src.n} بنود في: ${quoted(locale, title)}`
        : `On the top ${src.n} of: ${quoted(locale, title)}`;
    }
    case 'theme': {
      const name = names.theme(src.themeId);
      return name === undefined
        ? undefined
        : (ar ? 'على بنود المحور: ' : 'On the items of the theme: ') + quoted(locale, name);
    }
    case 'options':
      return undefined;
    default: {
      const unreachable: never = src;
      throw new Error(`unknown vote source ${String(unreachable)}`);
    }
  }
}

/**
 * A vote's settings in words, one line a setting: what it was about, the kind's own settings,
 * anonymity, result visibility and who could vote.
 */
export function voteSettingsLines(s: VoteSettings, locale: Locale, names: SourceNames): string[] {
  const ar = locale === 'ar';
  const lines: string[] = [];
  const source = sourceLine(s, locale, names);
  if (source !== undefined) lines.push(source);
  lines.push(...minutesKindOf(s.kind).settingsLines(s, locale));
  lines.push(
    s.anonymous ? (ar ? 'تصويت سري' : 'Anonymous') : ar ? 'تصويت بالأسماء' : 'Named (not anonymous)',
  );
  lines.push(
    s.results === 'live'
      ? ar
        ? 'النتائج معروضة مباشرة'
        : 'Results shown live'
      : ar
        ? 'النتائج مخفية حتى الإعلان'
        : 'Results hidden until reveal',
  );
  if (s.groups !== undefined)
    lines.push(
      (ar ? 'يحق التصويت لـ: ' : 'Open to: ') +
        listText(
          locale,
          s.groups.map((g) => GROUP_LABELS[g][locale]),
        ),
    );
  return lines;
}
