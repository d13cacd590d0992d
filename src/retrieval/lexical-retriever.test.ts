import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqEntryInput } from './faq-entry.ts';
import { LexicalRetriever } from './lexical-retriever.ts';
import { loadSnapshot, saveSnapshot } from './snapshot-file.ts';

const entries: FaqEntryInput[] = [
  {
    id: 'dog-licence',
    question: '如何申請狗隻牌照？',
    answer: '狗主須為年滿五個月的狗隻領取牌照，並植入晶片。',
    department: 'afcd',
    keywords: ['狗隻', '牌照'],
  },
  {
    id: 'lost-id',
    question: '遺失身份證應如何補領？',
    answer: '請親身前往人事登記處辦事處申請補領身份證。',
    department: 'immd',
  },
  { id: 'mpf', question: '強積金供款是多少？', answer: '僱主及僱員各供款有關入息的5%。', department: 'mpfa' },
  {
    id: 'wash-hands',
    question: 'How should I wash my hands?',
    answer: 'Wash your hands with soap and water for at least 20 seconds.',
    department: 'health',
    bots: ['health-bot'],
  },
  {
    id: 'vaccine',
    question: 'Where can I get a vaccine?',
    answer: 'Vaccination centres are open daily.',
    department: 'health',
    status: 'draft',
  },
];

function retriever(): LexicalRetriever {
  const r = new LexicalRetriever();
  r.upsert(entries);
  return r;
}

const top = (r: LexicalRetriever, query: string, options = {}): string | undefined =>
  r.search(query, options).hits[0]?.id;

