import { hkidCheckDigit, type PiiType } from '../../src/guard/index.ts';

/**
 * A generated Hong Kong personal-data set (no public one exists): valid HKIDs in every written form,
 * HKIDs with a wrong check digit (must not be flagged), +852 and local phones, HKSAR passports,
 * Chinese and English addresses, names with titles, and harmless lines full of look-alike numbers.
 * Deterministic (seeded), so figures are comparable run to run.
 */
export interface HkLine {
  text: string;
  spans: { type: PiiType; value: string }[];
}

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function hkPiiSet(): HkLine[] {
  const r = rng(20260801);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const letter = () => String.fromCharCode(65 + Math.floor(r() * 26));
  const hkid = (valid: boolean) => {
    const body = `${r() < 0.15 ? letter() : ''}${letter()}${digits(6)}`;
    const check = hkidCheckDigit(body);
    const wrong = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A'].filter((c) => c !== check);
    const c = valid ? check : pick(wrong);
    return pick([`${body}(${c})`, `${body}${c}`, `${body} (${c})`, `${body}（${c}）`]);
  };
  const mobile = () => `${pick(['5', '6', '9'])}${digits(3)} ${digits(4)}`;
  const fixed = () => `${pick(['2', '3'])}${digits(3)} ${digits(4)}`;
  const lines: HkLine[] = [];
  for (let i = 0; i < 40; i++) {
    const id = hkid(true);
    lines.push(
      pick([
        { text: `我的身份證號碼係${id}，唔該幫我查下申請進度。`, spans: [{ type: 'HKID', value: id }] },
        { text: `HKID: ${id}`, spans: [{ type: 'HKID', value: id }] },
        { text: `申請人身份證 ${id} 已核實`, spans: [{ type: 'HKID', value: id }] },
        { text: `Please update the record for ${id} today.`, spans: [{ type: 'HKID', value: id }] },
      ]),
    );
  }
  for (let i = 0; i < 20; i++) {
    const bad = hkid(false);
    lines.push({
      text: pick([`參考編號 ${bad}，請保留。`, `Ref no. ${bad} was received.`, `檔案 ${bad} 已存檔`]),
      spans: [],
    });
  }
  for (let i = 0; i < 25; i++) {
    const m = mobile();
    const f = fixed();
    lines.push(
      pick([
        {
          text: `請致電 ${m} 聯絡陳先生`,
          spans: [
            { type: 'PHONE', value: m },
            { type: 'PERSON', value: '陳' },
          ],
        },
        { text: `My mobile is +852 ${m}.`, spans: [{ type: 'PHONE', value: `+852 ${m}` }] },
        { text: `辦事處電話：${f}`, spans: [{ type: 'PHONE', value: f }] },
        { text: `Call us at (852) ${f} on weekdays.`, spans: [{ type: 'PHONE', value: `(852) ${f}` }] },
      ]),
    );
  }
  for (let i = 0; i < 15; i++) {
    const p = `${pick(['H', 'K'])}${digits(8)}`;
    lines.push(
      pick([
        { text: `特區護照號碼 ${p}，到期日為2030年。`, spans: [{ type: 'PASSPORT', value: p }] },
        { text: `Passport No.: ${p}`, spans: [{ type: 'PASSPORT', value: p }] },
      ]),
    );
  }
  const streetsZh = ['彌敦道', '皇后大道中', '軒尼詩道', '青山公路', '大埔道', '英皇道'];
  const districtsZh = ['旺角', '中環', '灣仔', '荃灣', '沙田', '北角'];
  const streetsEn = ['Nathan Road', "Queen's Road Central", 'Hennessy Road', 'Castle Peak Road', 'King\u2019s Road'];
  const districtsEn = ['Mong Kok', 'Central', 'Wan Chai', 'Tsuen Wan', 'North Point'];
  for (let i = 0; i < 20; i++) {
    const zh = `香港${pick(districtsZh)}${pick(streetsZh)}${1 + Math.floor(r() * 300)}號${1 + Math.floor(r() * 30)}樓${letter()}室`;
    const en = `Flat ${letter()}, ${1 + Math.floor(r() * 30)}/F, ${1 + Math.floor(r() * 300)} ${pick(streetsEn)}, ${pick(districtsEn)}`;
    lines.push(
      pick([
        { text: `通訊地址：${zh}`, spans: [{ type: 'ADDRESS', value: zh }] },
        { text: `Correspondence address: ${en}.`, spans: [{ type: 'ADDRESS', value: en }] },
      ]),
    );
  }
  for (let i = 0; i < 10; i++) {
    const e = `${pick(['chan', 'wong', 'lee', 'cheung'])}.${digits(3)}@${pick(['gmail.com', 'yahoo.com.hk', 'netvigator.com'])}`;
    lines.push({ text: `電郵 ${e} 已登記`, spans: [{ type: 'EMAIL', value: e }] });
  }
  // Issue 14 item 4: names a citizen gives after 我係 / 我叫 / 本人, names before a title, HKID beside a name,
  // and addresses that start with an estate or building name.
  const namesZh = [
    '陳大文',
    '李美玲',
    '黃志偉',
    '張家明',
    '何詠詩',
    '歐陽志偉',
    '梁少芬',
    '林嘉欣',
    '吳國強',
    '鄭秀英',
  ];
  const namesEn = ['Chan Tai Man', 'Wong Siu Ming', 'Lee Ka Yan', 'Cheung Wai Kit'];
  for (let i = 0; i < 20; i++) {
    const n = pick(namesZh);
    const m = mobile();
    const id = hkid(true);
    const en = pick(namesEn);
    lines.push(
      pick([
        { text: `我叫${n}，想查詢申請進度。`, spans: [{ type: 'PERSON', value: n }] },
        { text: `本人${n}，現申請續期。`, spans: [{ type: 'PERSON', value: n }] },
        {
          text: `我係${n}，電話 ${m}`,
          spans: [
            { type: 'PERSON', value: n },
            { type: 'PHONE', value: m },
          ],
        },
        { text: `姓名：${n}${pick(['先生', '小姐', '女士'])}`, spans: [{ type: 'PERSON', value: n }] },
        {
          text: `${pick(['Mr', 'Ms'])} ${en} HKID ${id}`,
          spans: [
            { type: 'PERSON', value: en },
            { type: 'HKID', value: id },
          ],
        },
      ]),
    );
  }
  const estates = [
    ['九龍灣', '德福花園'],
    ['觀塘', '麗港城'],
    ['將軍澳', '新都城'],
    ['沙田', '第一城'],
    ['荔枝角', '美孚新邨'],
    ['屯門', '兆康苑'],
    ['將軍澳', '尚德邨'],
    ['荃灣', '愉景新城'],
  ] as const;
  for (let i = 0; i < 15; i++) {
    const [district, estate] = pick(estates);
    const flat = `${1 + Math.floor(r() * 12)} 座 ${1 + Math.floor(r() * 30)} 樓 ${letter()} 室`;
    const address = `${district}${estate} ${flat}`;
    lines.push(
      pick([
        { text: `住址：${address}`, spans: [{ type: 'ADDRESS', value: address }] },
        { text: `我住喺${address}，有包裹請送上嚟。`, spans: [{ type: 'ADDRESS', value: address }] },
        { text: `我住${estate}，想問附近有冇診所。`, spans: [{ type: 'ADDRESS', value: estate }] },
      ]),
    );
  }
  const harmless = [
    '訂單編號 12345678 已確認，運費 HK$35。',
    '第 2023/24 年度預算案撥款 123,456,789 元。',
    'The form ID 936 must be returned by 31/12/2025.',
    '請於 2025年3月1日 前遞交表格 SF(ER)18。',
    'Bus route 1823 does not exist; call 1823 for enquiries.',
    '本港人口約 7,500,000 人，面積 1,106 平方公里。',
    'Invoice INV-2024-000123 total 4,560.00',
    '請攜帶 2 張相片及 1 份住址證明。',
    'Version 3.14.159 was released on 2024-05-06.',
    'Room booking ref AB123456 for 20 people.',
    // 我係 / 我叫 / 本人 before an ordinary word, and HKID as a word: no name.
    '我係市民，想查詢公屋申請進度。',
    '我係學生，想問學生車船津貼幾時截止？',
    '我係想問下續領身份證要帶咩文件。',
    '本人同意上述條款及細則。',
    '本人曾於2020年申請綜援，而家想再申請。',
    '我係黃大仙區居民，想反映噪音問題。',
    '我係高中學生，想報名暑期活動。',
    '我叫咗佢哋幫手搬屋。',
    'Please bring your HKID card and proof of address.',
  ];
  for (const text of harmless) lines.push({ text, spans: [] });
  return lines;
}
