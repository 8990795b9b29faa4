import { STAGE_KINDS } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { BOARD_STAGES } from './boardStages';
import { CONSOLE_STAGES } from './consoleStages';
import { PHONE_STAGES } from './phoneStages';

// The registries are `satisfies Record<StageKind, …>`, so a kind missing a part does not compile;
// this checks the same at run time, and that nothing else slipped in.
describe('stage kinds', () => {
  it('have a board, a console and a phone part each, and no registry holds other kinds', () => {
    for (const registry of [BOARD_STAGES, CONSOLE_STAGES, PHONE_STAGES])
      expect(Object.keys(registry).sort()).toEqual([...STAGE_KINDS].sort());
    for (const kind of STAGE_KINDS) {
      expect({ kind, board: typeof BOARD_STAGES[kind] }).toEqual({ kind, board: 'function' });
      expect({ kind, phone: typeof PHONE_STAGES[kind] }).toEqual({ kind, phone: 'function' });
      const console = CONSOLE_STAGES[kind];
      expect({ kind, content: typeof console.Content }).toEqual({ kind, content: 'function' });
      expect(console.Controls === null || typeof console.Controls === 'function').toBe(true);
    }
  });
});
