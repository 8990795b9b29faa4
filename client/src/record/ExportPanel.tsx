import { LOCALES, type Locale } from '@majlis/shared';
import { useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ErrorAlert } from '../components/ErrorAlert';
import type { MessageKey } from '../i18n/en';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { paths } from '../router/routes';
import { downloadFile } from './downloadFile';
import { CSV_TABLES, defaultFileName, type ExportFile, exportPath } from './exportFiles';
import { RecordIcon } from './RecordIcon';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  /** The workshop's language: the labels' default. */
  readonly workshopLocale: Locale;
}

interface Choice {
  readonly key: string;
  readonly file: ExportFile;
  readonly label: MessageKey;
}

const DOCUMENTS: readonly Choice[] = [
  { key: 'docx', file: { format: 'docx' }, label: 'record.export.docx' },
  { key: 'md', file: { format: 'md' }, label: 'record.export.md' },
];
const TABLES: readonly Choice[] = CSV_TABLES.map((table) => ({
  key: `csv-${table}`,
  file: { format: 'csv', table },
  label: `record.export.csv.${table}` as const,
}));
const ARCHIVE: Choice = { key: 'json', file: { format: 'json' }, label: 'record.export.json' };

/** The minutes as files: Word, Markdown, CSV tables, the JSON archive, and the print page for PDF. */
export function ExportPanel({ workshopId, facilitatorKey, workshopLocale }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [locale, setLocale] = useState<Locale>(workshopLocale);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ label: MessageKey; error: FetchError } | null>(null);

  const download = async (choice: Choice) => {
    if (pending) return;
    setPending(choice.key);
    setFailure(null);
    const error = await downloadFile(
      exportPath(workshopId, choice.file, locale),
      facilitatorKey,
      defaultFileName(choice.file, locale),
    );
    setPending(null);
    if (error) setFailure({ label: choice.label, error });
  };

  const button = (choice: Choice) => (
    <button
      key={choice.key}
      type="button"
      className="button button--small button--quiet export__file"
      aria-busy={pending === choice.key || undefined}
      disabled={pending !== null}
      onClick={() => void download(choice)}
    >
      <RecordIcon name="download" />
      {pending === choice.key ? t('record.export.preparing') : t(choice.label)}
    </button>
  );

  return (
    <div className="export">
      <fieldset className="choice-group export__locale">
        <legend>{t('record.export.language')}</legend>
        <div className="segmented">
          {LOCALES.map((l) => (
            <label key={l} className="choice choice--compact">
              <input
                type="radio"
                name={`${id}-locale`}
                value={l}
                checked={locale === l}
                onChange={() => setLocale(l)}
              />
              <span lang={l}>{t(`lang.${l}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="export__group">
        <a
          className="button button--small export__file"
          href={paths.minutes(workshopId, facilitatorKey, locale)}
          target="_blank"
          rel="noopener"
        >
          <RecordIcon name="print" />
          {t('record.export.pdf')}
        </a>
        {DOCUMENTS.map(button)}
      </div>
      <p className="export__label">{t('record.export.tables')}</p>
      <div className="export__group">{TABLES.map(button)}</div>
      <div className="export__group">{button(ARCHIVE)}</div>
      {failure && (
        <ErrorAlert>
          <p>
            {t('record.export.failed', { file: t(failure.label), message: errorMessage(t, failure.error) })}
          </p>
        </ErrorAlert>
      )}
    </div>
  );
}
