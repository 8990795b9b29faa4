import { VOTE_KINDS } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { BOARD_RESULTS_PARTS, boardResultsOf } from './boardResultsParts';
import { CONSOLE_RESULTS_PARTS, consoleResultsOf } from './consoleResultsParts';
import { PHONE_RESULTS_PARTS, phoneResultsOf } from './phoneResultsParts';
import { RESULTS_PARTS, resultsPartOf } from './resultsParts';

const FUNCTIONS = ['rows', 'hasVotes', 'rowIds', 'cellOf', 'unranked', 'formatValue', 'valueText', 'rules'];

// The registries are `satisfies` mapped types over VoteKind, so a kind missing a part does not
// compile; this checks the same at run time, and that nothing else slipped in.
describe('results parts', () => {
  it('the reading holds every vote kind; each screen draws every drawing the kinds use, and no other', () => {
    expect(Object.keys(RESULTS_PARTS).sort()).toEqual([...VOTE_KINDS].sort());
    const used = [...new Set(VOTE_KINDS.map((kind) => resultsPartOf(kind).drawing))].sort();
    for (const registry of [BOARD_RESULTS_PARTS, CONSOLE_RESULTS_PARTS, PHONE_RESULTS_PARTS])
      expect(Object.keys(registry).sort()).toEqual(used);
  });

  it.each(VOTE_KINDS)('%s has how its result reads and a drawing on every screen', (kind) => {
    const part = resultsPartOf(kind);
    for (const name of FUNCTIONS)
      expect({ name, type: typeof part[name as keyof typeof part] }).toEqual({ name, type: 'function' });
    expect(typeof part.shareOfVoters).toBe('boolean');
    expect(['items', 'options']).toContain(part.targets);
    expect(part.caption === null || typeof part.caption === 'string').toBe(true);
    const board = boardResultsOf(kind);
    expect(typeof board.Chart).toBe('function');
    expect(typeof board.GroupCell).toBe('function');
    expect(board.Legend === null || typeof board.Legend === 'function').toBe(true);
    const console = consoleResultsOf(kind);
    expect(typeof console.Result).toBe('function');
    expect(typeof console.GroupCell).toBe('function');
    expect(console.Legend === null || typeof console.Legend === 'function').toBe(true);
    expect(typeof phoneResultsOf(kind).Result).toBe('function');
  });
});
