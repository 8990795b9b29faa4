import type { StageView } from '@majlis/shared';
import { Icon, type IconName } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';

/** Whether a list stage takes ideas and changes from participants right now. */
export function listIsOpen(stage: StageView): boolean {
  return stage.kind === 'list' && stage.state === 'open' && !stage.locked;
}

/**
 * Why the add button and the edit buttons are gone, said plainly: the list has not opened, is
 * closed, or is locked while the facilitator sorts it. A live region, so the change is heard too.
 */
export function ListStatusNote({ stage }: { readonly stage: StageView }) {
  const { t } = useI18n();
  let note: { icon: IconName; title: string; text: string } | null = null;
  if (stage.state === 'draft') note = { icon: 'clock', title: t('me.notOpenTitle'), text: t('me.notOpen') };
  else if (stage.state !== 'open')
    note = { icon: 'check', title: t('me.closedTitle'), text: t('me.closedAll') };
  else if (stage.locked) note = { icon: 'lock', title: t('me.lockedTitle'), text: t('me.locked') };
  return (
    <div role="status" className="list-status">
      {note && (
        <div className={`list-status__note ${stage.locked && stage.state === 'open' ? 'is-locked' : ''}`}>
          <span className="list-status__icon" aria-hidden="true">
            <Icon name={note.icon} />
          </span>
          <div>
            <p className="list-status__title">{note.title}</p>
            <p className="list-status__text">{note.text}</p>
          </div>
        </div>
      )}
    </div>
  );
}
