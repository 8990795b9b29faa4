/**
 * The rich-text notes of one stage, co-edited live: Tiptap bound to the stage's Y.XmlFragment with
 * y-prosemirror, the other editors' carets from the shared awareness, and an undo history of this
 * person's own typing only. Loaded lazily (see LazyNotesEditor): phones never download it.
 */
import { safeLink, stageNotesFragment } from '@majlis/shared';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { NotesToolbar } from './NotesToolbar';
import type { NotesEditorProps } from './notesEditorProps';

/** Every block takes the direction of its own text: an English line in Arabic minutes reads right. */
const OWN_DIRECTION = { HTMLAttributes: { dir: 'auto' } } as const;

export default function NotesEditor({ doc, stageId, awareness, user, label }: NotesEditorProps) {
  const { t } = useI18n();
  const fragment = useMemo(() => stageNotesFragment(doc, stageId), [doc, stageId]);
  const placeholder = t('record.notes.placeholder');

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          // Collaboration brings an undo history that reverts only this person's changes.
          undoRedo: false,
          paragraph: OWN_DIRECTION,
          heading: { levels: [2, 3], ...OWN_DIRECTION },
          listItem: OWN_DIRECTION,
          bulletList: OWN_DIRECTION,
          orderedList: OWN_DIRECTION,
          blockquote: OWN_DIRECTION,
          codeBlock: false,
          link: {
            openOnClick: false,
            autolink: true,
            defaultProtocol: 'https',
            isAllowedUri: (url) => safeLink(url),
            shouldAutoLink: (url) => safeLink(url) || safeLink(`https://${url}`),
            HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
          },
        }),
        Collaboration.configure({ fragment }),
        ...(awareness ? [CollaborationCaret.configure({ provider: { awareness }, user: { ...user } })] : []),
      ],
      editorProps: {
        attributes: {
          class: 'notes-editor__text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          // The empty editor's hint, drawn by CSS; a string value quoted for `content:`.
          style: `--notes-placeholder: ${JSON.stringify(placeholder)}`,
        },
      },
    },
    [fragment, awareness, user.name, user.color, label, placeholder],
  );

  return (
    <div className="notes-editor">
      <NotesToolbar editor={editor} />
      <EditorContent editor={editor} className="notes-editor__content" />
    </div>
  );
}
