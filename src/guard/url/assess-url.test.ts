import { describe, expect, it } from 'vitest';
import { assessUrl } from './assess-url.ts';
import { defaultHostModel } from './default-host-model.ts';
import { hostFeatures, hostPhishingProbability } from './host-model.ts';

describe('phishing signs', () => {
  it('treats a brand’s own regional domains as official', () => {
    expect(assessUrl('https://www.amazon.co.jp/').verdict).toBe('safe');
    expect(assessUrl('https://www.hsbc.co.uk/').verdict).toBe('safe');
    expect(assessUrl('https://www.apple.com.hk/').verdict).toBe('safe');
  });
  it('still flags the brand on a domain it does not own', () => {
    expect(assessUrl('https://amazon-co-jp.account-verify.top/').verdict).not.toBe('safe');
    expect(assessUrl('http://hsbc-hk-login.xyz/').verdict).toBe('phishing');
    expect(assessUrl('https://滙豐-hsbc.example-secure.top/').verdict).not.toBe('safe');
  });
  it('takes joined words for a name, not for a random-looking host', () => {
    const random = (url: string) => assessUrl(url, { hostModel: null }).reasons.includes('random-looking host name');
    expect(random('https://www.sorbonne-universite.fr/')).toBe(false);
    expect(random('https://www.apm-millenniumcity.com/')).toBe(false);
    expect(random('https://rztjocfmmoplnindlp.com/')).toBe(true);
    expect(random('https://a8x3kq9zt2lmw7.top/')).toBe(true);
  });
  it('does not read a lure word into the public suffix (.gov)', () => {
    const a = assessUrl('https://www.ncbi.nlm.nih.gov/');
    expect(a.reasons.some((r) => r.startsWith('lure words'))).toBe(false);
  });
  it('leaves short honest names one edit away from a short bank name alone', () => {
    expect(assessUrl('https://www.hkba.org/').reasons.some((r) => r.startsWith('look-alike'))).toBe(false);
    expect(assessUrl('https://www.hangsenq.com/').reasons.some((r) => r.startsWith('look-alike'))).toBe(true);
  });
});

describe('learned host model', () => {
  const model = defaultHostModel();
  it('loads with thresholds in order', () => {
    expect(model.weakThreshold).toBeLessThanOrEqual(model.threshold);
  });
  it('scores random, hyphenated lure hosts above well-known names', () => {
    const phishy = hostPhishingProbability(model, 'secure-login-verify-account-x7k2q.weebly.com');
    const known = hostPhishingProbability(model, 'www.hku.hk');
    expect(phishy).toBeGreaterThan(known);
  });
  it('hashes each host to a stable set of features', () => {
    expect([...hostFeatures('www.gov.hk')]).toEqual([...hostFeatures('www.gov.hk')]);
  });
  it('can be switched off, leaving only the hand-written signs', () => {
    const a = assessUrl('https://qwxzvbnm-tracking.com/', { hostModel: null });
    expect(a.reasons.some((r) => r.includes('learned model'))).toBe(false);
  });
});
