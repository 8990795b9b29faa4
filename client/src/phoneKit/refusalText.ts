import type { FetchError } from '../api/apiFetch';
import { errorMessage, type Translate } from '../i18n/translate';

/** What the phone was doing when the server said no: the same code means different things. */
export type RefusalContext = 'add' | 'queued' | 'edit';

/**
 * A refusal in words a participant can act on. The generic error texts speak of forms and links;
 * here "stage closed" for an idea sent late means the room moved on while the phone was offline.
 */
export function refusalText(t: Translate, error: FetchError, context: RefusalContext): string {
  switch (error.code) {
    case 'stage_closed':
      if (context === 'queued') return t('me.refused.movedOn');
      return context === 'edit' ? t('me.refused.closedEdit') : t('me.refused.closed');
    case 'list_locked':
      return t('me.refused.locked');
    case 'forbidden':
      return t('me.refused.notYours');
    case 'not_found':
      return t('me.refused.gone');
    case 'wrong_stage_kind':
      return t('me.refused.closed');
    default:
      return errorMessage(t, error);
  }
}