describe('LexicalRetriever', () => {
  it('answers Cantonese, Simplified and Traditional questions from a Traditional FAQ', () => {
    const r = retriever();
    expect(top(r, '我唔見咗身份證點算')).toBe('lost-id');
    expect(top(r, '身份证丢了怎么办')).toBe('lost-id');
    expect(top(r, '點樣攞狗牌')).toBe('dog-licence');
    expect(top(r, '强积金要供几多')).toBe('mpf');
  });

  it('tolerates a typo in a Latin word', () => {
    expect(top(retriever(), 'how to wahs hands')).toBe('wash-hands');
    expect(top(retriever(), 'vacine')).toBe('vaccine');
  });

  it('uses department synonyms only for that department when a department is filtered', () => {
    const r = new LexicalRetriever({
      regionalSynonyms: false,
      synonyms: [{ terms: ['狗牌', '狗隻牌照'], department: 'afcd' }],
    });
    r.upsert(entries);
    expect(r.search('狗牌', { filter: { department: 'afcd' } }).hits[0]?.id).toBe('dog-licence');
    expect(r.search('狗牌', { filter: { department: 'immd' } }).hits).toEqual([]);
  });

  it('meets a Taiwan 單位 from a Hong Kong 部門 (regional synonyms)', () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'where', question: '辦理育兒津貼應向那個單位提出？', answer: '向戶籍所在地區公所提出。' },
      { id: 'papers', question: '辦理育兒津貼要帶哪些文件？', answer: '身分證及戶口名簿。' },
      { id: 'noise', question: '部門會議怎樣預約會議室？', answer: '請上網預約。' },
    ]);
    expect(r.search('育兒津貼應該搵邊個部門？').hits[0]?.id).toBe('where');
  });

  it('lets the characters a Cantonese question shares with a written entry count when few bigrams are shared', () => {
    // 飲左酒揸車…拖左架車 shares 酒, 警, 回 with the towing entry's written wording, and 車輛 with the breakdown one.
    const r = new LexicalRetriever();
    r.upsert([
      {
        id: 'towed',
        question: '員警取締酒後駕車，經移置之汽車當事人如何辦理領回?',
        answer: '領車時需有1人領有適當駕照者前來。',
      },
      {
        id: 'breakdown',
        question: '車輛於高架橋上故障拖吊相關事宜',
        answer: '若於本市各高架道路發生故障，需由大型拖吊車進行拖吊。',
      },
      { id: 'card', question: '敬老、愛心悠遊卡上車不能刷怎麼辦？', answer: '請持卡至區公所檢查。' },
      { id: 'free', question: '敬老、愛心悠遊卡公車免費次數用完怎麼辦？', answer: '可選擇至捷運站自行加值。' },
      {
        id: 'missing',
        question: '民眾如何向警察機關辦理失蹤人口緊急查尋？',
        answer: '失蹤人有下列情形之一，得報案實施緊急查尋。',
      },
    ]);
    expect(r.search('朋友飲左酒揸車比警察拖左架車，點樣攞番？').hits[0]?.id).toBe('towed');
  });

  it('ranks first, among near-duplicate questions, the one that asks what the citizen asks (how, how long, who)', () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'who', question: '申請育兒津貼應向哪個單位提出？', answer: '向戶籍所在地區公所提出。' },
      { id: 'when', question: '申請育兒津貼要多久才會核准？', answer: '約一個月。' },
      { id: 'how', question: '育兒津貼要怎麼申請？', answer: '填寫申請表。' },
    ]);
    expect(r.search('育兒津貼點樣申請？').hits[0]?.id).toBe('how');
    expect(r.search('申請育兒津貼要幾耐？').hits[0]?.id).toBe('when');
    expect(r.search('育兒津貼搵邊個申請？').hits[0]?.id).toBe('who');
  });

  it("does not lower a passage's confidence for the question word asked (a passage never holds an intent)", () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'p', question: '', answer: '育兒津貼由戶籍所在地區公所每月發放，金額為五千元。', title: '育兒津貼' },
    ]);
    const asked = r.search('育兒津貼如何發放').hits[0];
    const plain = r.search('育兒津貼 發放').hits[0];
    expect(asked?.id).toBe('p');
    expect(asked?.confidence).toBeCloseTo(plain?.confidence ?? -1, 10);
  });

  it('reads a noisy street (好嘈, 很吵) as a noise complaint (噪音)', () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'noise', question: '住宅噪音如何檢舉？', answer: '請撥打環保局專線。' },
      { id: 'leak', question: '晚上漏水如何檢舉？', answer: '請洽建管處。' },
    ]);
    expect(r.search('成晚好嘈，可以點樣投訴？').hits[0]?.id).toBe('noise');
  });

  it('gives the words of a synonym group one rarity, so a rare spelling of a common word does not dominate', () => {
    const r = new LexicalRetriever({ regionalSynonyms: false, synonyms: [{ terms: ['flu', 'influenza'] }] });
    r.upsert([
      { id: 'what', question: 'What is influenza?' },
      { id: 'shot', question: 'How much does a flu shot cost?' },
      { id: 'danger', question: 'Is the flu dangerous?' },
      { id: 'children', question: 'Can children catch the flu?' },
      { id: 'signs', question: 'What are the signs of the flu?' },
    ]);
    // influenza is in one question, flu in four: blended, influenza is as weak as flu and shot decides.
    expect(top(r, 'influenza shot')).toBe('shot');
  });

  it('tunes the answer of an entry with a question apart from the text of a chunk', () => {
    const both: FaqEntryInput[] = [
      { id: 'faq', question: 'How do I renew a licence?', answer: 'Bring a passport photo to any office.' },
      { id: 'chunk', answer: 'Bring a passport photo to any office.', title: 'Forms' },
    ];
    const ranked = (options: ConstructorParameters<typeof LexicalRetriever>[0]): string[] => {
      const r = new LexicalRetriever(options);
      r.upsert(both);
      return r.search('passport photo').hits.map((hit) => hit.id);
    };
    expect(
      ranked({ answerBesideQuestion: { weight: 0.05, b: 0.5 }, fields: { answer: { weight: 1, b: 0.5 } } }),
    ).toEqual(['chunk', 'faq']);
    expect(
      ranked({ answerBesideQuestion: { weight: 1, b: 0.5 }, fields: { answer: { weight: 0.05, b: 0.5 } } }),
    ).toEqual(['faq', 'chunk']);
    // A field weighted 0 adds nothing and does not list an entry twice.
    expect(ranked({ answerBesideQuestion: { weight: 0, b: 0.5 } })).toEqual(['chunk']);
  });

  it('lets one match in an English question outweigh words an answer repeats (English saturates later)', () => {
    const entries: FaqEntryInput[] = [
      {
        id: 'origin',
        question: 'Where did the coronavirus come from?',
        answer: 'It was first found at an animal market; now it passes from person to person.',
      },
      {
        id: 'parcels',
        question: 'I have parcels coming from overseas... am I at risk?',
        answer:
          'We still learn how the coronavirus spreads, and how it behaves comes from what earlier coronaviruses did. ' +
          'They survive poorly on surfaces, so the risk of catching it from a parcel is low, and nobody has caught ' +
          'it from goods sent from abroad.',
      },
    ];
    const first = (options: ConstructorParameters<typeof LexicalRetriever>[0]): string | undefined => {
      const r = new LexicalRetriever(options);
      r.upsert(entries);
      return r.search('how corona virus came from').hits[0]?.id;
    };
    expect(first({})).toBe('origin');
    // With the early saturation Chinese terms need, the answer's repeated "how" and "from" won.
    expect(first({ latinK1: 1.2 })).toBe('parcels');
  });

  it('filters by department, bot, language and status', () => {
    const r = retriever();
    expect(r.search('wash hands', { filter: { department: 'immd' } }).hits).toEqual([]);
    expect(top(r, 'wash hands', { filter: { bot: 'health-bot' } })).toBe('wash-hands');
    expect(r.search('wash hands', { filter: { bot: 'other-bot' } }).hits).toEqual([]);
    expect(r.search('vaccine', { filter: { status: 'published' } }).hits.map((h) => h.id)).not.toContain('vaccine');
    expect(r.search('身份證', { filter: { language: 'en' } }).hits).toEqual([]);
    expect(top(r, '身份證', { filter: { language: ['zh-Hant', 'yue'] } })).toBe('lost-id');
  });

  it('filters by the kind of entry its owner gave it (no kind: never kept by a kind filter)', () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'faq', question: 'Where are the lamp posts?', answer: 'Ask the Highways Department.', kind: 'faq' },
      { id: 'dataset', answer: 'Lamp post location data, CSV', title: 'Lamp posts', kind: 'dataset' },
      { id: 'plain', question: 'Lamp post repairs', answer: 'Call 1823.' },
    ]);
    expect(r.search('lamp post', { filter: { kind: 'dataset' } }).hits.map((h) => h.id)).toEqual(['dataset']);
    expect(
      r
        .search('lamp post', { filter: { kind: ['faq', 'dataset'] } })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['dataset', 'faq']);
    expect(r.search('lamp post').hits).toHaveLength(3);
  });

  it('gives a confidence that separates an answerable question from an unrelated one', () => {
    const r = retriever();
    const good = r.search('如何申請狗隻牌照').hits[0];
    const unrelated = r.search('明天天氣如何，會下雨嗎').hits[0];
    expect(good?.confidence).toBeGreaterThan(0.6);
    expect(unrelated?.confidence ?? 0).toBeLessThan(0.3);
    expect(r.search('明天天氣如何，會下雨嗎', { minConfidence: 0.3 }).hits).toEqual([]);
  });

  it('skips a term most documents hold once rarer terms remain to rank by, and keeps it otherwise', () => {
    const entries = [
      { id: 'renew', question: 'Renew a dog licence online and pay the fee' },
      { id: 'hawker', question: 'Licence for hawkers' },
      { id: 'restaurant', question: 'Licence for restaurants' },
      { id: 'boat', question: 'Licence for boats' },
    ];
    const budgeted = new LexicalRetriever({ termMaxPostings: 2 });
    const unlimited = new LexicalRetriever();
    budgeted.upsert(entries);
    unlimited.upsert(entries);
    const ids = (r: LexicalRetriever, query: string) => r.search(query).hits.map((hit) => hit.id);
    expect(ids(unlimited, 'licence renew online fee')).toContain('hawker');
    expect(ids(budgeted, 'licence renew online fee')).toEqual(['renew']);
    // Nothing rarer to rank by: the common term is kept.
    expect(ids(budgeted, 'licence').sort()).toEqual(['boat', 'hawker', 'renew', 'restaurant']);
  });

  it('adds, updates and deletes entries without a rebuild', () => {
    const r = retriever();
    r.upsert([{ id: 'parking', question: '哪裡可以申請泊車位？', answer: '請向運輸署申請。' }]);
    expect(top(r, '泊車位點申請')).toBe('parking');
    r.upsert([{ id: 'parking', question: '如何繳交停車罰款？', answer: '可於郵局繳交。' }]);
    expect(top(r, '停車罰款')).toBe('parking');
    expect(r.get('parking')?.question).toBe('如何繳交停車罰款？');
    expect(r.remove(['parking', 'unknown'])).toBe(1);
    expect(r.search('停車罰款').hits.map((h) => h.id)).not.toContain('parking');
    expect(r.size).toBe(entries.length);
  });

  it('learns an alternate phrasing and ranks with it at once', () => {
    const r = retriever();
    const query = '出街返嚟要唔要用番梘';
    expect(top(r, query)).not.toBe('wash-hands');
    expect(r.learn('wash-hands', query)).toBe(true);
    expect(top(r, query)).toBe('wash-hands');
    expect(r.learn('wash-hands', query)).toBe(false);
    expect(r.learn('unknown', query)).toBe(false);
    expect(r.get('wash-hands')?.alternateQuestions).toEqual([query]);
  });

  it('lets a learned phrasing vote for its entry on a reworded query, alongside the entry question', () => {
    const r = new LexicalRetriever();
    r.upsert([
      { id: 'mask-general', question: 'Should the general population wear masks?', answer: 'Masks help.' },
      { id: 'mask-transport', question: 'What are the rules on public transport?', answer: 'Wear a mask on buses.' },
    ]);
    const query = 'do I need a mask on the bus?';
    expect(r.search(query).hits[0]?.id).toBe('mask-general');
    r.learn('mask-transport', 'must I wear a mask on the bus');
    expect(r.search(query).hits[0]?.id).toBe('mask-transport');
    const confidence = r.search(query).hits[0]?.confidence ?? 0;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('snapshots to disk and reloads with the same rankings, learned phrasings and deletions', async () => {
    const r = retriever();
    r.learn('wash-hands', '出街返嚟要唔要用番梘');
    r.remove(['mpf']);
    const path = join(mkdtempSync(join(tmpdir(), 'lionrock-retrieval-')), 'index.json');
    await saveSnapshot(r, path);
    const reloaded = await loadSnapshot(path);
    for (const query of ['點樣攞狗牌', '出街返嚟要唔要用番梘', 'wash hands', '強積金'])
      expect(reloaded.search(query).hits).toEqual(r.search(query).hits);
    expect(reloaded.size).toBe(entries.length - 1);
    reloaded.upsert([{ id: 'mpf', question: '強積金供款是多少？' }]);
    expect(top(reloaded, '強積金')).toBe('mpf');
  });

  it('refuses a snapshot whose terms another analyzer version made', () => {
    const snapshot = retriever().snapshot();
    expect(() => LexicalRetriever.restore({ ...snapshot, analyzerVersion: snapshot.analyzerVersion - 1 })).toThrow(
      /analyzer version .* rebuild the index/,
    );
  });

  it('reports memory per entry', () => {
    const stats = retriever().stats();
    expect(stats.entries).toBe(entries.length);
    expect(stats.bytesPerEntry).toBeGreaterThan(100);
    expect(stats.bytes).toBeGreaterThan(stats.bytesPerEntry);
  });

  it('grows query time no worse than linearly with the corpus (wide margin)', () => {
    const build = (n: number): LexicalRetriever => {
      const r = new LexicalRetriever();
      r.upsert(
        Array.from({ length: n }, (_, i) => ({
          id: `e${i}`,
          question: `第${i}號 申請 表格 ${i % 97} 牌照`,
          answer: `答案 ${i}`,
        })),
      );
      return r;
    };
    const time = (r: LexicalRetriever): number => {
      for (let i = 0; i < 20; i++) r.search('申請牌照表格');
      const start = performance.now();
      for (let i = 0; i < 50; i++) r.search('申請牌照表格');
      return performance.now() - start;
    };
    const small = time(build(500));
    const large = time(build(5000));
    expect(large).toBeLessThan(small * 10 * 5 + 50);
  });
});
