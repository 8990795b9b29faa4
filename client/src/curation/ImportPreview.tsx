import type { ImportResult } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { useI18n } from '../i18n/useI18n';
import { importMessage } from './importMessage';

/**
 * Every row of the file before anything is written: the good ones as they will be imported, the bad
 * ones marked with their line and what is wrong, so the file can be fixed and read again.
 */
export function ImportPreview({
  result,
  captionId,
}: {
  readonly result: ImportResult;
  readonly captionId: string;
}) {
  const { t, lang } = useI18n();
  const lines = [
    ...result.rows.map((row) => ({ line: row.line, row, error: undefined })),
    ...result.errors.filter((e) => e.line > 0).map((error) => ({ line: error.line, row: undefined, error })),
  ].sort((a, b) => a.line - b.line);
  if (lines.length === 0) return null;
  return (
    <div className="import-preview">
      <table className="import-table">
        <caption id={captionId} className="import-table__caption">
          {t('import.summary', { ok: result.rows.length, bad: lines.length - result.rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.line')}</th>
            <th scope="col">{t('import.col.idea')}</th>
            <th scope="col">{t('import.col.sdgs')}</th>
            <th scope="col">{t('import.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ line, row, error }) =>
            row ? (
              <tr key={`r${line}`}>
                <td className="mono">{line}</td>
                <td>
                  <p dir="auto">{row.title}</p>
                  {row.description && (
                    <p className="import-table__description" dir="auto">
                      {row.description}
                    </p>
                  )}
                </td>
                <td>
                  <span className="import-table__sdgs">
                    {row.sdgs.map((n) => (
                      <SdgChip key={n} n={n} locale={lang} className="sdg--small" />
                    ))}
                  </span>
                </td>
                <td className="import-table__ok">
                  <Icon name="check" />
                  {t('import.ready')}
                </td>
              </tr>
            ) : (
              <tr key={`e${line}`} className="is-error">
                <td className="mono">{line}</td>
                <td colSpan={2}>{error ? importMessage(t, error) : ''}</td>
                <td className="import-table__bad">
                  <Icon name="alert" />
                  {t('import.skipped')}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
