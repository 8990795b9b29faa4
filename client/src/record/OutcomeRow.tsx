import { ACTION_STATUSES, type ActionStatus, type ItemView, type OutcomeView } from '@majlis/shared';
import { useCallback, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { SdgChip } from '../components/SdgChip';
import { useI18n } from '../i18n/useI18n';
import { formatDay } from './formatDay';
import { OutcomeForm } from './OutcomeForm';
import { draftOf, updatePayload } from './outcomeDraft';
import { RecordIcon } from './RecordIcon';
import type { OutcomeCommands } from './useOutcomeCommands';

interface Props {
  readonly outcome: OutcomeView;
  readonly items: readonly ItemView[];
  /** Every item by id, the withdrawn and merged too, so a link never shows as a bare id. */
  readonly titles: ReadonlyMap<string, string>;
  readonly commands: OutcomeCommands;
}

/** One decision or action item: read, corrected in place, its status changed in one step, removed
 * after one confirmation. */
export function OutcomeRow({ outcome, items, titles, commands }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<'read' | 'edit' | 'confirm'>('read');
  const [error, setError] = useState<FetchError | null>(null);
  const action = outcome.kind === 'action';
  // The question was just asked: its answer gets the focus, once (a stable ref, not on each render).
  const focusAnswer = useCallback((el: HTMLButtonElement | null) => el?.focus(), []);

  if (mode === 'edit') {
    return (
      <li className="outcome outcome--editing">
        <OutcomeForm
          initial={draftOf(outcome)}
          items={items}
          submitLabel={t('record.outcome.save')}
          onSubmit={async (draft) => {
            const change = updatePayload(outcome, draft);
            const failed = change ? await commands.update(change) : null;
            if (!failed) setMode('read');
            return failed;
          }}
          onCancel={() => setMode('read')}
        />
      </li>
    );
  }

  const setStatus = async (status: ActionStatus) => {
    setError(await commands.update({ outcomeId: outcome.id, status }));
  };
  const remove = async () => {
    const failed = await commands.remove(outcome.id);
    if (failed) {
      setError(failed);
      setMode('read');
    }
  };
  const who = [outcome.owner, outcome.organization].filter((s) => s !== '');

  return (
    <li className={`outcome outcome--${outcome.kind} outcome--${outcome.status}`}>
      <div className="outcome__body">
        <p className="outcome__text" dir="auto">
          {outcome.text}
        </p>
        {action && (
          <p className="outcome__meta">
            {who.length > 0 ? (
              <bdi>{who.join(' · ')}</bdi>
            ) : (
              <span className="outcome__missing">{t('record.outcome.noOwner')}</span>
            )}
            {outcome.due && (
              <span>
                {' · '}
                {t('record.outcome.dueOn', { day: formatDay(outcome.due, lang) })}
              </span>
            )}
          </p>
        )}
        {(outcome.itemIds.length > 0 || outcome.sdgs.length > 0) && (
          <ul className="outcome__tags" aria-label={t('record.outcome.concerns')}>
            {outcome.itemIds.map((itemId) => (
              <li key={itemId} className="pill" dir="auto">
                {titles.get(itemId) ?? t('record.outcome.goneItem')}
              </li>
            ))}
            {outcome.sdgs.map((n) => (
              <li key={n}>
                <SdgChip n={n} locale={lang} />
              </li>
            ))}
          </ul>
        )}
        {error && <ApiErrorAlert error={error} />}
      </div>
      <div className="outcome__tools">
        {action && (
          <>
            <label className="visually-hidden" htmlFor={`${id}-status`}>
              {t('record.outcome.statusOf', { text: outcome.text.slice(0, 60) })}
            </label>
            <select
              id={`${id}-status`}
              className={`input input--compact outcome__status outcome__status--${outcome.status}`}
              value={outcome.status}
              onChange={(e) => void setStatus(e.target.value as ActionStatus)}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`record.status.${s}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {mode === 'confirm' ? (
          <div className="outcome__confirm">
            <span id={`${id}-ask`}>{t('record.outcome.confirmRemove')}</span>
            <button
              ref={focusAnswer}
              type="button"
              className="button button--small button--danger"
              aria-describedby={`${id}-ask`}
              onClick={() => void remove()}
            >
              {t('record.outcome.remove')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setMode('read')}
            >
              {t('record.outcome.keep')}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              className="tool-button"
              aria-label={t('record.outcome.edit')}
              title={t('record.outcome.edit')}
              onClick={() => setMode('edit')}
            >
              <RecordIcon name="pencil" />
            </button>
            <button
              type="button"
              className="tool-button tool-button--danger"
              aria-label={t('record.outcome.remove')}
              title={t('record.outcome.remove')}
              onClick={() => setMode('confirm')}
            >
              <RecordIcon name="trash" />
            </button>
          </>
        )}
      </div>
    </li>
  );
}
