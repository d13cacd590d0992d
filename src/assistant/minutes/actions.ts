/** An action someone took on: who, what (the sentence as recorded), and by when. */
export interface ActionCue {
  /** The person or body named; the speaker for I / we; null when the sentence does not say. */
  owner: string | null;
  action: string;
}

const VERBS =
  'follow(?:\\s+|-)up|circulate|prepare|send|draft|report(?:\\s+back)?|check|contact|arrange|review|update|write|provide|look\\s+into|find\\s+out|confirm|share|submit|organi[sz]e|set\\s+up|schedule|book|call|e-?mail|get\\s+back|investigate|present|bring|produce|finali[sz]e|work\\s+on|come\\s+back|distribute|consult|revise|take\\s+(?:forward|care)|liaise|coordinate|ensure|complete|deliver|post|publish|issue|reply|respond|approach|write\\s+to|invite|compile|collect|sort\\s+out|handle|chase|table|put\\s+together|advertise|recruit|inform|notify|ask|meet|speak\\s+to|talk\\s+to|look\\s+at|fix|test|order|pay|sign|return|upload|record|monitor|follow\\s+through|tell|visit|chair|lead|run|plan|design|assess|evaluate|brief|raise|seek|obtain|request|propose|amend';
/** `Mary will circulate…`, `I'll follow up…`, `The secretariat is going to…`, minutes style `John to draft…`. */
const ENGLISH_ACTION = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|so|then)\\s+)([Tt]he\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?|(?:the\\s+)?[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}|I|we|We|you|You|he|He|she|She|they|They)\\s+(?:(?:will|shall|'ll|is\\s+going\\s+to|are\\s+going\\s+to|am\\s+going\\s+to|agreed\\s+to|undertook\\s+to|offered\\s+to|has\\s+to|needs?\\s+to|to)\\s+)(?:also\\s+|then\\s+|please\\s+)?(?:${VERBS})\\b`,
  'u',
);
/** `Action: …`, `Action item – …`, `AP: …`. */
const ACTION_LABEL = /^(?:action(?:\s+item)?|action\s+point|AP|follow[- ]up)\s*[:：–-]\s*(.+)$/iu;
/** `Mary, can you send…` / `Could you please check…` (a request taken on). */
const REQUEST = new RegExp(
  `^(?:([A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)?),\\s+)?(?:can|could|would)\\s+you\\s+(?:please\\s+)?(?:${VERBS})\\b`,
  'u',
);
const STANDALONE_FOLLOW_UP = /\b(?:will|to|shall|'ll)\s+follow(?:\s+|-)up\b/iu;

const ZH_VERBS =
  '跟進|跟进|準備|准备|提交|安排|聯絡|联络|聯繫|联系|草擬|草拟|發出|发出|派發|派发|整理|檢討|检讨|研究|提供|匯報|汇报|報告|报告|處理|处理|落實|落实|審閱|审阅|更新|撰寫|撰写|完成|交|寄|發|发|通知|約|约|回覆|回复|修改|核實|核实|搞掂|執|执|諗|想辦法|想办法|預備|预备|傾|谈|談';
/** `由秘書處負責`, `由陳先生跟進`. */
const ZH_BY = /由(\p{Script=Han}{1,8}?|[A-Za-z][\w .'-]{0,30}?)(?:負責|负责|跟進|跟进|處理|处理|準備|准备)/u;
/** `請李委員跟進`, `麻煩陳小姐準備`. */
const ZH_PLEASE = new RegExp(
  `(?:請|请|麻煩|麻烦|唔該|唔该)(\\p{Script=Han}{1,6}?|[A-Za-z][\\w .'-]{0,30}?)(?=於|于|在|喺|盡快|尽快|儘快|${ZH_VERBS}).{0,14}?(?:${ZH_VERBS})`,
  'u',
);
/** `秘書處會在下星期五前提交`, `我們會跟進`, `陳先生負責聯絡`. */
const ZH_WILL = new RegExp(
  `(\\p{Script=Han}{1,8}?|[A-Za-z][\\w.'-]*(?:\\s[A-Za-z][\\w.'-]*)?)\\s*(?:會|会|將|将|負責|负责|要|承諾|承诺|答應|答应)(?:盡快|尽快|儘快|稍後|稍后|再|先|去|在.{1,12}?前|於.{1,12}?前|于.{1,12}?前|喺.{1,12}?前)?(?:去)?(?:${ZH_VERBS})`,
  'u',
);
const ZH_FOLLOW_UP = /(?:跟進|跟进|負責|负责)/u;

const FIRST_PERSON = /^(?:I|we|我|我們|我们|我哋|本人)$/iu;
/** Words before the owner that are not part of a name (Chinese has no spaces to stop at). */
const ZH_LEADING =
  /^(?:.*[，,。；;：:])?(?:而且|另外|然後|然后|所以|因此|之後|之后|跟住|接着|接著|最後|最后|並且|并且|同時|同时|就|都|亦|也|而|及|和|再|但|那麼|那么|好|咁|噉)*/u;

function ownerFrom(subject: string, speaker: string | null): string | null {
  const name = subject.trim().replace(/^the\s+/iu, 'the ');
  if (FIRST_PERSON.test(name)) return speaker;
  if (/^(?:you|he|she|they|你|妳|你們|你们|他|她|他們|他们|佢|佢哋|大家)$/iu.test(name)) return null;
  return name;
}

/** Reporting verbs before the owner (主席表示陳先生會跟進): the owner follows them. */
const ZH_REPORTING = /^.*?(?:表示|說|说|話|话|指出|認為|认为|建議|建议|希望|要求|提出|同意|決定|决定|議決|议决)/u;

function zhSubject(raw: string): string {
  const stripped = raw.replace(ZH_REPORTING, '').replace(ZH_LEADING, '');
  return stripped === '' ? raw : stripped;
}

/**
 * Reads an action item from a sentence by cue phrases, English and Chinese (and Cantonese once
 * rewritten): who will do what. Questions are not actions, except a request ("Mary, can you …?").
 *
 * @example findAction('Mary will circulate the paper by Friday.', 'Chair') // { owner: 'Mary', action: 'Mary will circulate the paper by Friday.' }
 */
export function findAction(sentence: string, speaker: string | null): ActionCue | null {
  const text = sentence.trim();
  const labelled = ACTION_LABEL.exec(text);
  if (labelled) {
    const body = (labelled[1] ?? '').trim();
    const inner = findAction(body, speaker);
    return { owner: inner?.owner ?? null, action: body };
  }
  const request = REQUEST.exec(text);
  if (request) return { owner: request[1] ?? null, action: text };
  if (/[?？]$/u.test(text)) return null;
  if (/\b(?:would|could|might|if)\b/iu.test(text.split(/\s+/u).slice(0, 3).join(' ')) && !/\bwill\b/iu.test(text))
    return null;
  const english = ENGLISH_ACTION.exec(text);
  if (english) return { owner: ownerFrom(english[1] ?? '', speaker), action: text };
  if (STANDALONE_FOLLOW_UP.test(text)) return { owner: speaker, action: text };
  const by = ZH_BY.exec(text);
  if (by) return { owner: ownerFrom(by[1] ?? '', speaker), action: text };
  const please = ZH_PLEASE.exec(text);
  if (please) return { owner: ownerFrom(zhSubject(please[1] ?? ''), speaker), action: text };
  const will = ZH_WILL.exec(text);
  if (will) return { owner: ownerFrom(zhSubject(will[1] ?? ''), speaker), action: text };
  if (ZH_FOLLOW_UP.test(text)) return { owner: speaker, action: text };
  return null;
}
