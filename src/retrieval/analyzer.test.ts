import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { toWrittenChinese } from './cantonese.ts';
import { normalizeText } from './normalize-text.ts';

const analyzer = createAnalyzer();

describe('normalizeText', () => {
  it('folds full-width letters, case and punctuation', () => {
    expect(normalizeText('ＨＫＩＤ　點樣申請？！')).toBe('hkid 點樣申請');
  });

  it('reads radicals and compatibility ideographs pasted from a PDF as the ideographs (⻑者 = 長者)', () => {
    expect(normalizeText('成\u2f08\u2f0a場費，\u2ed1者半價')).toBe('成人入場費 長者半價');
    expect(analyzer.analyze('\u2ed1者\uf914').terms).toEqual(analyzer.analyze('長者樂').terms);
  });
});

describe('toWrittenChinese', () => {
  it('rewrites Cantonese colloquial words as written Chinese, longest match first', () => {
    expect(toWrittenChinese('我唔見咗身份證點算')).toBe('我遺失身份證怎麼辦');
    expect(toWrittenChinese('佢哋喺邊度')).toBe('他們在哪裡');
  });

  it('reads an A-not-A question as asking whether A, and 淨係 / 仲 / 先 as 只 / 還 / 才', () => {
    expect(toWrittenChinese('報唔報到')).toBe('是否報到');
    expect(toWrittenChinese('係唔係')).toBe('是不是');
    expect(toWrittenChinese('淨係市民先可以')).toBe('只市民才可以');
    expect(toWrittenChinese('仲有冇位')).toBe('還有沒有位');
  });

  it('protects written words that contain a colloquial character', () => {
    expect(toWrittenChinese('仲裁')).toBe('仲裁');
    expect(toWrittenChinese('關係')).toBe('關係');
    expect(toWrittenChinese('係咪')).toBe('是否');
  });
});

