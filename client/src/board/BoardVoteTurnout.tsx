import { GROUP_LABELS, type Locale, type VoteSettings } from '@majlis/shared';
import { translatorFor } from '../i18n/translate';
import { formatNumber } from '../lib/numbers';
import { resultsPartOf } from '../vote/kinds/resultsParts';

interface Props {
  /** How many have voted. */
  readonly voted: number;
  /** How many of those present may vote; undefined until presence is known. */
  readonly present: number | undefined;
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly locale: Locale;
  /** The big panel while the vote runs, or one line above the results. */
  readonly variant: 'panel' | 'line';
  /** Voting is still going on (the panel says "vote on your phone", the line says "live"). */
  readonly open: boolean;
  /** What the chart below shows ("Dots per priority"), at the end of the line, so the chart keeps
   * every row of its own. */
  readonly caption?: string | undefined;
}

/**
 * Turnout as the room needs it: "34 of 41 present have voted", the number big enough for the back
 * row, with a bar that fills. Beyond 100 % (people voted and left) it says both numbers plainly.
 */
export function BoardVoteTurnout(props: Props) {
  const { voted, present, settings, targets, locale, variant, open, caption } = props;
  const t = translatorFor(locale);
  const over = present !== undefined && voted > present;
  const rest =
    present === undefined
      ? t('results.turnoutVoted')
      : over
        ? t('results.turnoutNow', { m: formatNumber(present) })
        : t('results.turnoutOf', { m: formatNumber(present) });
  const share = present ? Math.min(1, voted / present) : 0;
  const invited = settings.groups
    ? t('results.groupsOnly', {
        groups: settings.groups.map((g) => GROUP_LABELS[g][locale]).join(t('ballot.listSeparator')),
      })
    : null;
  return (
    <section className={`vote-turnout vote-turnout--${variant}`}>
      {variant === 'panel' && (
        <p className={`vote-turnout__kicker ${open ? '' : 'is-closed'}`}>
          {open ? t('results.onPhones') : t('results.closed')}
        </p>
      )}
      <p className="vote-turnout__numbers">
        <span className="vote-turnout__n">{formatNumber(voted)}</span>{' '}
        <span className="vote-turnout__rest">{rest}</span>
      </p>
      {present !== undefined && (
        <div className="vote-turnout__meter" aria-hidden="true">
          <span style={{ inlineSize: `${share * 100}%` }} />
        </div>
      )}
      {variant === 'panel' && (
        <p className="vote-turnout__rules">{resultsPartOf(settings.kind).rules(t, settings, targets)}</p>
      )}
      {invited && <p className="vote-turnout__groups">{invited}</p>}
      {variant === 'line' && open && <span className="vote-turnout__live">{t('results.live')}</span>}
      {variant === 'line' && caption && (
        <span className="vote-turnout__caption" aria-hidden="true">
          {caption}
        </span>
      )}
    </section>
  );
}
