import { describe, expect, it } from 'vitest';
import { maskPersonalData, maskString } from './mask-personal-data.ts';

describe('maskPersonalData', () => {
  it('masks personal fields but keeps a first character to tell records apart', () => {
    const masked = maskPersonalData({ displayName: '陳大文', email: 'chan.tai.man@example.gov.hk', roles: ['editor'] });
    expect(masked).toEqual({ displayName: '陳**', email: 'c***@example.gov.hk', roles: ['editor'] });
  });

  it('drops secrets entirely', () => {
    expect(maskPersonalData({ name: 'ci', key: 'lr_secret', keyHash: 'abc', nested: { password: 'x' } })).toEqual({
      name: 'c*',
      nested: {},
    });
  });

  it('finds e-mail, HKID and Hong Kong phone numbers inside free text', () => {
    const text = maskString('Call 9123 4567 or +852 2345-6789, HKID A123456(3), mail chan@example.com');
    expect(text).not.toMatch(/9123 4567|2345-6789|A123456|chan@/);
    expect(text).toContain('c***@example.com');
  });

  it('leaves ordinary values alone', () => {
    const value = { status: 'active', count: 3, at: '2026-11-21T10:00:00.000Z', corsOrigins: ['https://www.gov.hk'] };
    expect(maskPersonalData(value)).toEqual(value);
  });

  it('never masks a record id whose digit groups look like a phone number, but still masks text beside it', () => {
    const id = 'a1b2c3d4-9123-4567-8123-456789012345';
    expect(maskPersonalData({ userId: id, entryId: `${id}:q1` })).toEqual({ userId: id, entryId: `${id}:q1` });
    expect(maskPersonalData(`case ${id} call 9123 4567`)).toBe(`case ${id} call *******67`);
  });
});
