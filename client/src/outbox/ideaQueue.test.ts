import { describe, expect, it } from 'vitest';
import {
  readIdeaQueue,
  readRejections,
  rejectionOf,
  unsendableIdeas,
  withIdea,
  withoutIdea,
} from './ideaQueue';

const A = { stageId: 'stage_1', title: 'Shade', clientId: 'client-a' };
const B = { stageId: 'stage_1', title: 'Parks', description: 'Near', sdgs: [11], clientId: 'client-b' };

describe('idea queue', () => {
  it('queues an idea once and drops it by its clientId', () => {
    const list = withIdea(withIdea([A], B), { ...B, title: 'Parks again' });
    expect(list).toEqual([A, B]);
    expect(withoutIdea(list, A)).toEqual([B]);
  });

  it('reads back the ideas the server would take, entry by entry', () => {
    expect(readIdeaQueue([A, { title: 'no stage' }, B, 'x'])).toEqual([A, B]);
    expect(readIdeaQueue({ 0: A })).toEqual([]);
    expect(readIdeaQueue(undefined)).toEqual([]);
  });

  it('keeps a refusal with the whole text, and reads it back', () => {
    const rejection = rejectionOf(B, { code: 'stage_closed', message: 'closed' });
    expect(rejection).toEqual({
      title: 'Parks',
      description: 'Near',
      sdgs: [11],
      stageId: 'stage_1',
      error: { code: 'stage_closed', message: 'closed' },
    });
    expect(readRejections(JSON.parse(JSON.stringify([rejection, { title: 'x', stageId: 's' }])))).toEqual([
      rejection,
    ]);
  });
});

describe('unsendable ideas', () => {
  it('turns a queued idea the server would refuse into a refusal that keeps its text', () => {
    const pasted = {
      stageId: 'stage_1',
      title: 'Parks\u202e',
      description: 'Near',
      sdgs: [11],
      clientId: 'c-12345',
    };
    expect(unsendableIdeas([A, pasted, { title: 1 }, 'x'])).toEqual([
      {
        title: 'Parks\u202e',
        stageId: 'stage_1',
        description: 'Near',
        sdgs: [11],
        error: { code: 'bad_request', message: 'not a valid idea' },
      },
    ]);
    expect(readIdeaQueue([A, pasted])).toEqual([A]);
  });
});
