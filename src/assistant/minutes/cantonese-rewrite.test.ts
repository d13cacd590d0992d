import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCantoneseTable } from '../../retrieval/index.ts';
import { minutesCantoneseTable, rewriteForRecord, toFormalWritten } from './cantonese-rewrite.ts';

describe('the minutes Cantonese table', () => {
  it('is versioned data that validates, and wins over the search table where both have a word', () => {
    const parsed = parseCantoneseTable(readFileSync(new URL('./data/cantonese-minutes.tsv', import.meta.url), 'utf8'));
    expect(parsed.ok).toBe(true);
    const table = minutesCantoneseTable();
    expect(table.version).toBeGreaterThanOrEqual(1);
    // Search leaves 點樣 as 怎樣; a record writes 如何.
    expect(table.map.get('點樣')).toBe('如何');
  });

  it.each([
    ['佢哋嘅報告', '他們的報告'],
    ['我哋已經睇咗', '我們已經看了'],
    ['會議喺禮堂舉行', '會議在禮堂舉行'],
    ['我唔同意', '我不同意'],
    ['呢個係我哋嘅責任', '這個是我們的責任'],
    ['我哋今日處理完喇。', '我們今天處理完。'],
    ['噉呢，我剛才呢，已經講咗。', '我剛才已經說了。'],
    ['我-我-我哋會跟進。', '我們會跟進。'],
    ['呢份文件好清楚。', '這份文件很清楚。'],
    ['你洗手未呀？', '你洗手了嗎？'],
    ['佢話會打電話畀你。', '他說會打電話給你。'],
    ['由於時間-我唔想再延遲。', '由於時間，我不想再延遲。'],
    ['其實，我哋都係用廣東話。', '我們都是用廣東話。'],
  ])('rewrites %s as %s', (spoken, written) => expect(toFormalWritten(spoken)).toBe(written));

  it('leaves written Chinese and English as they are', () => {
    expect(rewriteForRecord('委員會的關係良好。')).toBe('委員會的關係良好。');
    expect(rewriteForRecord('The committee agreed.')).toBe('The committee agreed.');
    expect(rewriteForRecord('走啦！')).toBe('走啦！');
  });
});
