import { ErrorAlert } from '../components/ErrorAlert';
import { useI18n } from '../i18n/useI18n';
import type { Rejection } from '../outbox/ideaQueue';
import { refusalText } from '../phoneKit/refusalText';

interface Props {
  readonly rejections: readonly Rejection[];
  readonly onDismiss: (index: number) => void;
  /** Offered when the room's current list takes ideas: start a new idea there from this text. */
  readonly onReuse?: ((rejection: Rejection, index: number) => void) | undefined;
}

/** Ideas the server turned down after a delayed send, and why. Their text is shown in full and can
 * be reused, so nothing typed is lost. */
export function RejectedIdeas({ rejections, onDismiss, onReuse }: Props) {
  const { t } = useI18n();
  if (rejections.length === 0) return null;
  return (
    <div className="rejections">
      {rejections.map((r, i) => (
        <ErrorAlert
          // biome-ignore lint/suspicious/noArrayIndexKey: rejections have no id and are only ever removed by index.
          key={i}
        >
          <p className="alert__lead">{t('me.notSent')}</p>
          <p className="alert__quote" dir="auto">
            {r.title}
          </p>
          {r.description && (
            <p className="alert__detail" dir="auto">
              {r.description}
            </p>
          )}
          <p>{refusalText(t, r.error, 'queued')}</p>
          <div className="rejections__actions">
            {onReuse && (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onReuse(r, i)}
              >
                {t('me.reuse')}
              </button>
            )}
            <button type="button" className="button button--ghost button--small" onClick={() => onDismiss(i)}>
              {t('me.dismiss')}
            </button>
          </div>
        </ErrorAlert>
      ))}
    </div>
  );
}
