import type { FetchError } from '../../api/apiFetch';
import { errorMessage, type Translate } from '../../i18n/translate';

/**
 * What a refused vote command means for the facilitator. The vote codes get sentences of their
 * own (the app-wide `error.*` table does not know them); every other code reads as anywhere else.
 */
export function voteErrorMessage(t: Translate, error: FetchError): string {
  switch (error.code) {
    case 'invalid_transition':
      return t('vote.console.error.invalidTransition');
    case 'vote_not_configured':
      return t('vote.console.error.notConfigured');
    default:
      return errorMessage(t, error);
  }
}
