import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { extractSource, importIntoKnowledge, reviewVersion } from '../knowledge/index.ts';
import { printPdf } from '../knowledge/testing/print-pdf.ts';
import { knowledgeChunks, knowledgeVersions } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/**
 * A PDF printed by Chromium carries Kangxi radicals and compatibility ideographs in its text layer
 * (成⼈⼊場費, ⻑者, 康樂 with U+F914) where the font shares a glyph: the import stores the unified
 * ideographs citizens read and search with (issue 13, item 6).
 */

const RADICAL_OR_COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/u;

describe('PDF text with radicals and compatibility ideographs', () => {
  let f: Fixture;
  let versionId = '';

  beforeAll(async () => {
    f = await createFixture();
    // A Hong Kong paragraph gives 成⼈⼊場費 and ⻑者; the Japanese-tagged heading gives 康樂 with U+F914.
    const bytes = await printPdf(
      '康樂設施收費',
      '<h1 lang="ja">康樂設施收費</h1><p>成人入場費為港幣三十元，長者及殘疾人士半價。兒童入場免費。</p>',
    );
    const content = await extractSource({ type: 'file', file: { fileName: 'fees.pdf', bytes } });
    const { bystander, department } = f.own;
    const principal = { id: bystander.id, roles: bystander.roles, departmentId: department.id, keyId: null };
    const { version } = await importIntoKnowledge(f.store.db, { principal, requestId: 't' }, content);
    versionId = version.id;
    await reviewVersion(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
  }, 120_000);
  afterAll(async () => f.close());

  it('stores the unified ideographs, not the radicals the text layer carries', async () => {
    const chunks = await f.store.db
      .select({ text: knowledgeChunks.text, heading: knowledgeChunks.headingPath })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.versionId, versionId));
    const [version] = await f.store.db
      .select({ text: knowledgeVersions.extractedText })
      .from(knowledgeVersions)
      .where(eq(knowledgeVersions.id, versionId));
    const stored = [version?.text ?? '', ...chunks.flatMap((c) => [c.text, ...c.heading])].join('\n');
    expect(stored).toContain('成人入場費為港幣三十元，長者及殘疾人士半價');
    expect(stored).toContain('康樂設施收費');
    expect(stored).not.toMatch(RADICAL_OR_COMPATIBILITY);
  });

  it('finds the passage whether the citizen types the ideographs or pastes the radical forms', async () => {
    const search = (query: string) =>
      f.app.lionrock.knowledgeIndex.search(query, { departmentId: f.own.department.id, k: 3 });
    const typed = await search('成人入場費');
    const pasted = await search('成\u2f08\u2f0a場費 \u2ed1者');
    expect(typed[0]?.chunk.text).toContain('成人入場費');
    expect(pasted[0]?.chunk.text).toContain('成人入場費');
    expect(pasted[0]?.confidence).toBeGreaterThan(0);
  });
});
