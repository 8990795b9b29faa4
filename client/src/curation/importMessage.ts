import type { ImportError } from '@majlis/shared';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';

/** An import problem in the console's language, from the parser's code and values. */
export function importMessage(t: Translate, error: Pick<ImportError, 'code' | 'params'>): string {
  return t(`import.error.${error.code}` as MessageKey, error.params ?? {});
}
