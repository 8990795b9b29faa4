import type { ReactNode } from 'react';
import type { FetchError } from '../api/apiFetch';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { ErrorAlert } from './ErrorAlert';

/** A server error in the person's language; for a refused form the server's own detail follows,
 * since it names the field that needs fixing. */
export function ApiErrorAlert({
  error,
  action,
}: {
  readonly error: FetchError;
  readonly action?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ErrorAlert action={action}>
      <p>{errorMessage(t, error)}</p>
      {error.code === 'bad_request' && error.message && (
        <p className="alert__detail" dir="auto">
          {error.message}
        </p>
      )}
    </ErrorAlert>
  );
}
