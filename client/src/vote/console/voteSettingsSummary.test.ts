import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate';
import { settingsSummary } from './voteSettingsSummary';

const en = translatorFor('en');
const source = { type: 'list', stageId: 'list_stage' } as const;

describe('vote settings summary', () => {
  it('says the shape of each kind in a line', () => {
    expect(
      settingsSummary(
        { kind: 'dots', budget: 5, maxPerItem: 3, anonymous: true, results: 'hidden', source },
        en,
        'en',
      ),
    ).toBe('Dot vote · 5 dots each, at most 3 per item · Anonymous · Hidden until reveal');
    expect(
      settingsSummary({ kind: 'rank', rankTop: 3, anonymous: false, results: 'live', source }, en, 'en'),
    ).toBe('Ranking · Top 3 in order · Named · Live on the board');
    expect(
      settingsSummary(
        {
          kind: 'score',
          criteria: [
            { id: 'impact', label: 'Impact', weight: 1 },
            { id: 'feasibility', label: 'Feasibility', weight: 1 },
          ],
          anonymous: true,
          results: 'hidden',
          source,
        },
        en,
        'en',
      ),
    ).toBe('Scoring · Impact and Feasibility · Anonymous · Hidden until reveal');
  });
});
