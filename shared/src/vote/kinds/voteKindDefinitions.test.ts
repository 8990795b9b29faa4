import { describe, expect, it } from 'vitest';
import type { VoteKind } from '../voteKinds.js';
import { dotsKind } from './dots.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';
import { definitionOf, VOTE_KIND_DEFINITIONS, VOTE_KINDS } from './voteKindDefinitions.js';

/** Every part of a definition and its type; the compiler checks that none is left out here. */
const PARTS = {
  votesOn: 'string',
  settingsIssues: 'function',
  validateBallot: 'function',
  tally: 'function',
  rankedIds: 'function',
} satisfies Record<keyof VoteKindDefinition<VoteKind>, 'string' | 'function'>;

describe('the registry of vote kinds', () => {
  it('has a definition for every kind and nothing else', () => {
    expect(Object.keys(VOTE_KIND_DEFINITIONS).sort()).toEqual([...VOTE_KINDS].sort());
  });

  it.each(VOTE_KINDS)('gives %s every part', (kind) => {
    const definition = definitionOf(kind);
    for (const [part, type] of Object.entries(PARTS))
      expect(typeof definition[part as keyof typeof definition], part).toBe(type);
  });

  it('refuses, at compile time, a kind with a part missing', () => {
    // @ts-expect-error a kind without its tally is not a definition
    const partial: VoteKindDefinition<'dots'> = {
      votesOn: 'items',
      settingsIssues: dotsKind.settingsIssues,
      validateBallot: dotsKind.validateBallot,
      rankedIds: dotsKind.rankedIds,
    };
    expect(partial).not.toHaveProperty('tally');
  });
});
