import { GROUP_LABELS, isolateText, type ParticipantInfo } from '@majlis/shared';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { clockTime } from './inviteLink';

/** At most this many rows are drawn; the search narrows a crowd of two thousand. */
const SHOWN = 60;

interface Props {
  readonly participants: readonly ParticipantInfo[];
  readonly busy: boolean;
  readonly onRemoved: (ids: readonly string[], removed: boolean) => void;
}

/** Everyone who joined, newest first, searchable, each with a confirmed "Remove" (or "Restore"). */
export function ParticipantList({ participants, busy, onRemoved }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const needle = query.trim().toLocaleLowerCase();
  const matching = [...participants]
    .reverse()
    .filter((p) => needle === '' || `${p.name} ${p.organization}`.toLocaleLowerCase().includes(needle));
  const active = matching.filter((p) => p.removedAt === null);
  const removed = matching.filter((p) => p.removedAt !== null);

  if (participants.length === 0) return <p className="panel__note">{t('people.participants.none')}</p>;
  return (
    <div className="participant-list">
      <label className="field__label" htmlFor={`${id}-q`}>
        {t('people.participants.filter')}
      </label>
      <input
        id={`${id}-q`}
        className="input"
        type="search"
        dir="auto"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <ul className="participant-list__rows">
        {active.slice(0, SHOWN).map((p) => (
          <li key={p.id} className="participant-row">
            <span
              className={`participant-row__dot${p.present ? ' is-here' : ''}`}
              role="img"
              aria-label={t(p.present ? 'people.participants.here' : 'people.participants.away')}
            />
            <span className="participant-row__who">
              <bdi className="participant-row__name">{p.name}</bdi>
              <span className="participant-row__meta">
                {p.organization && (
                  <>
                    <bdi>{p.organization}</bdi> ·{' '}
                  </>
                )}
                {GROUP_LABELS[p.group][lang]} · <span dir="ltr">{clockTime(p.joinedAt)}</span>
                {p.invited && (
                  <span className="participant-row__badge">{t('people.participants.invited')}</span>
                )}
              </span>
            </span>
            {confirming === p.id ? (
              <span className="participant-row__tools">
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(null);
                    onRemoved([p.id], true);
                  }}
                >
                  {t('people.participants.removeConfirm', { name: isolateText(p.name) })}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setConfirming(null)}
                >
                  {t('people.participants.keep')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('people.participants.removeOf', { name: isolateText(p.name) })}
                onClick={() => setConfirming(p.id)}
              >
                {t('people.participants.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {active.length > SHOWN && (
        <p className="panel__note">
          {t('people.participants.more', { shown: formatNumber(SHOWN), n: formatNumber(active.length) })}
        </p>
      )}
      {removed.length > 0 && (
        <details className="participant-list__removed">
          <summary>{t('people.participants.removed', { n: formatNumber(removed.length) })}</summary>
          <ul className="participant-list__rows">
            {removed.slice(0, SHOWN).map((p) => (
              <li key={p.id} className="participant-row is-removed">
                <span className="participant-row__who">
                  <bdi className="participant-row__name">{p.name}</bdi>
                  <span className="participant-row__meta">{GROUP_LABELS[p.group][lang]}</span>
                </span>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  disabled={busy}
                  aria-label={t('people.participants.restoreOf', { name: isolateText(p.name) })}
                  onClick={() => onRemoved([p.id], false)}
                >
                  {t('people.participants.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
