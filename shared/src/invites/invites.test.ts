import { describe, expect, it } from 'vitest';
import { formatInviteCode, INVITE_CODE_ALPHABET, inviteCodeFrom, normalizeInviteCode } from './inviteCode.js';
import { BURST_OVERALL, BURST_PER_ADDRESS, findJoinBursts, type JoinRecord } from './joinBursts.js';
import { groupFromText, MAX_INVITES, parseInviteList } from './parseInviteList.js';

describe('invite codes', () => {
  it('makes 10-character codes of the alphabet and reads them back however they are typed', () => {
    const code = inviteCodeFrom(Uint8Array.from({ length: 10 }, (_, i) => i * 29));
    expect(code).toHaveLength(10);
    for (const ch of code) expect(INVITE_CODE_ALPHABET).toContain(ch);
    expect(normalizeInviteCode(formatInviteCode(code))).toBe(code);
    expect(normalizeInviteCode(` ${formatInviteCode(code).toLowerCase()} `)).toBe(code);
    expect(normalizeInviteCode('ab0de-fgh1k')).toBe('AB0DEFGH1K');
    expect(normalizeInviteCode('abode-fghlk')).toBe('AB0DEFGH1K');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeInviteCode('ABCDE')).toBeUndefined();
    expect(normalizeInviteCode('ABCDE-FGHJU')).toBeUndefined(); // U is not in the alphabet
    expect(normalizeInviteCode('ABCDE-FGH!K')).toBeUndefined();
    expect(normalizeInviteCode('A'.repeat(41))).toBeUndefined();
  });
});

describe('parseInviteList', () => {
  it('reads rows without a header as name, organization, group, with groups in either language', () => {
    const { rows, errors } = parseInviteList(
      'Layla Haddad,Municipality,government\nسارة العلي,جامعة الشارقة,الجامعات ومراكز البحث\nOmar,,UN agencies\nNadia,UNDP,',
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.name, r.organization, r.group])).toEqual([
      [1, 'Layla Haddad', 'Municipality', 'government'],
      [2, 'سارة العلي', 'جامعة الشارقة', 'academia'],
      [3, 'Omar', '', 'un_agency'],
      [4, 'Nadia', 'UNDP', 'other'],
    ]);
  });

  it('follows a header row in any order, English or Arabic, and tab-separated paste', () => {
    const en = parseInviteList('Group\tName\tOrganisation\nCivil society\tRana\tAl Noor');
    expect(en.rows).toEqual([{ line: 2, name: 'Rana', organization: 'Al Noor', group: 'civil_society' }]);
    const ar = parseInviteList('الاسم;الفئة\nخالد;القطاع الخاص');
    expect(ar.rows).toEqual([{ line: 2, name: 'خالد', organization: '', group: 'private_sector' }]);
  });

  it('names the line and the reason of every bad row, and keeps the good ones', () => {
    const { rows, errors } = parseInviteList(
      `Good,Org,academia\n,Org,academia\n${'x'.repeat(81)},Org,academia\nBad\u202eName,Org,academia\nSam,Org,aliens`,
    );
    expect(rows.map((r) => r.name)).toEqual(['Good']);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'nameEmpty'],
      [3, 'nameLong'],
      [4, 'control'],
      [5, 'group'],
    ]);
    expect(errors[3]?.params).toEqual({ value: 'aliens' });
  });

  it('refuses an empty list and stops at the maximum', () => {
    expect(parseInviteList(' \n\n').errors[0]?.code).toBe('fileEmpty');
    const many = Array.from({ length: MAX_INVITES + 5 }, (_, i) => `P${i},,other`).join('\n');
    const result = parseInviteList(many);
    expect(result.rows).toHaveLength(MAX_INVITES);
    expect(result.errors.map((e) => e.code)).toEqual(['tooMany']);
  });

  it('knows groups by id, label and common short names', () => {
    expect(groupFromText('un_agency')).toBe('un_agency');
    expect(groupFromText('  Private   sector ')).toBe('private_sector');
    expect(groupFromText('NGO')).toBe('civil_society');
    expect(groupFromText('المجتمع المحلي والشباب')).toBe('community');
    expect(groupFromText('martians')).toBeUndefined();
  });
});

describe('findJoinBursts', () => {
  const join = (id: string, joinedAt: number, addressTag?: string, removed = false): JoinRecord => ({
    id,
    joinedAt,
    removed,
    ...(addressTag ? { addressTag } : {}),
  });

  it('finds a script re-joining from one address, and only its joins', () => {
    const script = Array.from({ length: BURST_PER_ADDRESS + 5 }, (_, i) =>
      join(`s${i}`, 1000 + i * 50, 'evil'),
    );
    // People in the room join a few seconds apart from the venue's shared address.
    const room = Array.from({ length: 30 }, (_, i) => join(`r${i}`, i * 4000, 'venue'));
    const bursts = findJoinBursts([...room, ...script]);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]?.kind).toBe('address');
    expect(bursts[0]?.participantIds).toEqual(script.map((j) => j.id));
  });

  it('finds a burst from many addresses by its rate, and leaves out removed people', () => {
    const spread = Array.from({ length: BURST_OVERALL }, (_, i) => join(`x${i}`, i * 100, `a${i}`));
    const bursts = findJoinBursts([...spread, join('gone', 150, 'a99', true)]);
    expect(bursts).toEqual([
      { kind: 'rate', participantIds: spread.map((j) => j.id), from: 0, to: (BURST_OVERALL - 1) * 100 },
    ]);
  });

  it('sees no burst in a room joining at a human pace, nor just under the threshold', () => {
    const room = Array.from({ length: 200 }, (_, i) => join(`r${i}`, i * 700, 'venue'));
    expect(findJoinBursts(room)).toEqual([]);
    const under = Array.from({ length: BURST_PER_ADDRESS - 1 }, (_, i) => join(`u${i}`, i, 'one'));
    expect(findJoinBursts(under)).toEqual([]);
  });

  it('splits two bursts apart in time from one address', () => {
    const first = Array.from({ length: BURST_PER_ADDRESS }, (_, i) => join(`a${i}`, i * 10, 't'));
    const second = Array.from({ length: BURST_PER_ADDRESS }, (_, i) => join(`b${i}`, 60_000 + i * 10, 't'));
    expect(findJoinBursts([...second, ...first]).map((b) => b.participantIds.length)).toEqual([
      BURST_PER_ADDRESS,
      BURST_PER_ADDRESS,
    ]);
  });
});
