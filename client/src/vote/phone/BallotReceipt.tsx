import { Icon, type IconName } from '../../components/Icon';
import { useI18n } from '../../i18n/useI18n';
import type { RefusedBallot, StoredBallot } from './ballotBook';
import { clockTime, refusalReason } from './ballotText';

type Tone = 'ok' | 'warn' | 'error' | 'info';

interface Props {
  readonly stored: StoredBallot | undefined;
  readonly queued: boolean;
  readonly sending: boolean;
  readonly refused: RefusedBallot | undefined;
  /** The screen shows something other than the stored ballot. */
  readonly changed: boolean;
  readonly open: boolean;
  readonly onDismiss: () => void;
}

/**
 * Where this participant's ballot stands, always in view above the ballot: counted (and until when
 * it can change), changed but not sent, waiting for the network, or refused and why. A live region,
 * so the change from "waiting" to "counted" is heard too.
 */
export function BallotReceipt({ stored, queued, sending, refused, changed, open, onDismiss }: Props) {
  const { t, lang } = useI18n();
  let note: { tone: Tone; icon: IconName; title: string; text?: string } | null = null;
  if (refused) {
    const text = refusalReason(t, refused, Boolean(stored));
    note = { tone: 'error', icon: 'alert', title: t('ballot.refused.title'), text };
  } else if (sending) {
    note = { tone: 'info', icon: 'clock', title: t('ballot.sending') };
  } else if (queued) {
    note = { tone: 'warn', icon: 'clock', title: t('ballot.queuedTitle'), text: t('ballot.queued') };
  } else if (stored && changed && open) {
    note = { tone: 'info', icon: 'pencil', title: t('ballot.changedTitle'), text: t('ballot.changed') };
  } else if (stored) {
    const text = t('ballot.countedAt', { time: clockTime(stored.castAt, lang) });
    note = { tone: 'ok', icon: 'check', title: open ? t('ballot.inNote') : t('ballot.counted'), text };
  }
  return (
    <div className="ballot-receipt" role="status">
      {note && (
        <div className={`ballot-receipt__note ballot-receipt__note--${note.tone}`}>
          <span className="ballot-receipt__icon" aria-hidden="true">
            <Icon name={note.icon} />
          </span>
          <div className="ballot-receipt__body">
            <p className="ballot-receipt__title">{note.title}</p>
            {note.text && <p className="ballot-receipt__text">{note.text}</p>}
          </div>
          {refused && (
            <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
              {t('me.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
