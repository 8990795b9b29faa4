/**
 * Reads the invited stakeholders from CSV or text pasted from a spreadsheet: name, organization,
 * group, one person a row, in that order or under a header row naming the columns (English or
 * Arabic). The group may be written as its id or its label in either language. Bad rows become
 * errors naming their line, so the facilitator sees a preview before anything is stored.
 */
import { GROUP_LABELS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../groups.js';
import { parseCsv } from '../import/parseCsv.js';
import { LIMITS } from '../limits.js';
import { hasControlCharacters } from '../text/controlCharacters.js';

export interface InviteRow {
  readonly line: number;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
}

export const INVITE_ERROR_CODES = [
  'nameEmpty',
  'nameLong',
  'organizationLong',
  'control',
  'group',
  'tooMany',
  'tooLarge',
  'fileEmpty',
] as const;
export type InviteErrorCode = (typeof INVITE_ERROR_CODES)[number];

export interface InviteError {
  readonly line: number;
  readonly code: InviteErrorCode;
  /** Values for the message: `max` for limits, `value` for an unknown group. */
  readonly params?: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface InviteListResult {
  readonly rows: readonly InviteRow[];
  readonly errors: readonly InviteError[];
}

/** At most this many invitations per workshop (and per import). */
export const MAX_INVITES = 2000;
/** Longer lists (in UTF-16 code units) are refused whole. */
const MAX_INVITE_LIST_LENGTH = 1_000_000;

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—.]+/g, ' ')
    .trim();

/** Every accepted spelling of each group, folded. */
const GROUP_NAMES = new Map<string, StakeholderGroup>();
for (const g of STAKEHOLDER_GROUPS) {
  for (const name of [g, g.replace('_', ' '), GROUP_LABELS[g].en, GROUP_LABELS[g].ar]) {
    GROUP_NAMES.set(fold(name), g);
  }
}
for (const [alias, g] of [
  ['un', 'un_agency'],
  ['un agencies', 'un_agency'],
  ['united nations', 'un_agency'],
  ['الأمم المتحدة', 'un_agency'],
  ['gov', 'government'],
  ['حكومة', 'government'],
  ['حكومي', 'government'],
  ['ngo', 'civil_society'],
  ['مجتمع مدني', 'civil_society'],
  ['university', 'academia'],
  ['جامعة', 'academia'],
  ['private', 'private_sector'],
  ['قطاع خاص', 'private_sector'],
  ['youth', 'community'],
  ['community', 'community'],
  ['مجتمع محلي', 'community'],
] as const)
  GROUP_NAMES.set(fold(alias), g);

/** The group a cell names, or undefined. */
export function groupFromText(text: string): StakeholderGroup | undefined {
  return GROUP_NAMES.get(fold(text));
}

const HEADERS: Record<'name' | 'organization' | 'group', readonly string[]> = {
  name: ['name', 'full name', 'الاسم', 'اسم'],
  organization: ['organization', 'organisation', 'org', 'affiliation', 'الجهة', 'المؤسسة', 'المنظمة'],
  group: ['group', 'stakeholder group', 'stakeholder', 'الفئة', 'المجموعة', 'فئة أصحاب المصلحة'],
};

function headerColumns(
  cells: readonly string[],
): Record<'name' | 'organization' | 'group', number> | undefined {
  const folded = cells.map(fold);
  const find = (names: readonly string[]) => {
    const wanted = new Set(names.map(fold));
    return folded.findIndex((c) => wanted.has(c));
  };
  const columns = {
    name: find(HEADERS.name),
    organization: find(HEADERS.organization),
    group: find(HEADERS.group),
  };
  return columns.name >= 0 ? columns : undefined;
}

export function parseInviteList(input: string): InviteListResult {
  if (input.length > MAX_INVITE_LIST_LENGTH) {
    return {
      rows: [],
      errors: [
        { line: 0, code: 'tooLarge', params: { max: '1 MB' }, message: 'The list is larger than 1 MB.' },
      ],
    };
  }
  const table = parseCsv(input).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (table.length === 0)
    return { rows: [], errors: [{ line: 0, code: 'fileEmpty', message: 'The list is empty.' }] };
  const header = headerColumns(table[0]?.cells ?? []);
  const columns = header ?? { name: 0, organization: 1, group: 2 };
  const body = header ? table.slice(1) : table;
  const rows: InviteRow[] = [];
  const errors: InviteError[] = [];
  for (const { line, cells } of body) {
    if (rows.length >= MAX_INVITES) {
      errors.push({
        line,
        code: 'tooMany',
        params: { max: String(MAX_INVITES) },
        message: `At most ${MAX_INVITES} people per list.`,
      });
      break;
    }
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim().replace(/\s+/g, ' ') : '');
    const name = cell(columns.name);
    const organization = cell(columns.organization);
    const groupText = cell(columns.group);
    const group = groupText === '' ? 'other' : groupFromText(groupText);
    const error = (code: InviteErrorCode, message: string, params?: Record<string, string>) =>
      errors.push(params ? { line, code, message, params } : { line, code, message });
    if (name === '') error('nameEmpty', 'The name is empty.');
    else if (name.length > LIMITS.participantName)
      error('nameLong', `The name is longer than ${LIMITS.participantName} characters.`, {
        max: String(LIMITS.participantName),
      });
    else if (organization.length > LIMITS.organization)
      error('organizationLong', `The organization is longer than ${LIMITS.organization} characters.`, {
        max: String(LIMITS.organization),
      });
    else if (hasControlCharacters(name, false) || hasControlCharacters(organization, false))
      error('control', 'The row contains control characters.');
    else if (!group)
      error('group', `Unknown stakeholder group "${groupText.slice(0, 40)}".`, {
        value: groupText.slice(0, 40),
      });
    else rows.push({ line, name, organization, group });
  }
  return { rows, errors };
}
