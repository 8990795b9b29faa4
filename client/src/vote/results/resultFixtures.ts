/** Settings, results and items that the results tests share. */
import type { KindResult, VoteSettings } from '@majlis/shared';

export const dotSettings: VoteSettings = {
  kind: 'dots',
  budget: 5,
  anonymous: true,
  results: 'hidden',
  source: { type: 'list', stageId: 'list_stage' },
};

/** A score result with its criteria in the "wrong" order (feasibility first) and one unscored item. */
export const scoreResult: Extract<KindResult, { kind: 'score' }> = {
  kind: 'score',
  criteria: [
    { id: 'feasibility', label: 'Feasibility', weight: 1 },
    { id: 'impact', label: 'Impact', weight: 1 },
  ],
  items: [
    { id: 'a', n: 3, means: { impact: 4.5, feasibility: 2 }, total: 3.25, rank: 1, tied: false },
    { id: 'b', n: 0, means: { impact: 0, feasibility: 0 }, total: 0, rank: 2, tied: false },
  ],
};
