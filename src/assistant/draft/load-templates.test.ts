import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_TEMPLATE_FOLDER,
  findDraftTemplate,
  loadDraftTemplates,
  parseDraftTemplates,
  shippedDraftTemplates,
} from './load-templates.ts';

const memo = readFileSync(new URL('internal-memo.json', DRAFT_TEMPLATE_FOLDER), 'utf8');

describe('draft templates as data', () => {
  it('ships the four kinds, each in English and Traditional Chinese, all valid', () => {
    const templates = shippedDraftTemplates();
    expect(templates.map((t) => t.id).sort()).toEqual([
      'internal-memo',
      'letter',
      'press-release',
      'public-enquiry-reply',
    ]);
    for (const template of templates) {
      expect(template.layout.en.lines.length).toBeGreaterThan(0);
      expect(template.layout.zh.lines.some((line) => /[\u4e00-\u9fff]/.test(line))).toBe(true);
      expect(template.slots.every((slot) => slot.label.zh.length > 0)).toBe(true);
    }
    expect(findDraftTemplate('internal-memo')?.audience).toBe('internal');
    expect(findDraftTemplate('letter', 2)).toBeUndefined();
  });

  it('refuses a template naming an unknown slot, without a body line, with a bad pattern, or repeated', () => {
    const bad = JSON.parse(memo);
    bad.layout.en.lines = ['To: {recipient}'];
    bad.requiredElements[1].pattern.zh = '([';
    const load = parseDraftTemplates({
      'bad.json': JSON.stringify(bad),
      'a.json': memo,
      'b.json': memo,
      'c.json': '{',
    });
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.issues).toEqual(
      expect.arrayContaining([
        { file: 'bad.json', path: 'layout.en.lines', message: 'has no {body} line' },
        { file: 'bad.json', path: 'layout.en', message: 'names an unknown slot {recipient}' },
        { file: 'bad.json', path: 'requiredElements.1.pattern', message: 'is not a regular expression' },
        { file: 'b.json', path: 'id', message: 'repeats internal-memo version 1' },
        expect.objectContaining({ file: 'c.json', path: '' }),
      ]),
    );
  });

  it('refuses a slot without a Chinese label and a required element with neither slot nor pattern', () => {
    const bad = JSON.parse(memo);
    bad.slots[0].label = { en: 'Reference' };
    bad.requiredElements.push({ id: 'x', label: { en: 'X', zh: '甲' } });
    const load = parseDraftTemplates({ 'bad.json': JSON.stringify(bad) });
    expect(load.ok ? [] : load.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['slots.0.label.zh', 'requiredElements.2']),
    );
  });

  it('stops a start on a broken shipped file, naming its full path, the field ("(root)" for the whole file) and the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-drafts-'));
    try {
      const bad = JSON.parse(memo);
      bad.layout.en.lines = ['To: {recipient}'];
      writeFileSync(join(dir, 'memo.json'), JSON.stringify(bad));
      writeFileSync(join(dir, 'torn.json'), '{');
      expect(() => loadDraftTemplates(pathToFileURL(`${dir}/`))).toThrow(
        new RegExp(
          `^Draft templates are not valid:\\n  ${join(dir, 'memo.json')} at layout\\.en\\.lines: has no \\{body\\} line\\n.*` +
            `\\n  ${join(dir, 'torn.json')} at \\(root\\): is not JSON: `,
          's',
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
