import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  TEMPLATE_FOLDER,
  TemplateLoadError,
  compareVersions,
  latestTemplate,
  loadTemplates,
  shippedTemplates,
  templateQuestions,
  templateSchema,
} from './index.ts';

const folder = fileURLToPath(TEMPLATE_FOLDER);
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('shipped assessment templates', () => {
  it.each(readdirSync(folder).filter((name) => name.endsWith('.json') && !name.endsWith('.import.json')))(
    '%s validates against the template schema',
    (name) => {
      const parsed = templateSchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it('loads every shipped template, imported ones included, under its (id, version)', () => {
    const ids = shippedTemplates()
      .list()
      .map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['hk-aiaia', 'aiverify-process-checklist']));
  });

  it('hk-aiaia has gating criteria A–H with C in three parts, all yes/no and all deciding impact', () => {
    const template = latestTemplate('hk-aiaia');
    const gating = template?.parts.find((p) => p.id === 'gating')?.sections.flatMap((s) => s.questions) ?? [];
    expect(gating.map((q) => q.id)).toEqual(['A', 'B', 'C(i)', 'C(ii)', 'C(iii)', 'D', 'E', 'F', 'G', 'H']);
    expect(gating.every((q) => q.kind === 'yes_no' && q.effect?.kind === 'impact')).toBe(true);
    expect(gating.filter((q) => q.effect?.kind === 'impact' && q.effect.group === 'C').map((q) => q.id)).toEqual([
      'C(i)',
      'C(ii)',
      'C(iii)',
    ]);
  });

  it('rejects a template whose question names an unknown principle or repeats an id', () => {
    const template = structuredClone(latestTemplate('hk-aiaia'));
    const first = template?.parts[2]?.sections[0]?.questions[0];
    if (!template || !first) throw new Error('hk-aiaia missing');
    first.principles = ['no-such-principle'];
    template.parts[2]?.sections[0]?.questions.push({ ...first, principles: [] });
    const parsed = templateSchema.safeParse(template);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['unknown principle no-such-principle', 'duplicate question id Q1']),
    );
  });
});

describe('AI Verify process checklists, imported as they are', () => {
  const upstream = JSON.parse(
    readFileSync(join(folder, 'aiverify-process-checklist', 'process_checklists.json'), 'utf8'),
  ) as Record<string, { config: { principle: string; sections: { checklist: { processes: { pid: string }[] }[] }[] } }>;

  it('maps every principle to a part and every process to a yes/no/N.A. question keeping its id', () => {
    const template = latestTemplate('aiverify-process-checklist');
    const pids = Object.values(upstream).flatMap((c) =>
      c.config.sections.flatMap((s) => s.checklist.flatMap((t) => t.processes.map((p) => p.pid))),
    );
    expect(template?.parts.map((p) => p.title.en).sort()).toEqual(
      Object.values(upstream)
        .map((c) => c.config.principle)
        .sort(),
    );
    const questions = template ? templateQuestions(template) : [];
    expect(questions.map((q) => q.id).sort()).toEqual([...pids].sort());
    expect(questions.every((q) => q.kind === 'yes_no_na' && q.details?.processChecks)).toBe(true);
    expect(template?.parts[0]?.title.en).toBe('Transparency');
  });

  it('ships the upstream licence beside the upstream file', () => {
    expect(readFileSync(join(folder, 'aiverify-process-checklist', 'LICENSE'), 'utf8')).toMatch(/Apache License/);
  });
});

describe('template versions', () => {
  it('orders dotted versions numerically', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.4', '1.4.0')).toBe(0);
    expect(compareVersions('2024.6', '2025.4')).toBeLessThan(0);
  });

  it('refuses a folder where one (id, version) is defined twice, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-templates-'));
    temporary.push(dir);
    copyFileSync(join(folder, 'hk-aiaia@1.4.json'), join(dir, 'a.json'));
    copyFileSync(join(folder, 'hk-aiaia@1.4.json'), join(dir, 'b.json'));
    expect(() => loadTemplates(dir)).toThrow(TemplateLoadError);
    expect(() => loadTemplates(dir)).toThrow(/b\.json is not valid: hk-aiaia version 1\.4 is defined twice/);
  });

  it('loads from a folder whose path has a space and a #', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock templates #'));
    temporary.push(dir);
    copyFileSync(join(folder, 'hk-aiaia@1.4.json'), join(dir, 'hk-aiaia@1.4.json'));
    expect(loadTemplates(dir).latest('hk-aiaia')?.version).toBe('1.4');
  });

  it('refuses an import manifest whose upstream file is missing, naming the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-templates-'));
    temporary.push(dir);
    copyFileSync(join(folder, 'aiverify-process-checklist.import.json'), join(dir, 'aiverify.import.json'));
    expect(() => loadTemplates(dir)).toThrow(/aiverify\.import\.json is not valid: .*no such file/i);
  });

  it('names the failing file by its full path, says so when more problems than shown, and "(root)" for the whole file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-templates-'));
    temporary.push(dir);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ id: 'X', version: 'one', extra: 1 }));
    writeFileSync(join(dir, 'list.json'), '[]');
    const failure = (folder: string) => {
      try {
        loadTemplates(folder);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    const message = failure(dir);
    expect(message).toContain(`assessment template ${join(dir, 'broken.json')} is not valid: `);
    expect(message).toMatch(/id: lower-case letters, digits and dashes; version: a dotted number.*\(and \d+ more\)$/);
    rmSync(join(dir, 'broken.json'));
    expect(failure(dir)).toMatch(/list\.json is not valid: \(root\): /);
  });

  it('refuses a template file that breaks the schema, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-templates-'));
    temporary.push(dir);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ id: 'x', version: 'one', title: { en: 'x' } }));
    expect(() => loadTemplates(dir)).toThrow(/broken\.json is not valid: version: a dotted number/);
  });
});
