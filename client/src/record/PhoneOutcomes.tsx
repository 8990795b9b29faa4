import type { ItemView, OutcomeKind, OutcomeView } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { WaitingCard } from '../phoneKit/WaitingCard';
import { OutcomeCard } from './OutcomeCard';
import '../styles/phone-outcomes.css';

interface Props {
  /** The stage's outcomes, in order (stageOutcomes). */
  readonly outcomes: readonly OutcomeView[];
  /** Every item of the workshop, for the titles of linked items. */
  readonly items: readonly ItemView[];
  /** What the phone says while there are none. */
  readonly emptyText: string;
}

const HEADINGS = { decision: 'outcomes.decisions', action: 'outcomes.actions' } as const;

/** Decisions and action items on the phone, read-only, one column: labels in the phone's language,
 * what people typed as they typed it. */
export function PhoneOutcomes({ outcomes, items, emptyText }: Props) {
  const titleOf = new Map(items.map((item) => [item.id, item.title]));
  if (outcomes.length === 0) return <WaitingCard icon="check" text={emptyText} />;
  return (
    <>
      {(['decision', 'action'] as const).map((kind) => (
        <OutcomeGroup
          key={kind}
          kind={kind}
          outcomes={outcomes.filter((o) => o.kind === kind)}
          titleOf={titleOf}
        />
      ))}
    </>
  );
}

function OutcomeGroup(props: {
  kind: OutcomeKind;
  outcomes: readonly OutcomeView[];
  titleOf: ReadonlyMap<string, string>;
}) {
  const { kind, outcomes, titleOf } = props;
  const { t } = useI18n();
  const headingId = useId();
  if (outcomes.length === 0) return null;
  return (
    <section className="phone-outcomes" aria-labelledby={headingId}>
      <h2 id={headingId} className="phone-outcomes__heading">
        {t(HEADINGS[kind])}
        <span className="phone-outcomes__count">{formatNumber(outcomes.length)}</span>
      </h2>
      <ol className="phone-outcomes__list">
        {outcomes.map((outcome) => (
          <OutcomeCard
            key={outcome.id}
            outcome={outcome}
            linked={outcome.itemIds.flatMap((id) => titleOf.get(id) ?? [])}
          />
        ))}
      </ol>
    </section>
  );
}
