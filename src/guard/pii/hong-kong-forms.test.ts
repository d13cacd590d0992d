import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';

/** Hong Kong forms of personal data the detectors used to miss or cut wrongly (issue 14, item 4). */
const types = (text: string) => detectPii(text).map((f) => `${f.type}:${f.value}`);
const people = (text: string) => types(text).filter((t) => t.startsWith('PERSON:'));

describe('a name a citizen gives after 我係, 我叫 or 本人', () => {
  it('finds the name and only the name', () => {
    expect(types('我叫陳大文，想查詢申請進度')).toEqual(['PERSON:陳大文']);
    expect(types('本人李美玲')).toEqual(['PERSON:李美玲']);
    expect(types('我係黃志偉，電話 9123 4567')).toEqual(['PERSON:黃志偉', 'PHONE:9123 4567']);
    expect(people('我叫做陳大文')).toEqual(['PERSON:陳大文']);
    expect(people('我係 歐陽志偉，想問下')).toEqual(['PERSON:歐陽志偉']);
    expect(people('本人陳大文謹此聲明')).toEqual(['PERSON:陳大文']);
    expect(people('我叫陳文想查詢續期')).toEqual(['PERSON:陳文']);
    expect(people('我是王小明，住在沙田')).toEqual(['PERSON:王小明']);
  });
  it('takes no name when an ordinary word follows the cue', () => {
    for (const text of [
      '我係市民，想查詢公屋申請進度。',
      '我係學生，想問學生車船津貼幾時截止？',
      '我係想問下續領身份證要帶咩文件。',
      '我係住喺沙田嘅',
      '我係要申請',
      '本人同意上述條款及細則。',
      '本人曾於2020年申請綜援，而家想再申請。',
      '我係黃大仙區居民，想反映噪音問題。',
      '我係馬鞍山居民，附近有冇街市？',
      '我係高中學生，想報名。',
      '我係高中生',
      '我係區議員',
      '我係康文署職員，想問場地借用。',
      '我係林業署職員',
      '我叫咗佢哋幫手搬屋。',
      '我叫你哋經理出嚟',
      '我係鍾意呢個新計劃。',
      '我是日本人',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

describe('titles are no part of a Chinese name', () => {
  it('ends the name before 先生, 小姐, 女士, 太太, 生 or 姑娘', () => {
    expect(types('黃志偉先生')).toEqual(['PERSON:黃志偉']);
    expect(people('我叫黃志偉先生')).toEqual(['PERSON:黃志偉']);
    expect(people('姓名：黃志偉先生')).toEqual(['PERSON:黃志偉']);
    expect(people('聯絡人：陳美玲女士')).toEqual(['PERSON:陳美玲']);
    expect(people('聯絡人：熊小姐')).toEqual(['PERSON:熊']);
    expect(people('歐陽志偉先生')).toEqual(['PERSON:歐陽志偉']);
    expect(people('我係陳小姐')).toEqual(['PERSON:陳']);
    expect(people('我係陳太，想問')).toEqual(['PERSON:陳']);
    expect(people('我係李生')).toEqual(['PERSON:李']);
    expect(people('請搵張姑娘')).toEqual(['PERSON:張']);
  });
});

describe('HKID, ID and 身份證 are never a person', () => {
  it('ends a name before the word HKID or ID', () => {
    expect(types('Mr Chan HKID A123456(3)')).toEqual(['PERSON:Chan', 'HKID:A123456(3)']);
    expect(types('Mr. Wong ID A123456(3)')).toEqual(['PERSON:Wong', 'HKID:A123456(3)']);
    expect(types('Applicant: Chan Tai Man HKID A123456(3)')).toEqual(['PERSON:Chan Tai Man', 'HKID:A123456(3)']);
    expect(types('My name is Chan Tai Man HKID A123456(3)')).toEqual(['PERSON:Chan Tai Man', 'HKID:A123456(3)']);
    expect(types('Ms Lee Id A123456(3)')).toEqual(['PERSON:Lee', 'HKID:A123456(3)']);
  });
  it('takes no word HKID, ID or 身份證 into any name', () => {
    for (const text of [
      'Mr Chan HKID',
      'Name: HKID',
      'Dear ID holder',
      'HKID Chan Tai Man',
      'hi hkid, my name is id',
      '我叫身份證',
      '本人身份證遺失，點算？',
      '姓名：身份證號碼',
      'Chan and ID',
      'Regards,\nHKID',
    ]) {
      for (const p of people(text)) expect(p, text).not.toMatch(/hkid|\bid\b|身份證/i);
    }
  });
});

describe('estate and building names belong to the address', () => {
  it('keeps the estate, the building and the district in one address', () => {
    expect(types('九龍灣德福花園 12 座 3 樓 A 室')).toEqual(['ADDRESS:九龍灣德福花園 12 座 3 樓 A 室']);
    expect(types('九龍灣 德福花園 12座 3樓 A室')).toEqual(['ADDRESS:九龍灣 德福花園 12座 3樓 A室']);
    expect(types('請寄往九龍灣德福花園 12 座 3 樓 A 室')).toEqual(['ADDRESS:九龍灣德福花園 12 座 3 樓 A 室']);
    expect(types('住喺將軍澳新都城 2 期 3 座 10 樓')).toEqual(['ADDRESS:將軍澳新都城 2 期 3 座 10 樓']);
    expect(types('住址係沙田第一城 5 座 10 樓 B 室')).toEqual(['ADDRESS:沙田第一城 5 座 10 樓 B 室']);
    expect(types('我住黃大仙下邨龍昌樓 5 樓 12 室')).toEqual(['ADDRESS:黃大仙下邨龍昌樓 5 樓 12 室']);
    expect(types('將軍澳尚德邨尚智樓 1203 室')).toEqual(['ADDRESS:將軍澳尚德邨尚智樓 1203 室']);
    expect(types('我住德福花園')).toEqual(['ADDRESS:德福花園']);
  });
  it('keeps a street named after a place and the 中 of 皇后大道中 in the address', () => {
    expect(types('通訊地址：香港旺角大埔道59號14樓M室')).toEqual(['ADDRESS:香港旺角大埔道59號14樓M室']);
    expect(types('通訊地址：香港灣仔皇后大道中104號26樓N室')).toEqual(['ADDRESS:香港灣仔皇后大道中104號26樓N室']);
    expect(types('喺馬路中間唔好停車')).toEqual([]);
  });
  it('does not read ordinary words ending in 城 or 樓 as a building', () => {
    for (const text of [
      '我想去長城旅行',
      '城市規劃好重要',
      '佢哋上咗樓',
      '全城都識佢',
      '我住得好遠',
      '新城電台 3 點新聞',
      '酒樓 3 點開門',
    ]) {
      expect(types(text), text).toEqual([]);
    }
  });
});
