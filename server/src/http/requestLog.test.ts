import { describe, expect, it } from 'vitest';
import { redactUrl } from './requestLog.js';

describe('redactUrl', () => {
  it('replaces every credential in the query and keeps the rest', () => {
    expect(redactUrl('/yjs/abc?token=p.abc.def.sig')).toBe('/yjs/abc?token=[REDACTED]');
    expect(redactUrl('/x?a=1&key=f.w.s&b=2&TOKEN=t#frag')).toBe(
      '/x?a=1&key=[REDACTED]&b=2&TOKEN=[REDACTED]#frag',
    );
    expect(redactUrl('/x?access_token=a&auth=b')).toBe('/x?access_token=[REDACTED]&auth=[REDACTED]');
    expect(redactUrl('/x?monkey=1&tokens=2')).toBe('/x?monkey=1&tokens=2');
    expect(redactUrl('/api/session')).toBe('/api/session');
  });
});
