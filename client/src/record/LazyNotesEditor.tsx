import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { NotesEditorProps } from './notesEditorProps';

// ProseMirror and Tiptap weigh more than the rest of the console; they load when notes are shown.
const NotesEditor = lazy(() => import('./NotesEditor'));

/** The notes editor, fetched on first use, with a quiet placeholder of its size meanwhile. */
export function LazyNotesEditor(props: NotesEditorProps) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <div className="notes-editor notes-editor--loading" role="status">
          {t('record.notes.loading')}
        </div>
      }
    >
      <NotesEditor {...props} />
    </Suspense>
  );
}
