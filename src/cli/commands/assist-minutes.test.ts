import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../cli-harness.ts';

/** `lionrock assist minutes` and `assist rewrite-cantonese`: the real binary, no model, no database. */
const dir = mkdtempSync(join(tmpdir(), 'lionrock-minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lionrock assist minutes', () => {
  it('prints {attendees, items: [{title, summary, decisions, actions: [{owner, action, due}]}]} from a WebVTT file', async () => {
    const file = join(dir, 'meeting.vtt');
    writeFileSync(
      file,
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:04.000',
        '<v 陳主席>議程一：社區活動。',
        '',
        '00:00:04.500 --> 00:00:09.000',
        '<v 李委員>我哋今年啲活動經費唔夠，要減少印刷嘅開支。',
        '',
        '00:00:09.500 --> 00:00:12.000',
        '<v 陳主席>大家同意將印刷費減少一成。',
        '',
        '00:00:12.500 --> 00:00:15.000',
        '<v 李委員>我會喺下星期五前交返份新預算畀秘書處。',
        '',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await run(['assist', 'minutes', file, '--json', '--date', '2026-12-02'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const minutes = JSON.parse(stdout);
    expect(minutes.attendees).toEqual(['陳主席', '李委員']);
    expect(minutes.items).toHaveLength(1);
    expect(minutes.items[0]).toMatchObject({
      title: '社區活動',
      decisions: ['大家同意將印刷費減少一成。'],
      actions: [{ owner: '李委員', action: '我會在下星期五前交回份新預算給秘書處。', due: '2026-12-11' }],
    });
    expect(minutes.items[0].summary).toContain('我們今年活動經費不夠');
  }, 60_000);

  it('refuses a broken SRT file with exit code 2, naming the line in English and Chinese', async () => {
    const file = join(dir, 'broken.srt');
    writeFileSync(file, '1\n00:00:01,000 --> 00:00:02,000\nChair: Hello.\n\n2\n00:00:03 --> 00:00:04,000\nBye.\n');
    const { code, stderr } = await run(['assist', 'minutes', file, '--json'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('line 6: expected a cue timing');
    expect(stderr).toContain('第 6 行');
  }, 60_000);

  it('refuses a bad --date', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'Chair: Item 1: Roads.\nAnn: I will report back by Friday.\n');
    const { code, stderr } = await run(['assist', 'minutes', file, '--date', 'Friday'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--date');
  }, 60_000);
});

describe('lionrock assist rewrite-cantonese', () => {
  it('writes {text, written} for each JSON line {text}', async () => {
    const input = `${JSON.stringify({ text: '佢哋今日喺會議上面講咗好多嘢。' })}\n${JSON.stringify({ text: '委員會的關係良好。' })}\n`;
    const { code, stdout } = await run(['assist', 'rewrite-cantonese'], dir, {}, input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { text: '佢哋今日喺會議上面講咗好多嘢。', written: lines[0].written },
      { text: '委員會的關係良好。', written: '委員會的關係良好。' },
    ]);
    expect(lines[0].written).toMatch(/^他們今天在會議上/u);
    expect(lines[0].written).not.toMatch(/[佢哋喺咗嘢]/u);
  }, 60_000);

  it('refuses a line that is not {"text": ...} with exit code 2, naming the line', async () => {
    const { code, stderr } = await run(['assist', 'rewrite-cantonese'], dir, {}, '{"text":"好"}\n{"nope":1}\n');
    expect(code).toBe(2);
    expect(stderr).toContain('line 2');
  }, 60_000);
});
