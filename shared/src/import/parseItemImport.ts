/**
 * Reads a list of ideas to import (for example the previous review's priorities) from CSV or
 * JSON, row by row: good rows become items, bad rows become errors naming their line and what is
 * wrong, so the facilitator sees a preview before anything is written.
 */
import { LIMITS } from '../limits.js';
import { hasControlCharacters } from '../text/controlCharacters.js';
import { parseCsv } from './parseCsv.js';

export interface ImportRow {
  /** Where the row came from: a CSV line or a JSON array position (1-based). */
  readonly line: number;
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
}

/** Why a row or file was refused; clients translate the code, the message is English for logs and tools. */
export const IMPORT_ERROR_CODES = [
  'titleEmpty',
  'titleLong',
  'titleControl',
  'descriptionLong',
  'descriptionControl',
  'sdg',
  'tooLarge',
  'fileEmpty',
  'tooMany',
  'json',
  'jsonShape',
  'header',
  'notObject',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  readonly line: number;
  readonly code: ImportErrorCode;
  /** Values for the message: `max` for length and row limits, `value` for a bad SDG. */
  readonly params?: Readonly<Record<string, string>>;
  readonly message: string;
}

const err = (
  line: number,
  code: ImportErrorCode,
  message: string,
  params?: Record<string, string>,
): ImportError => (params ? { line, code, message, params } : { line, code, message });

export interface ImportResult {
  readonly rows: readonly ImportRow[];
  readonly errors: readonly ImportError[];
}

/** At most this many rows are read from one file. */
export const MAX_IMPORT_ROWS = 500;
/** Files larger than this are refused whole. */
export const MAX_IMPORT_BYTES = 1_000_000;

const TITLE_KEYS = ['title', 'en', 'ar', 'priority', 'idea', 'العنوان', 'الأولوية', 'الفكرة'];
const DESCRIPTION_KEYS = ['description', 'details', 'الوصف', 'التفاصيل'];
const SDG_KEYS = ['sdgs', 'sdg', 'goals', 'الأهداف', 'الهدف'];

/** Parses "11; 9", "11,9", "SDG 11 | 9" or a JSON array of numbers into goal numbers. */
function parseSdgs(value: unknown): { sdgs: number[]; bad?: string } {
  if (value === undefined || value === null || value === '') return { sdgs: [] };
  const parts = Array.isArray(value)
    ? value.map(String)
    : String(value)
        .split(/[;,|/\s]+/)
        .map((p) => p.replace(/^sdg/i, ''))
        .filter((p) => p !== '');
  const sdgs: number[] = [];
  for (const part of parts) {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 1 || n > 17) return { sdgs: [], bad: part.trim() };
    if (!sdgs.includes(n)) sdgs.push(n);
  }
  return { sdgs: sdgs.sort((a, b) => a - b) };
}

function checkRow(
  line: number,
  fields: { title: unknown; description: unknown; sdgs: unknown },
): ImportRow | ImportError {
  const title =
    typeof fields.title === 'string' || typeof fields.title === 'number' ? String(fields.title).trim() : '';
  const description = typeof fields.description === 'string' ? fields.description.trim() : '';
  if (title === '') return err(line, 'titleEmpty', 'The title is empty.');
  if (title.length > LIMITS.itemTitle)
    return err(line, 'titleLong', `The title is longer than ${LIMITS.itemTitle} characters.`, {
      max: String(LIMITS.itemTitle),
    });
  if (hasControlCharacters(title, false))
    return err(line, 'titleControl', 'The title contains control characters.');
  if (description.length > LIMITS.itemDescription) {
    return err(
      line,
      'descriptionLong',
      `The description is longer than ${LIMITS.itemDescription} characters.`,
      { max: String(LIMITS.itemDescription) },
    );
  }
  if (hasControlCharacters(description, true))
    return err(line, 'descriptionControl', 'The description contains control characters.');
  const { sdgs, bad } = parseSdgs(fields.sdgs);
  if (bad !== undefined)
    return err(line, 'sdg', `"${bad.slice(0, 20)}" is not an SDG number (1–17).`, {
      value: bad.slice(0, 20),
    });
  return { line, title, description, sdgs };
}