describe('createAnalyzer', () => {
  it('treats 算係 and 幾多 as Cantonese even without a particle', () => {
    expect(analyzer.analyze('怎樣算係性騷擾').canonical).toBe('怎样算是性骚扰');
    expect(analyzer.analyze('最多資助幾多錢').language).toBe('yue');
  });

  it('indexes single characters unless told not to, and can skip jieba for bigrams only', () => {
    const full = analyzer.analyze('借人使用');
    expect(full.terms).toContain('#借');
    expect(full.terms).toContain('#借人');
    const bigrams = analyzer.analyze('狗隻牌照', { words: false, unigrams: false }).terms;
    expect(bigrams).toEqual(['#狗只', '#只牌', '#牌照']);
  });

  it('detects Cantonese, Traditional, Simplified, English and mixed text', () => {
    expect(analyzer.analyze('點樣申請狗牌？').language).toBe('yue');
    expect(analyzer.analyze('如何申請狗隻牌照？').language).toBe('zh-Hant');
    expect(analyzer.analyze('如何申请狗只牌照？').language).toBe('zh-Hans');
    expect(analyzer.analyze('How do I renew my passport?').language).toBe('en');
    expect(analyzer.analyze('點樣 renew 個 passport').language).toBe('mixed');
  });

  it('makes Traditional, Simplified and Hong Kong variants meet on one canonical form', () => {
    const traditional = analyzer.analyze('臺北市裡的申請表');
    const hongKong = analyzer.analyze('台北市裏的申請表');
    const simplified = analyzer.analyze('台北市里的申请表');
    expect(traditional.canonical).toBe(simplified.canonical);
    expect(hongKong.canonical).toBe(simplified.canonical);
    expect(traditional.terms).toEqual(simplified.terms);
  });

  it('maps Cantonese before converting script, so 係 becomes 是 and not 系', () => {
    expect(analyzer.analyze('係咪要交錢').canonical).toBe('是否要交钱');
    expect(analyzer.analyze('关系').canonical).toBe('关系');
  });

  it('maps Cantonese typed in Simplified characters too', () => {
    expect(analyzer.analyze('点样申请').language).toBe('yue');
    expect(analyzer.analyze('点样申请').canonical).toBe('怎样申请');
  });

  it('drops 誰 with the other question words: 應該聯絡邊個 asks whom, the answer does not say 誰', () => {
    const terms = analyzer.analyze('露宿者應該聯絡邊個').terms;
    expect(terms).not.toContain('谁');
    expect(terms).toContain('联络');
  });

  it('drops a classifier standing alone (張罰單, 架車), which Cantonese uses as "the", but not inside a word', () => {
    const terms = analyzer.analyze('張罰單轉咗俾真正揸車嗰個人').terms;
    expect(terms).not.toContain('张');
    expect(terms).not.toContain('#张罚');
    expect(terms).toContain('罚单');
    expect(analyzer.analyze('可以張貼海報嗎').terms).toContain('张贴');
  });

  it('drops how-long and what-time question words (幾耐, 幾點) like the other question words', () => {
    const terms = analyzer.analyze('佢哋幾耐之內要覆我？幾點可以去探視？').terms;
    expect(terms).not.toContain('多久');
    expect(terms).not.toContain('几点');
    expect(terms).toContain('探视');
  });

  it('adds the intent of a question word (點樣 and 如何 ask how), except in a passage, which does not ask', () => {
    expect(analyzer.analyze('點樣申請？').terms).toContain('?how');
    expect(analyzer.analyze('如何申請').terms).toContain('?how');
    expect(analyzer.analyze('幾耐先批？').terms).toContain('?when');
    expect(analyzer.analyze('如何申請', { unigrams: false, intents: false }).terms).not.toContain('?how');
    expect(analyzer.analyze('how? 如何').terms.filter((t) => t === '?how')).toHaveLength(1);
  });

  it('adds a yes/no intent (嗎, 是否, and an A-not-A question), which a how question does not have', () => {
    expect(analyzer.analyze('養狗需要領牌嗎？').terms).toContain('?whether');
    expect(analyzer.analyze('隻狗要唔要領牌？').terms).toContain('?whether');
    expect(analyzer.analyze('點樣申請狗牌？').terms).not.toContain('?whether');
  });

  it('does not cut 要領 (essentials) out of 要領牌, nor keep a word jieba glued to a stop word or classifier', () => {
    for (const question of ['隻狗要領牌嗎', '隻狗要唔要領牌？', '部車要續牌嗎']) {
      const { terms } = analyzer.analyze(question);
      expect(terms.some((term) => term === '领牌' || term === '续牌')).toBe(true);
      expect(terms).not.toContain('要领');
      expect(terms).not.toContain('#要领');
      expect(terms.filter((term) => !term.startsWith('#') && !term.startsWith('?'))).not.toContain('只狗要');
    }
    expect(analyzer.analyze('隻狗要領牌嗎').terms).toContain('狗');
    // Words of jieba's dictionary that start or end with such a character stay whole.
    expect(analyzer.analyze('只要帶身份證').terms).toContain('只要');
    expect(analyzer.analyze('還有冇位').terms).toContain('还有');
  });

  it('cuts an entry and a question alike: 幾大 kept, 要領 read as 要 + 領, 領狗牌 also 領牌', () => {
    const entry = analyzer.analyze('狗隻幾大要領狗牌？').terms;
    const question = analyzer.analyze('請問狗隻幾大要領牌？').terms;
    for (const terms of [entry, question]) {
      // 几大要 (jieba's HMM) loses the 要 glued to it, not 几大 with it.
      expect(terms).toContain('几大');
      expect(terms).toContain('狗');
      expect(terms).toContain('领牌');
      for (const accidental of ['要领', '#要领', '#大要', '大'])
        expect(terms, `${accidental} in ${terms.join(' ')}`).not.toContain(accidental);
    }
    expect(entry).toEqual(expect.arrayContaining(['领', '狗牌']));
    expect(analyzer.analyze('點樣續狗牌').terms).toContain('续牌');
    // Only a separable word of the list, and only before a word naming its object.
    expect(analyzer.analyze('領取牌照').terms).not.toContain('领牌');
  });

  it('drops 為 (for) like the other prepositions, leaving what it is for', () => {
    const { terms } = analyzer.analyze('如何為狗隻領牌？');
    expect(terms).not.toContain('为');
    expect(terms).not.toContain('#为狗');
    expect(terms).toContain('狗');
    expect(terms).toContain('领牌');
    expect(analyzer.analyze('為什麼要領牌').terms).toContain('?why');
  });

  it("reads 為甚麼 (Hong Kong's why) as asking why and 會否 as asking whether, both question words", () => {
    const why = analyzer.analyze('為甚麼要領狗牌？').terms;
    expect(why).toContain('?why');
    expect(why).not.toContain('?what');
    const whether = analyzer.analyze('晶片會否令狗隻不適？').terms;
    expect(whether).toContain('?whether');
    expect(whether).not.toContain('会否');
  });

  it('indexes jieba words and character bigrams but not stop words', () => {
    const { terms } = analyzer.analyze('請問如何申請低收入戶補助');
    expect(terms).toContain('申请');
    expect(terms).toContain('#收入');
    expect(terms).not.toContain('请问');
    expect(terms).not.toContain('#问如');
  });

  it('keeps unknown words (強積金) findable through bigrams', () => {
    const { terms } = analyzer.analyze('強積金');
    expect(terms).toEqual(expect.arrayContaining(['#强积', '#积金']));
  });

  it('stems English, drops stop words and adds word pairs for phrase matching', () => {
    const { terms, latinWords } = analyzer.analyze('How is the washing of hands done?');
    expect(terms).toEqual(['how', 'wash', '~how wash', 'hand', '~wash hand', 'done', '~hand done']);
    expect(latinWords).toContain('hands');
  });

  it('analyses mixed Chinese and English in one text', () => {
    const { terms } = analyzer.analyze('我想 renew 我嘅 passport');
    expect(terms).toEqual(expect.arrayContaining(['renew', 'passport']));
  });
});

