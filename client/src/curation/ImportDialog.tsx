import {
  addItems,
  type ImportResult,
  type Locale,
  MAX_IMPORT_BYTES,
  parseItemImport,
  stageTitle,
  type WorkshopView,
} from '@majlis/shared';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';
import { randomId } from '../lib/randomId';
import { ImportPreview } from './ImportPreview';
import { importMessage } from './importMessage';

interface Props {
  readonly view: WorkshopView;
  /** The list stage to import into unless the facilitator picks another. */
  readonly stageId: string;
  readonly onClose: () => void;
}

type Format = 'csv' | 'json' | undefined;

/** A file with both an Arabic and an English column reads differently in each language. */
function isBilingual(text: string, format: Format): boolean {
  const ar = parseItemImport(text, { format, language: 'ar' }).rows;
  const en = parseItemImport(text, { format, language: 'en' }).rows;
  return ar.some((row, i) => row.title !== en[i]?.title);
}

/**
 * Imports a list (the previous review's priorities, say) from a CSV or JSON file or pasted text:
 * pick the stage and, for bilingual files, the language column; check the preview, where bad rows
 * say what is wrong; then import the good rows in one undoable step.
 */
export function ImportDialog({ view, stageId, onClose }: Props) {
  const { t, lang } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const listStages = view.stages.filter((s) => s.kind === 'list');
  const [target, setTarget] = useState(stageId);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>(undefined);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState(false);
  const [language, setLanguage] = useState<Locale>(view.meta.locale);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    // Start where the work starts (the file), not on the dialog's close button.
    document.getElementById(`${id}-file`)?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, [id]);

  const bilingual = useMemo(() => text.trim() !== '' && isBilingual(text, format), [text, format]);
  const result: ImportResult | null = useMemo(
    () => (text.trim() === '' ? null : parseItemImport(text, { format, ...(bilingual ? { language } : {}) })),
    [text, format, bilingual, language],
  );
  const fileLevel = result?.errors.filter((e) => e.line === 0) ?? [];
  const count = result?.rows.length ?? 0;
  const stage = listStages.find((s) => s.id === target);

  const readFile = async (file: File | undefined) => {
    setFileError(false);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(true);
      return;
    }
    const name = file.name.toLowerCase();
    setFormat(name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : undefined);
    setFileName(file.name);
    setText(await file.text());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!result || count === 0 || !stage) return;
    const createdAt = Date.now();
    editor.act(
      (doc) =>
        addItems(
          doc,
          result.rows.map((row, i) => ({
            id: randomId(),
            stageId: stage.id,
            title: row.title,
            description: row.description,
            sdgs: row.sdgs,
            // Distinct times keep the file's order wherever items are sorted by creation.
            createdAt: createdAt + i,
          })),
        ),
      t('import.done', { n: count, stage: stageTitle(stage, lang) }),
    );
    onClose();
  };

  return (
    // The dialog's own Escape closes it; onCancel lets React unmount it the same way.
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="import-dialog__form" onSubmit={submit}>
        <header className="import-dialog__header">
          <h2 id={`${id}-title`} className="import-dialog__title">
            {t('import.title')}
          </h2>
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="import-dialog__body">
          <p className="field__hint">{t('import.intro')}</p>
          <div className="import-dialog__grid">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-stage`}>
                {t('import.stage')}
              </label>
              <select
                id={`${id}-stage`}
                className="input input--compact"
                value={target}
                onChange={(e) => setTarget(e.target.value)}
              >
                {listStages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {stageTitle(s, lang)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-file`}>
                {t('import.file')}
              </label>
              <input
                id={`${id}-file`}
                className="input input--compact import-dialog__file"
                type="file"
                accept=".csv,.json,.txt,text/csv,application/json,text/plain"
                aria-describedby={`${id}-file-hint`}
                onChange={(e) => void readFile(e.target.files?.[0])}
              />
              <p id={`${id}-file-hint`} className="field__hint">
                {fileName ? t('import.fileRead', { name: fileName }) : t('import.fileHint')}
              </p>
            </div>
          </div>
          {fileError && <ErrorAlert>{t('import.error.tooLarge')}</ErrorAlert>}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-text`}>
              {t('import.paste')}
            </label>
            <textarea
              id={`${id}-text`}
              className="input import-dialog__text"
              value={text}
              dir="auto"
              rows={5}
              spellCheck={false}
              placeholder={'title,description,sdgs\n…'}
              onChange={(e) => {
                setText(e.target.value);
                setFormat(undefined);
                setFileName(null);
              }}
            />
          </div>
          {bilingual && (
            <fieldset className="choice-group">
              <legend>{t('import.language')}</legend>
              <div className="segmented-row">
                {(['ar', 'en'] as const).map((l) => (
                  <label key={l} className="segment">
                    <input
                      type="radio"
                      name={`${id}-language`}
                      value={l}
                      checked={language === l}
                      onChange={() => setLanguage(l)}
                    />
                    <span>{t(`lang.${l}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {fileLevel.map((error) => (
            <ErrorAlert key={error.message}>{importMessage(t, error)}</ErrorAlert>
          ))}
          {result && <ImportPreview result={result} captionId={`${id}-summary`} />}
        </div>
        <footer className="import-dialog__footer">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button type="submit" className="button" disabled={count === 0 || !stage}>
            {t('import.submit', { n: count })}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