function pick(record: Record<string, unknown>, keys: readonly string[], preferred?: string): unknown {
  if (preferred !== undefined && record[preferred] !== undefined) return record[preferred];
  const lower = new Map(Object.entries(record).map(([k, v]) => [k.trim().toLowerCase(), v]));
  for (const key of keys) if (lower.get(key) !== undefined && lower.get(key) !== '') return lower.get(key);
  return undefined;
}

function collect(results: Array<ImportRow | ImportError>, extraError?: ImportError): ImportResult {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = extraError ? [extraError] : [];
  for (const r of results) {
    if ('title' in r) rows.push(r);
    else errors.push(r);
  }
  return { rows, errors };
}

/**
 * Parses an import file. `format` is taken from the content when omitted (JSON starts with `[` or
 * `{`). `language` picks the `ar` or `en` column/field when a row has both.
 */
export function parseItemImport(
  content: string,
  options: { format?: 'csv' | 'json'; language?: 'ar' | 'en' } = {},
): ImportResult {
  if (content.length > MAX_IMPORT_BYTES) {
    return { rows: [], errors: [err(0, 'tooLarge', 'The file is larger than 1 MB.')] };
  }
  const trimmed = content.replace(/^\ufeff/, '').trim();
  if (trimmed === '') return { rows: [], errors: [err(0, 'fileEmpty', 'The file is empty.')] };
  const format = options.format ?? (trimmed.startsWith('[') || trimmed.startsWith('{') ? 'json' : 'csv');
  const limitError = (n: number): ImportError | undefined =>
    n > MAX_IMPORT_ROWS
      ? err(0, 'tooMany', `Only the first ${MAX_IMPORT_ROWS} rows are read.`, {
          max: String(MAX_IMPORT_ROWS),
        })
      : undefined;

  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      return {
        rows: [],
        errors: [err(0, 'json', `This is not valid JSON (${(error as Error).message}).`)],
      };
    }
    // The kit's workshop files keep the previous priorities under `previousPriorities`.
    const list = Array.isArray(data)
      ? data
      : typeof data === 'object' && data !== null
        ? ((data as Record<string, unknown>).previousPriorities ?? (data as Record<string, unknown>).items)
        : undefined;
    if (!Array.isArray(list)) {
      return {
        rows: [],
        errors: [err(0, 'jsonShape', 'Expected a JSON array of items, or an object with "items".')],
      };
    }
    const results = list.slice(0, MAX_IMPORT_ROWS).map((entry, index) => {
      if (typeof entry === 'string') return checkRow(index + 1, { title: entry, description: '', sdgs: [] });
      if (typeof entry !== 'object' || entry === null)
        return err(index + 1, 'notObject', 'This entry is not an object.');
      const record = entry as Record<string, unknown>;
      return checkRow(index + 1, {
        title: pick(record, TITLE_KEYS, options.language),
        description: pick(record, DESCRIPTION_KEYS),
        sdgs: pick(record, SDG_KEYS),
      });
    });
    return collect(results, limitError(list.length));
  }

  const table = parseCsv(trimmed);
  const header = table[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const column = (keys: readonly string[], preferred?: string) => {
    if (preferred !== undefined && header.includes(preferred)) return header.indexOf(preferred);
    return header.findIndex((h) => keys.includes(h));
  };
  const titleCol = column(TITLE_KEYS, options.language);
  if (titleCol < 0) {
    return {
      rows: [],
      errors: [
        err(1, 'header', 'The first row must name the columns, with one called "title" (or "ar"/"en").'),
      ],
    };
  }
  const descriptionCol = column(DESCRIPTION_KEYS);
  const sdgCol = column(SDG_KEYS);
  const body = table.slice(1);
  const results = body.slice(0, MAX_IMPORT_ROWS).map(({ line, cells }) =>
    checkRow(line, {
      title: cells[titleCol],
      description: descriptionCol >= 0 ? cells[descriptionCol] : '',
      sdgs: sdgCol >= 0 ? cells[sdgCol] : '',
    }),
  );
  return collect(results, limitError(body.length));
}
