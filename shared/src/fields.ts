/**
 * zod helpers for the fields every schema is built from (user text, ids, dates, locales, groups,
 * SDGs): the HTTP bodies, the socket protocol, vote settings, invitations and archives. They import
 * nothing of the domain, so every schema may use them without an import circle.
 */
import { z } from 'zod';
import { STAKEHOLDER_GROUPS } from './groups.js';
import { ID_PATTERN } from './ids.js';
import { LOCALES } from './locale.js';
import { hasControlCharacters } from './text/controlCharacters.js';
import { validDate } from './text/dates.js';

/** A single line of user text: trimmed, control characters refused, bounded. */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, false), 'must not contain control characters');

/** Multi-line user text: newlines and tabs allowed, other control characters refused, bounded. */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, true), 'must not contain control characters');

/** An optional single line: blank (or only spaces) means none given. */
export const optionalLine = (max: number) => z.union([z.string().trim().length(0), lineText(max)]);

/** A calendar day, `YYYY-MM-DD`. */
export const dateSchema = z.string().refine(validDate, 'must be a date written YYYY-MM-DD');

/** An id as the server issues them. */
export const idSchema = z.string().regex(ID_PATTERN, 'is not a valid id');

export const localeSchema = z.enum(LOCALES);
export const groupSchema = z.enum(STAKEHOLDER_GROUPS);
export const sdgSchema = z.int().min(1).max(17);
