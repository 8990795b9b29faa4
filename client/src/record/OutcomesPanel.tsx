import type { OutcomeKind, WorkshopView } from '@majlis/shared';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { randomId } from '../lib/randomId';
import type { CommandSocket } from '../sync/useCommandSocket';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeRow } from './OutcomeRow';
import { addPayload, emptyDraft } from './outcomeDraft';
import { RecordIcon } from './RecordIcon';
import { useOutcomeCommands } from './useOutcomeCommands';

interface Props {
  readonly view: WorkshopView;
  readonly socket: CommandSocket | null;
  /** The stage new outcomes are recorded during. */
  readonly stageId: string | null;
}

/** The workshop's decisions and action items beside the notes, for the facilitator and the scribes. */
export function OutcomesPanel({ view, socket, stageId }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const commands = useOutcomeCommands(socket);
  const [adding, setAdding] = useState<OutcomeKind | null>(null);
  // One idempotency key per form opened, so a retry after a lost ack does not record it twice.
  const [clientId, setClientId] = useState(randomId);

  const { items, titles } = useMemo(() => {
    const order = new Map(view.stages.map((s, i) => [s.id, i]));
    const active = view.items
      .filter((i) => i.status === 'active')
      .sort((a, b) => (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0) || a.rank - b.rank);
    return { items: active, titles: new Map(view.items.map((i) => [i.id, i.title])) };
  }, [view.items, view.stages]);

  const decisions = view.outcomes.filter((o) => o.kind === 'decision');
  const actions = view.outcomes.filter((o) => o.kind === 'action');
  const open = (kind: OutcomeKind) => {
    setAdding(kind);
    setClientId(randomId());
  };

  const list = (kind: OutcomeKind) => {
    const rows = kind === 'decision' ? decisions : actions;
    return (
      <section className="outcomes__group" aria-labelledby={`${headingId}-${kind}`}>
        <h3 id={`${headingId}-${kind}`} className="outcomes__subtitle">
          <RecordIcon name={kind} />
          {t(kind === 'decision' ? 'record.outcomes.decisions' : 'record.outcomes.actions')}{' '}
          <span className="outcomes__count">{formatNumber(rows.length)}</span>
        </h3>
        {rows.length === 0 ? (
          <p className="panel__note">
            {t(kind === 'decision' ? 'record.outcomes.noDecisions' : 'record.outcomes.noActions')}
          </p>
        ) : (
          <ol className="outcome-list">
            {rows.map((o) => (
              <OutcomeRow key={o.id} outcome={o} items={items} titles={titles} commands={commands} />
            ))}
          </ol>
        )}
      </section>
    );
  };

  return (
    // Not a landmark: a notes stage is often named like this panel ("Decisions and action items").
    <div className="panel outcomes">
      <div className="panel__head outcomes__head">
        <h2 id={headingId} className="panel__title">
          {t('record.outcomes.title')}
        </h2>
        <div className="outcomes__add">
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={adding === 'decision'}
            onClick={() => open('decision')}
          >
            <RecordIcon name="decision" />
            {t('record.outcomes.addDecision')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={adding === 'action'}
            onClick={() => open('action')}
          >
            <RecordIcon name="action" />
            {t('record.outcomes.addAction')}
          </button>
        </div>
      </div>
      {adding && (
        <OutcomeForm
          key={`${adding}-${clientId}`}
          initial={emptyDraft(adding)}
          items={items}
          submitLabel={t(
            adding === 'decision' ? 'record.outcomes.saveDecision' : 'record.outcomes.saveAction',
          )}
          onSubmit={async (draft) => {
            const failed = await commands.add(addPayload(draft, stageId, clientId));
            if (!failed) setAdding(null);
            return failed;
          }}
          onCancel={() => setAdding(null)}
        />
      )}
      {list('decision')}
      {list('action')}
    </div>
  );
}
