import { type Detector, finding, type PiiFinding, scanRegex } from './detector.ts';

/**
 * Names of people, only where the text says a name follows or precedes: 姓名：陳大文, 陳先生,
 * 李小姐, Mr Chan Tai-man, applicant Wong Siu Ming, "my name is Amy Lee". Names without such a cue
 * are not guessed: a guard that masks every capitalised word ruins harmless text.
 */
const SURNAMES =
  '陳李張黃何林吳劉鄭梁謝羅郭曾周葉蔡馮許鄧蕭彭潘朱袁余麥盧胡關歐楊王趙孫馬高簡伍莫區譚程江廖魏石韋施方鍾陸郝霍衞衛顏温温溫嚴尹湯龍姚孔康賴丘邱杜戴田金范歐陽司徒諸葛陈张黄刘郑罗郭叶冯许邓萧冯卢关欧杨赵孙马谭锺陆颜严汤龙';
const ZH_LABEL =
  /(?:姓名|名字|申請人|申请人|聯絡人|联络人|收件人|我叫|我個名叫|我的名字是|本人)\s*[:：]?\s*([\u4e00-\u9fff]{2,4})/g;
const ZH_TITLE = new RegExp(
  `([${SURNAMES}][\\u4e00-\\u9fff]{0,2}?)(?:先生|小姐|女士|太太|生|姑娘|博士|醫生|医生|議員|议员)`,
  'g',
);
const NAME = String.raw`[A-Z][a-zà-öø-ÿ'’]+(?:[- ][A-Z][a-zà-öø-ÿ'’]+){0,3}(?:\s[A-Z]\.?(?:\s[A-Z][a-zà-öø-ÿ'’]+)?)?`;
const EN_TITLE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof)\.?\s+(${NAME})`, 'g');
const EN_LABEL = new RegExp(
  String.raw`\b(?:[Nn]ame(?: is|:)|[Aa]pplicant(?: name)?:?|[Cc]ontact person:?|[Ii] am|I'm|[Cc]alled|[Ss]igned(?: by)?:?|[Dd]ear)\s+(${NAME})`,
  'g',
);
/** Capitalised words that follow the cues but are not names. */
const NOT_NAMES =
  /^(?:The|This|That|Not|Here|There|Sir|Madam|Hong|Kong|Government|Department|Please|Yes|No|A|An|Mr|Ms|Dr)$/;

function group1(text: string, m: RegExpExecArray, confidence: number, reason: string): PiiFinding | null {
  const name = m[1];
  if (!name) return null;
  const first = name.split(/\s/)[0] ?? '';
  if (NOT_NAMES.test(first) || /身份|證|证|電話|电话|地址|號碼|号码|資料|资料|編號|编号|申請|申请/.test(name))
    return null;
  const start = m.index + m[0].lastIndexOf(name);
  return finding('PERSON', text, start, start + name.length, confidence, reason);
}

export const personDetector: Detector = {
  type: 'PERSON',
  detect(text) {
    return [
      ...scanRegex(text, ZH_LABEL, (m) => group1(text, m, 0.9, 'name after a label such as 姓名')),
      ...scanRegex(text, ZH_TITLE, (m) => {
        const f = group1(text, m, 0.8, 'surname before a title such as 先生/小姐');
        return f && f.value.length >= 1 ? f : null;
      }),
      ...scanRegex(text, EN_TITLE, (m) => group1(text, m, 0.85, 'name after a title such as Mr/Ms')),
      ...scanRegex(text, EN_LABEL, (m) => group1(text, m, 0.75, 'name after a cue such as "name is" or applicant')),
    ];
  },
};
