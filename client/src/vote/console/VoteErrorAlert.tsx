import type { FetchError } from '../../api/apiFetch';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { voteErrorMessage } from './voteErrors';

/** A refused vote command in the facilitator's language, with the server's detail for a bad request
 * (it names the setting that was refused). */
export function VoteErrorAlert({ error }: { readonly error: FetchError }) {
  const { t } = useI18n();
  return (
    <ErrorAlert>
      <p>{voteErrorMessage(t, error)}</p>
      {error.code === 'bad_request' && error.message && (
        <p className="alert__detail" dir="auto">
          {error.message}
        </p>
      )}
    </ErrorAlert>
  );
}
