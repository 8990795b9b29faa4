import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate';
import { voteErrorMessage } from './voteErrors';

describe('vote error messages', () => {
  it('has words for the vote codes and falls back to the app-wide ones', () => {
    const t = translatorFor('en');
    expect(voteErrorMessage(t, { code: 'invalid_transition', message: 'x' })).toMatch(/state/);
    expect(voteErrorMessage(t, { code: 'vote_not_configured', message: 'x' })).toMatch(/Nothing to vote on/);
    expect(voteErrorMessage(t, { code: 'network', message: 'x' })).toBe(t('error.network'));
  });
});
