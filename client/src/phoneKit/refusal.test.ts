import { YjsCloseCode } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { problemFor } from './refusal';

describe('problemFor', () => {
  it('tells an ended workshop from a bad link and an old page, on either channel', () => {
    expect(problemFor({ channel: 'socket', code: 'workshop_ended' })).toBe('ended');
    expect(problemFor({ channel: 'doc', code: YjsCloseCode.ended })).toBe('ended');
    expect(problemFor({ channel: 'socket', code: 'protocol_mismatch' })).toBe('outdated');
    expect(problemFor({ channel: 'socket', code: 'unauthorized' })).toBe('invalid');
    expect(problemFor({ channel: 'doc', code: YjsCloseCode.unauthorized })).toBe('invalid');
  });
});