describe('English terms', () => {
  it('splits a word glued to a number so covid19 meets covid-19, but keeps short codes such as n95', () => {
    expect(analyzer.analyze('covid19 symptoms').terms).toEqual(analyzer.analyze('COVID-19 symptoms').terms);
    expect(analyzer.analyze('n95 mask').terms).toContain('n95');
  });

  it('keeps question words that tell a definition from a procedure', () => {
    expect(analyzer.analyze('what is quarantine').terms).toContain('what');
    expect(analyzer.analyze('who is at risk').terms).toContain('who');
  });

  it('keeps auxiliaries and modals, which carry the form of the question, but drops forms of "be"', () => {
    expect(analyzer.analyze('should I get tested').terms).toContain('should');
    expect(analyzer.analyze('where did it come from').terms).toContain('did');
    expect(analyzer.analyze('do I have covid').terms).toEqual(expect.arrayContaining(['do', 'have']));
    expect(analyzer.analyze('is it contagious').terms).toEqual(['contagi']);
  });

  it('drops "mean"/"meaning", the scaffolding of a definition like "what is": X mean(s) asks what X is', () => {
    expect(analyzer.analyze('what does covid mean').terms).toEqual(analyzer.analyze('what does covid').terms);
    expect(analyzer.analyze('the meaning of quarantine').terms).toEqual(['quarantin']);
    expect(analyzer.analyze('what is meant by isolation').terms).toEqual(analyzer.analyze('what is isolation').terms);
  });

  it('reads "get" before a past participle as the passive "be" (get tested = be tested), and keeps it otherwise', () => {
    expect(analyzer.analyze('should I get tested').terms).toEqual(analyzer.analyze('should I be tested').terms);
    expect(analyzer.analyze('I got infected at work').terms).toEqual(analyzer.analyze('I was infected at work').terms);
    expect(analyzer.analyze('where can I get a test').terms).toContain('get');
    expect(analyzer.analyze('can I get it from animals').terms).toContain('get');
  });

  it('keeps "from", which asks about an origin ("where did it come from", "is it from bats")', () => {
    expect(analyzer.analyze('where did it come from').terms).toContain('from');
  });

  it('brings irregular verb forms to their base form before stemming (came meets come, caught meets catch)', () => {
    expect(analyzer.analyze('where it came from').terms).toEqual(analyzer.analyze('where it come from').terms);
    expect(analyzer.termOfWord('caught')).toBe(analyzer.termOfWord('catch'));
  });

  it('does not let use, used and using meet us (Porter stems all four to "us")', () => {
    expect(analyzer.termOfWord('used')).toBe('use');
    expect(analyzer.termOfWord('using')).toBe('use');
    expect(analyzer.termOfWord('us')).toBe('us');
  });

  it('spells out a negated contraction as "not", with or without the apostrophe', () => {
    expect(analyzer.analyze("I don't have symptoms").terms).toEqual(analyzer.analyze('I do not have symptoms').terms);
    expect(analyzer.analyze('it doesnt spread').terms).toEqual(analyzer.analyze('it does not spread').terms);
    expect(analyzer.analyze("I can't smell").terms).toEqual(analyzer.analyze('I can not smell').terms);
    expect(analyzer.analyze("won't it end").terms).toContain('not');
  });

  it('drops the fragments of "I\'m", "I\'ve", "we\'ll" instead of indexing "m", "ve", "ll"', () => {
    expect(analyzer.analyze("I'm sick, I've a cough, we'll stay").terms).toEqual(
      analyzer.analyze('I am sick, I have a cough, we will stay').terms,
    );
  });

  it('keeps a lone letter that is not a contraction (2 m apart, vitamin d)', () => {
    expect(analyzer.analyze('keep 2 m apart').terms).toContain('m');
    expect(analyzer.analyze('vitamin d').terms).toContain('d');
  });
});
