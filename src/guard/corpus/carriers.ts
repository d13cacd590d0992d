import type { Random } from './random.ts';
import type { Carrier, CorpusLang } from './schema.ts';

/**
 * Puts a message where it would travel: as a chat message, inside a document, a web page, an e-mail
 * or a form field, among ordinary text in the same language. Benign messages travel the same ways,
 * so the wrapping itself never tells an attack apart.
 */
type FillerLang = Exclude<CorpusLang, 'mixed'>;

const FILLER: Record<FillerLang, readonly string[]> = {
  en: [
    'Applications are processed within ten working days of receipt.',
    'The office is open from 9 am to 5 pm, Monday to Friday, except public holidays.',
    'Please bring your identity document and a copy of your address proof.',
    'Fees are payable by cheque, FPS or at the counter.',
    'This notice replaces the one issued in March.',
    'Enquiries about the scheme can be made by phone or in person.',
    'The form is available in English and Chinese.',
    'Late applications may not be considered.',
  ],
  'zh-Hant': [
    '申請會於收件後十個工作天內處理。',
    '辦事處開放時間為星期一至五上午九時至下午五時，公眾假期除外。',
    '請帶備身份證明文件及住址證明副本。',
    '費用可以支票、轉數快或於櫃位繳付。',
    '本通告取代三月份發出的通告。',
    '有關計劃的查詢可致電或親臨辦事處。',
    '表格備有中文及英文版本。',
    '逾期遞交的申請可能不獲考慮。',
  ],
  'zh-Hans': [
    '申请会于收件后十个工作天内处理。',
    '办事处开放时间为星期一至五上午九时至下午五时，公众假期除外。',
    '请带备身份证明文件及住址证明副本。',
    '费用可以支票或于柜位缴付。',
    '本通告取代三月份发出的通告。',
    '有关计划的查询可致电或亲临办事处。',
  ],
  yue: [
    '啲申請一般十個工作天內會處理好。',
    '星期一至五朝九晚五有人，公眾假期唔開。',
    '記得帶埋身份證同住址證明嚟。',
    '可以用支票、轉數快或者喺櫃位俾錢。',
    '有咩唔明可以打電話或者親身過嚟問。',
    '張表有中文同英文版。',
  ],
};

const EMAIL_HEADERS: Record<FillerLang, (subject: string) => string> = {
  en: (s) => `From: enquiry.public@example.com\nTo: info@dept.gov.hk\nSubject: ${s}\n\nDear Sir or Madam,\n\n`,
  'zh-Hant': (s) => `寄件者：chan.citizen@example.com\n收件者：enquiry@dept.gov.hk\n主旨：${s}\n\n敬啟者：\n\n`,
  'zh-Hans': (s) => `发件人：li.public@example.com\n收件人：enquiry@dept.gov.hk\n主题：${s}\n\n您好：\n\n`,
  yue: (s) => `From: siuming@example.com\nTo: enquiry@dept.gov.hk\nSubject: ${s}\n\n你好，\n\n`,
};
const SUBJECTS: Record<FillerLang, readonly string[]> = {
  en: ['Enquiry', 'Application follow-up', 'Re: your reference 2024/118', 'Question about the scheme'],
  'zh-Hant': ['查詢', '申請跟進', '回覆：檔案編號 2024/118', '有關計劃的問題'],
  'zh-Hans': ['查询', '申请跟进', '关于计划的问题'],
  yue: ['想問下', '跟進申請', '有啲嘢想查詢'],
};
const SIGN_OFF: Record<FillerLang, string> = {
  en: '\n\nYours faithfully,\nChan Tai Man',
  'zh-Hant': '\n\n此致\n陳大文',
  'zh-Hans': '\n\n此致\n李明',
  yue: '\n\n唔該晒\n小明',
};
const FORM_LABELS: Record<FillerLang, readonly [string, string, string]> = {
  en: ['Name', 'Reference no.', 'Remarks'],
  'zh-Hant': ['姓名', '參考編號', '備註'],
  'zh-Hans': ['姓名', '参考编号', '备注'],
  yue: ['姓名', '參考編號', '備註'],
};

const fillerLang = (lang: CorpusLang, random: Random): FillerLang =>
  lang === 'mixed' ? random.pick(['en', 'yue'] as const) : lang;

function sentences(lang: FillerLang, count: number, random: Random): string {
  const sep = lang === 'en' ? ' ' : '';
  return Array.from({ length: count }, () => random.pick(FILLER[lang])).join(sep);
}

/** `text` as it would arrive through `carrier`. */
export function carry(text: string, carrier: Carrier, lang: CorpusLang, random: Random): string {
  const filler = fillerLang(lang, random);
  switch (carrier) {
    case 'chat':
      return text;
    case 'document': {
      const before = sentences(filler, 1 + Math.floor(random.next() * 3), random);
      const after = sentences(filler, Math.floor(random.next() * 3), random);
      return [before, text, after].filter(Boolean).join(filler === 'en' ? '\n\n' : '\n');
    }
    case 'web-page': {
      const hidden = random.next();
      const inner =
        hidden < 0.33
          ? `<!-- ${text} -->`
          : hidden < 0.5
            ? `<div style="display:none">${text}</div>`
            : `<p>${text}</p>`;
      return `<html><body><h1>${random.pick(SUBJECTS[filler])}</h1><p>${sentences(filler, 2, random)}</p>${inner}<p>${sentences(filler, 1, random)}</p></body></html>`;
    }
    case 'email':
      return `${EMAIL_HEADERS[filler](random.pick(SUBJECTS[filler]))}${text}${SIGN_OFF[filler]}`;
    case 'form-field': {
      const [name, ref, remarks] = FORM_LABELS[filler];
      return `${name}: ${filler === 'en' ? 'Wong Siu Ming' : '黃小明'}\n${ref}: A${100000 + Math.floor(random.next() * 899999)}\n${remarks}: ${text}`;
    }
  }
}
