import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { NotesLinkForm } from './NotesLinkForm';
import { RecordIcon, type RecordIconName } from './RecordIcon';

interface ToolProps {
  readonly icon: RecordIconName;
  readonly label: string;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly shortcut?: string;
  readonly onPress: () => void;
}

function Tool({ icon, label, pressed, disabled, shortcut, onPress }: ToolProps) {
  return (
    <button
      type="button"
      className="tool-button notes-tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      // Keeps the selection in the text: the format applies to what the person had selected.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPress}
    >
      <RecordIcon name={icon} />
    </button>
  );
}

/** Arrow keys move along the toolbar, in the reading direction. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const forward = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
  if (!forward && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const step = event.key === 'ArrowRight' ? (rtl ? -1 : 1) : rtl ? 1 : -1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (at + step + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

/** Formatting for the notes: heading, bold, italic, lists, link, and this person's undo and redo. */
export function NotesToolbar({ editor }: { readonly editor: Editor }) {
  const { t } = useI18n();
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <>
      <div
        className="notes-toolbar"
        role="toolbar"
        aria-label={t('record.notes.toolbar')}
        onKeyDown={moveFocus}
      >
        <Tool
          icon="heading"
          label={t('record.notes.heading')}
          pressed={state.heading}
          shortcut="Control+Alt+2"
          onPress={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <Tool
          icon="bold"
          label={t('record.notes.bold')}
          pressed={state.bold}
          shortcut="Control+B"
          onPress={() => chain().toggleBold().run()}
        />
        <Tool
          icon="italic"
          label={t('record.notes.italic')}
          pressed={state.italic}
          shortcut="Control+I"
          onPress={() => chain().toggleItalic().run()}
        />
        <span className="notes-toolbar__gap" aria-hidden="true" />
        <Tool
          icon="bullets"
          label={t('record.notes.bullets')}
          pressed={state.bullets}
          shortcut="Control+Shift+8"
          onPress={() => chain().toggleBulletList().run()}
        />
        <Tool
          icon="numbers"
          label={t('record.notes.numbers')}
          pressed={state.numbers}
          shortcut="Control+Shift+7"
          onPress={() => chain().toggleOrderedList().run()}
        />
        <Tool
          icon="link"
          label={t('record.notes.link')}
          pressed={state.link || linking}
          onPress={() => setLinking((l) => !l)}
        />
        <span className="notes-toolbar__gap" aria-hidden="true" />
        <Tool
          icon="undo"
          label={t('record.notes.undo')}
          disabled={!state.canUndo}
          shortcut="Control+Z"
          onPress={() => chain().undo().run()}
        />
        <Tool
          icon="redo"
          label={t('record.notes.redo')}
          disabled={!state.canRedo}
          shortcut="Control+Shift+Z"
          onPress={() => chain().redo().run()}
        />
      </div>
      {linking && (
        <NotesLinkForm
          current={state.link ? String(editor.getAttributes('link').href ?? '') : ''}
          onApply={(href) => {
            chain().extendMarkRange('link').setLink({ href }).run();
            setLinking(false);
          }}
          onRemove={() => {
            chain().extendMarkRange('link').unsetLink().run();
            setLinking(false);
          }}
          onCancel={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
}
