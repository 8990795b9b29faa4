import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import type { Rejection } from './useOutbox';

/** Ideas the server turned down after a delayed send. Their text is shown so nothing typed is lost. */
export function RejectedIdeas({
  rejections,
  onDismiss,
}: {
  readonly rejections: readonly Rejection[];
  readonly onDismiss: (index: number) => void;
}) {
  const { t } = useI18n();
  if (rejections.length === 0) return null;
  return (
    <div className="rejections">
      {rejections.map((r, i) => (
        <ErrorAlert
          // biome-ignore lint/suspicious/noArrayIndexKey: rejections have no id and are only ever removed by index.
          key={i}
          action={
            <button type="button" className="button button--quiet button--small" onClick={() => onDismiss(i)}>
              {t('common.close')}
            </button>
          }
        >
          <p className="alert__quote" dir="auto">
            {r.title}
          </p>
          <p>{errorMessage(t, r.error)}</p>
        </ErrorAlert>
      ))}
    </div>
  );
}
