import type { JoinBurst, ParticipantInfo } from '@majlis/shared';
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { clockTime } from './inviteLink';

interface Props {
  readonly burst: JoinBurst;
  readonly people: ReadonlyMap<string, ParticipantInfo>;
  readonly busy: boolean;
  readonly onRemove: (ids: readonly string[]) => void;
}

/** Many joins in a few seconds: who they are, and one click (confirmed) to remove them all. */
export function JoinBurstAlert({ burst, people, busy, onRemove }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const n = formatNumber(burst.participantIds.length);
  const params = { n, from: clockTime(burst.from), to: clockTime(burst.to) };
  return (
    <div className="join-burst" role="alert">
      <p className="join-burst__title">
        {t(burst.kind === 'address' ? 'people.burst.address' : 'people.burst.rate', params)}
      </p>
      <p className="join-burst__hint">{t('people.burst.hint')}</p>
      <details className="join-burst__names">
        <summary>{t('people.burst.names')}</summary>
        <ul>
          {burst.participantIds.map((id) => (
            <li key={id}>
              <bdi>{people.get(id)?.name ?? id}</bdi>
            </li>
          ))}
        </ul>
      </details>
      <div className="panel__row">
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onRemove(burst.participantIds);
              }}
            >
              {t('people.burst.removeConfirm', { n })}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setConfirming(false)}
            >
              {t('people.participants.keep')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setConfirming(true)}
          >
            {t('people.burst.remove', { n })}
          </button>
        )}
      </div>
    </div>
  );
}
