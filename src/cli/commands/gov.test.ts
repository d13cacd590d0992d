import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pdfLines } from '../../assistant/testing/read-export.ts';
import { validateBom } from '../../governance/index.ts';
import { run, serve } from '../cli-harness.ts';

/** `lionrock gov derive --json` is the contract the derivation table is tested through: run the real binary. */

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'lionrock-gov-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const no = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'no']));
const GATING = no(['A', 'B', 'C(i)', 'C(ii)', 'C(iii)', 'D', 'E', 'F', 'G', 'H']);
const TIER = no(['U1', 'U2', 'U3', 'U4', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L1', 'L2', 'L3']);
const FACTORS = Object.fromEntries(
  ['R.use', 'R.volume', 'R.sensitivity', 'R.quality', 'R.security', 'R.probability', 'R.severity', 'R.duration'].map(
    (id) => [id, 'low'],
  ),
);

const derive = (input: unknown) =>
  run(['gov', 'derive', '--json'], dir, {}, typeof input === 'string' ? input : JSON.stringify(input));

describe('lionrock gov derive --json', () => {
  it('prints {impact, tier, oversight, reasons[]} for answers on stdin', async () => {
    const { code, stdout, stderr } = await derive({
      'hk-aiaia': { ...GATING, 'C(i)': 'yes', 'C(ii)': 'yes', 'C(iii)': { value: 'yes', reviewerComment: 'agreed' } },
      'hk-genai-tier': { ...TIER, L1: 'yes' },
      'pcpd-ai-privacy': { ...FACTORS, 'R.sensitivity': 'medium' },
      versions: { 'hk-aiaia': '1.4' },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['impact', 'tier', 'oversight', 'reasons']);
    expect(result).toMatchObject({ impact: 'high', tier: 'limited', oversight: 'in-command' });
    expect(result.reasons.map((r: { result: string; questionId: string }) => `${r.result}:${r.questionId}`)).toEqual([
      'impact:C(i)',
      'impact:C(ii)',
      'impact:C(iii)',
      'tier:L1',
      'oversight:R.sensitivity',
    ]);
    expect(result.reasons[3].text.zhHant).toMatch(/聊天機械人/);
  });

  it('gives null for a result whose template was not answered', async () => {
    const { code, stdout } = await derive({ 'hk-aiaia': GATING });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ impact: 'low', tier: null, oversight: null });
  });

  it.each([
    ['not JSON', '{"hk-aiaia":', /stdin: not valid JSON/],
    ['an unknown template', { 'hk-nothing': {} }, /hk-nothing: no assessment template hk-nothing/],
    [
      'an unknown version',
      { 'hk-aiaia': GATING, versions: { 'hk-aiaia': '0.9' } },
      /versions\.hk-aiaia: .*no version 0\.9/,
    ],
    ['an unknown question', { 'hk-aiaia': { ...GATING, Z: 'no' } }, /hk-aiaia\.Z: .*no question Z/],
    ['a missing criterion', { 'hk-aiaia': { ...GATING, 'C(ii)': undefined } }, /hk-aiaia\.C\(ii\): missing/],
    [
      'a value the question does not take',
      { 'hk-genai-tier': { ...TIER, H3: 'maybe' } },
      /hk-genai-tier\.H3: .*yes \/ no/,
    ],
    [
      'a rating that is not low/medium/high',
      { 'pcpd-ai-privacy': { ...FACTORS, 'R.use': 5 } },
      /pcpd-ai-privacy\.R\.use: expected/,
    ],
  ])('refuses %s with exit code 2, naming the field', async (_name, input, message) => {
    const { code, stderr, stdout } = await derive(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('lionrock gov derive, read by a person: every message in English / 繁體中文', () => {
  it('prints each reason in both languages, English first, on its line', async () => {
    const { code, stdout } = await run(
      ['gov', 'derive'],
      dir,
      {},
      JSON.stringify({ 'hk-aiaia': { ...GATING, 'C(i)': 'yes', 'C(ii)': 'yes', 'C(iii)': 'yes' } }),
    );
    expect(code).toBe(0);
    const reasons = stdout.split('\n').filter((line) => line.startsWith('  ['));
    expect(reasons.length).toBeGreaterThan(0);
    for (const line of reasons)
      expect(line).toMatch(/^ {2}\[impact\] C\(i+\) = yes: [A-Z][^\u3400-\u9fff]+ \/ .*[\u3400-\u9fff]/);
  });

  it('refuses in both languages: a value the question does not take, a missing criterion, an unknown question', async () => {
    const value = await derive({ 'hk-genai-tier': { ...TIER, H3: 'maybe' } });
    expect(value.code).toBe(2);
    expect(value.stderr).toContain(
      'hk-genai-tier.H3: Question H3 takes yes / no. / 問題 H3 只接受以下其中一個值：yes、no。',
    );
    const missing = await derive({ 'hk-aiaia': { ...GATING, 'C(ii)': undefined } });
    expect(missing.stderr).toMatch(/hk-aiaia\.C\(ii\): missing; .+ \/ 未作答/);
    const unknown = await derive({ 'hk-aiaia': { ...GATING, Z: 'no' } });
    expect(unknown.stderr).toMatch(/hk-aiaia\.Z: .*no question Z \/ .*沒有問題 Z/);
  });
});

describe('lionrock gov status --json', () => {
  const data = join(dir, 'served');

  it('after a fresh start, prints {ready, conditions} for a demo bot the gate lets go live, and exits 1 for an unknown id', async () => {
    // A fresh start seeds and governs the demo (assessments, endorsements, evaluations); then stop it.
    const server = serve(data);
    await server.ready;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const status = await run(['gov', 'status', 'demo-forms', '--json'], data);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    const body = JSON.parse(status.stdout) as {
      ready: boolean;
      conditions: { id: string; met: boolean; detail: { en: string; zhHant: string } }[];
    };
    expect(Object.keys(body)).toEqual(['ready', 'conditions']);
    expect(body.conditions.filter((c) => !c.met)).toEqual([]);
    expect(body.ready).toBe(true);
    expect(body.conditions.map((c) => c.id)).toContain('evaluations_passed');
    expect(body.conditions[0]).toMatchObject({ id: 'registered', met: true, detail: { en: expect.any(String) } });

    // Every demo bot is judged the same way: ready exactly when every condition is met.
    const yatYat = JSON.parse((await run(['gov', 'status', 'demo-1823', '--json'], data)).stdout) as typeof body;
    expect(yatYat.conditions).toHaveLength(12);
    expect(yatYat.ready).toBe(yatYat.conditions.every((c) => c.met));

    // Read by a person: each condition in English / 繁體中文 on its line.
    const text = await run(['gov', 'status', 'demo-forms'], data);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}✓ registered: [^\u3400-\u9fff\n]+ \/ [^\n]*[\u3400-\u9fff]/m);

    const unknown = await run(['gov', 'status', 'no-such-bot', '--json'], data);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/no application or bot "no-such-bot"/);
  }, 300_000);
});

describe('lionrock gov bom', () => {
  const data = join(dir, 'bom');

  it('after a fresh start, writes demo-1823’s AI bill of materials, valid CycloneDX 1.6, to --out; exits 1 for an unknown id', async () => {
    const server = serve(data);
    await server.ready;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const out = join(dir, 'demo-1823.cdx.json');
    const written = await run(['gov', 'bom', 'demo-1823', '--out', out], data);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    const bom = JSON.parse(readFileSync(out, 'utf8')) as { metadata: { component: { name: string } } };
    expect(validateBom(bom)).toEqual([]);
    expect(bom.metadata.component.name).toMatch(/1823/);

    const unknown = await run(['gov', 'bom', 'no-such-bot'], data);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no application or bot "no-such-bot"/);
  }, 300_000);
});

describe('lionrock gov report', () => {
  const data = join(dir, 'report');

  it('after a fresh start, writes demo-1823’s assessment report as PDF and HTML; exits 1 for an unknown id', async () => {
    const server = serve(data);
    await server.ready;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const pdf = join(dir, 'demo-1823-report.pdf');
    const html = join(dir, 'demo-1823-report.html');
    const written = await run(['gov', 'report', 'demo-1823', '--pdf', pdf, '--html', html], data);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    const text = (await pdfLines(readFileSync(pdf))).join('\n');
    expect(text).toContain('demo-1823');
    expect(text).toMatch(/Tier 級別\s*limited/);
    expect(readFileSync(html, 'utf8')).toContain('A question of the limited tier is yes: tier limited.');

    const unknown = await run(['gov', 'report', 'no-such-bot', '--pdf', pdf], data);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no application or bot "no-such-bot"/);
  }, 300_000);
});
