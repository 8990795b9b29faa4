import { useState } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { refusalText } from '../phoneKit/refusalText';
import { IdeaSheet, type SendOutcome } from './IdeaSheet';
import { type ItemAddPayload, ideaPayload } from './ideaPayload';
import { useIdeaDraft } from './useIdeaDraft';

export type { SendOutcome } from './IdeaSheet';

interface Props {
  readonly workshopId: string;
  readonly stageId: string;
  readonly onSend: (payload: ItemAddPayload) => Promise<SendOutcome>;
  /** Open the sheet at once (after "reuse this text"). */
  readonly initiallyOpen?: boolean;
}

/** The action of the moment on the phone: a big button at the bottom, and the sheet it opens.
 * Mounted per stage (keyed by the parent), so each stage keeps its own draft. */
export function AddIdea({ workshopId, stageId, onSend, initiallyOpen = false }: Props) {
  const { t } = useI18n();
  const { draft, update, clear, hasText } = useIdeaDraft(workshopId, stageId);
  const [open, setOpen] = useState(initiallyOpen);

  const submit = async (): Promise<SendOutcome> => {
    const outcome = await onSend(ideaPayload(stageId, draft));
    if (outcome.ok) clear();
    return outcome;
  };

  return (
    <>
      <div className="action-bar">
        <button type="button" className="button button--large button--block" onClick={() => setOpen(true)}>
          <Icon name="plus" />
          {t('me.add')}
          {hasText && <span className="action-bar__draft">{t('form.draft')}</span>}
        </button>
      </div>
      <IdeaSheet
        open={open}
        onClose={() => setOpen(false)}
        heading={t('form.heading')}
        submitLabel={t('form.submit')}
        values={draft}
        onChange={update}
        onSubmit={submit}
        describeError={(error) => refusalText(t, error, 'add')}
        footnote={hasText ? <p className="sheet__draft">{t('form.draft')}</p> : undefined}
      />
    </>
  );
}
