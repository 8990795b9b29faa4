import type { WorkshopMeta } from '@majlis/shared';
import { useId } from 'react';
import { CopyButton } from '../components/CopyButton';
import { JoinCode } from '../components/JoinCode';
import { QrCode } from '../components/QrCode';
import { useI18n } from '../i18n/useI18n';
import { formatMoment } from '../lib/formatMoment';
import { joinAddress, joinUrl, useJoinBase } from '../lib/joinLink';
import { LinkControls } from './LinkControls';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly meta: WorkshopMeta;
  /** The join link's key, once the server gave it; the QR code and the copied link carry it. */
  readonly joinKey: string | null;
  /** Joining is closed; the button opens it again. */
  readonly onToggleLock: () => void;
  readonly onFacilitatorKey: (key: string) => void;
  readonly onBoardToken: (token: string) => void;
}

/** The join code and link, for reading out, pasting into a chat, or scanning from the laptop; and
 * the workshop's standing links: renew the board's or the facilitator's, or end the workshop. */
export function JoinPanel({ workshopId, facilitatorKey, meta, joinKey, ...actions }: Props) {
  const joinBase = useJoinBase();
  const { t, lang } = useI18n();
  const headingId = useId();
  const url = joinUrl(meta.joinCode, joinBase, joinKey);
  const ended = meta.endedAt !== null;
  return (
    <section className="panel join-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('console.join')}
      </h2>
      {ended ? (
        <div className="join-panel__ended" role="status">
          <p className="join-panel__ended-title">
            {t('console.ended', { at: formatMoment(meta.endedAt ?? 0, lang) })}
          </p>
          {meta.guestsUntil !== null && (
            <p className="panel__note">
              {t('console.endedUntil', { time: formatMoment(meta.guestsUntil, lang) })}
            </p>
          )}
        </div>
      ) : (
        <>
          <div className="join-panel__body">
            <QrCode value={url} label={url} className="join-panel__qr" />
            <div className="join-panel__text">
              <JoinCode code={meta.joinCode} className="join-panel__code" />
              <p className="join-panel__address" dir="ltr" translate="no">
                {joinAddress(joinBase)}
              </p>
              <CopyButton text={url} label={t('console.joinCopy')} />
            </div>
          </div>
          <div className="panel__row">
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={actions.onToggleLock}
            >
              {meta.joinLocked ? t('console.joinUnlock') : t('console.joinLock')}
            </button>
          </div>
          {meta.joinLocked && (
            <p className="panel__note" role="status">
              {t('console.joinLocked')}
            </p>
          )}
        </>
      )}
      <LinkControls
        workshopId={workshopId}
        facilitatorKey={facilitatorKey}
        ended={ended}
        onFacilitatorKey={actions.onFacilitatorKey}
        onBoardToken={actions.onBoardToken}
      />
    </section>
  );
}
