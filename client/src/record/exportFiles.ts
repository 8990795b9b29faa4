/** The files the facilitator can download: where each comes from and what it is saved as. */
import type { Locale } from '@majlis/shared';

export const CSV_TABLES = ['items', 'votes', 'actions', 'attendance'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export type ExportFile =
  | { readonly format: 'docx' }
  | { readonly format: 'md' }
  | { readonly format: 'csv'; readonly table: CsvTable }
  | { readonly format: 'json' };

/** The server's address of a file, its labels in `locale` (the archive has none). */
export function exportPath(workshopId: string, file: ExportFile, locale: Locale): string {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  switch (file.format) {
    case 'docx':
      return `${base}/minutes.docx?locale=${locale}`;
    case 'md':
      return `${base}/minutes.md?locale=${locale}`;
    case 'csv':
      return `${base}/minutes.csv?table=${file.table}&locale=${locale}`;
    case 'json':
      return `${base}/export.json`;
    default: {
      const unreachable: never = file;
      throw new Error(`unknown export ${String(unreachable)}`);
    }
  }
}

/** The name to save a file under when the server's Content-Disposition gives none. */
export function defaultFileName(file: ExportFile, locale: Locale): string {
  switch (file.format) {
    case 'docx':
      return `minutes-${locale}.docx`;
    case 'md':
      return `minutes-${locale}.md`;
    case 'csv':
      return `minutes-${file.table}-${locale}.csv`;
    case 'json':
      return 'workshop-export.json';
    default: {
      const unreachable: never = file;
      throw new Error(`unknown export ${String(unreachable)}`);
    }
  }
}

/** Strips what a file name must not carry (folders, control characters), keeping Arabic letters. */
const cleanName = (name: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').trim();

/** The file name from a Content-Disposition header (RFC 6266: `filename*` wins), else `fallback`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (disposition) {
    const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    if (extended?.[1]) {
      try {
        const name = cleanName(decodeURIComponent(extended[1].trim()));
        if (name) return name;
      } catch {
        // A malformed escape: try the plain parameter.
      }
    }
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(disposition);
    const name = cleanName(plain?.[1] ?? plain?.[2] ?? '');
    if (name) return name;
  }
  return fallback;
}
