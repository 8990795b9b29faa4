import { useId } from 'react';
import { CopyButton } from '../components/CopyButton';
import { JoinCode } from '../components/JoinCode';
import { QrCode } from '../components/QrCode';
import { useI18n } from '../i18n/useI18n';
import { joinAddress, joinUrl, useJoinBase } from '../lib/joinLink';

/** The join code and link, for reading out, pasting into a chat, or scanning from the laptop. */
export function JoinPanel({
  joinCode,
  locked,
  onToggleLock,
}: {
  readonly joinCode: string;
  /** Joining is closed; the button opens it again. */
  readonly locked: boolean;
  readonly onToggleLock: () => void;
}) {
  const joinBase = useJoinBase();
  const { t } = useI18n();
  const headingId = useId();
  const url = joinUrl(joinCode, joinBase);
  return (
    <section className="panel join-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('console.join')}
      </h2>
      <div className="join-panel__body">
        <QrCode value={url} label={url} className="join-panel__qr" />
        <div className="join-panel__text">
          <JoinCode code={joinCode} className="join-panel__code" />
          <p className="join-panel__address" dir="ltr" translate="no">
            {joinAddress(joinBase)}
          </p>
          <CopyButton text={url} label={t('console.joinCopy')} />
        </div>
      </div>
      <div className="panel__row">
        <button type="button" className="button button--small button--quiet" onClick={onToggleLock}>
          {locked ? t('console.joinUnlock') : t('console.joinLock')}
        </button>
      </div>
      {locked && (
        <p className="panel__note" role="status">
          {t('console.joinLocked')}
        </p>
      )}
    </section>
  );
}
