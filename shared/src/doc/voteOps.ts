/**
 * The vote part of a vote stage in the doc: settings (public), the frozen targets, turnout and the
 * results once they may be shown. Ballots are never here: they live in the server's store.
 *
 *   stage.vote:     VoteSettings | absent
 *   stage.targets:  string[]      item ids (or poll option ids) fixed when the vote opens
 *   stage.turnout:  number        how many have voted
 *   stage.results:  VoteResults | null   written while results are live, or at reveal
 */
import * as Y from 'yjs';
import { readVoteSettings } from '../vote/readVoteSettings.js';
import type { VoteSettings } from '../vote/settings.js';
import type { VoteResults } from '../vote/tally.js';
import { stagesMap, type YMap } from './raw.js';

/** What clients read of a vote stage. */
export interface VoteView {
  /** Null until configured, or when the stored settings are not valid. */
  readonly settings: VoteSettings | null;
  readonly targets: readonly string[];
  readonly turnout: number;
  readonly results: VoteResults | null;
}

/** A plain-data copy, so the doc never holds a reference the caller could still mutate. */
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function stageMap(doc: Y.Doc, stageId: string): YMap | undefined {
  const entry = stagesMap(doc).get(stageId);
  return entry instanceof Y.Map ? entry : undefined;
}

/**
 * Reads the vote fields of a stage entry defensively. The settings go through the zod-free reader,
 * which gives what the schema would: every client reads this, the phone too, and zod would add
 * 23 kB (brotli) to a phone's first visit.
 */
export function readVote(entry: YMap): VoteView {
  const settings = readVoteSettings(entry.get('vote'));
  const targets = entry.get('targets');
  const turnout = entry.get('turnout');
  const results = entry.get('results');
  return {
    settings,
    targets: Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [],
    turnout: typeof turnout === 'number' && Number.isInteger(turnout) && turnout >= 0 ? turnout : 0,
    results:
      typeof results === 'object' && results !== null && 'overall' in results
        ? (results as VoteResults)
        : null,
  };
}

/** Writes validated settings to a vote stage. */
export function setVoteSettings(doc: Y.Doc, stageId: string, settings: VoteSettings): boolean {
  const stage = stageMap(doc, stageId);
  if (!stage) return false;
  stage.set('vote', plainCopy(settings));
  return true;
}

/** Changes a vote stage's state, targets, turnout or shown results in one transaction. */
export function updateVote(
  doc: Y.Doc,
  stageId: string,
  change: {
    state?: 'draft' | 'open' | 'closed' | 'revealed';
    targets?: readonly string[];
    turnout?: number;
    results?: VoteResults | null;
  },
): boolean {
  const stage = stageMap(doc, stageId);
  if (!stage) return false;
  doc.transact(() => {
    if (change.state !== undefined) stage.set('state', change.state);
    if (change.targets !== undefined) stage.set('targets', [...change.targets]);
    if (change.turnout !== undefined) stage.set('turnout', change.turnout);
    if (change.results !== undefined)
      stage.set('results', change.results === null ? null : plainCopy(change.results));
  });
  return true;
}
