import { type StageView, stageTitle } from '@majlis/shared';
import { useId } from 'react';
import type * as Y from 'yjs';
import { useI18n } from '../i18n/useI18n';
import type { Awareness } from '../sync/useWorkshopDoc';
import { LazyNotesEditor } from './LazyNotesEditor';
import type { EditorUser } from './notesEditorProps';
import { RecordIcon } from './RecordIcon';

interface Props {
  readonly doc: Y.Doc;
  readonly stage: StageView;
  readonly awareness: Awareness | null;
  readonly user: EditorUser;
  /** Shown open (a notes stage's running minutes, or any stage for a scribe); otherwise folded. */
  readonly running: boolean;
  /** For the folded kind: open or not, kept by the page so it stays open from stage to stage. */
  readonly open?: boolean;
  readonly onToggle?: (open: boolean) => void;
}

/** One stage's notes, co-edited by the facilitator and the scribes. */
export function StageNotes({ doc, stage, awareness, user, running, open = false, onToggle }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const title = stageTitle(stage, lang);
  const editor = (
    <LazyNotesEditor
      key={stage.id}
      doc={doc}
      stageId={stage.id}
      awareness={awareness}
      user={user}
      label={t('record.notes.label', { stage: title })}
    />
  );

  if (running) {
    return (
      <section className="panel notes-panel" aria-labelledby={headingId}>
        <div className="panel__head">
          <h2 id={headingId} className="panel__title notes-panel__title">
            <RecordIcon name="notes" />
            {t(stage.kind === 'notes' ? 'record.notes.running' : 'record.notes.forStage')}
          </h2>
          <p className="panel__note">{t('record.notes.runningHint')}</p>
        </div>
        {editor}
      </section>
    );
  }

  return (
    <details
      className="panel notes-panel notes-panel--fold"
      open={open}
      onToggle={(e) => onToggle?.(e.currentTarget.open)}
    >
      <summary className="notes-panel__summary">
        <RecordIcon name="notes" />
        <h2 className="panel__title">{t('record.notes.forStage')}</h2>
      </summary>
      {open && editor}
    </details>
  );
}
