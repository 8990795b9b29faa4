import type { WorkshopMeta } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { minutesInfoChange, minutesInfoOf } from './minutesInfoDraft';

const meta: WorkshopMeta = {
  schemaVersion: 1,
  id: 'w1',
  title: 'ورشة عمّان',
  locale: 'ar',
  joinCode: '123456',
  currentStageId: null,
  createdAt: 0,
  date: '',
  place: 'Amman',
  joinLocked: false,
  joinMode: 'open',
  endedAt: null,
  guestsUntil: null,
  organizers: ['Greater Amman Municipality', 'UN-Habitat'],
};

describe('the minutes header form', () => {
  it('starts from the doc, organizers one a line', () => {
    expect(minutesInfoOf(meta)).toEqual({
      title: 'ورشة عمّان',
      date: '',
      place: 'Amman',
      organizers: 'Greater Amman Municipality\nUN-Habitat',
    });
  });

  it('writes only what changed, trimmed, without blank organizer lines', () => {
    expect(minutesInfoChange(meta, minutesInfoOf(meta))).toEqual({});
    expect(
      minutesInfoChange(meta, {
        title: ' ',
        date: '2026-05-12',
        place: ' Amman City Hall ',
        organizers: 'Greater Amman Municipality\n\n  UN-Habitat \nUNDP\n',
      }),
    ).toEqual({
      date: '2026-05-12',
      place: 'Amman City Hall',
      organizers: 'Greater Amman Municipality\nUN-Habitat\nUNDP',
    });
  });
});
