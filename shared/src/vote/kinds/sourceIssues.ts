import type { KindSettingsView, SettingsIssue } from './voteKindDefinition.js';

/** The source rule of every kind but the poll: it votes on items, not on options of its own. */
export const itemSourceIssues = (s: KindSettingsView): SettingsIssue[] =>
  s.source?.type === 'options' ? [{ message: 'only a poll has its own options', path: 'source' }] : [];
