/**
 * Explainable injection rules over normalised text (lower-case, de-obfuscated). Each rule adds its
 * weight to the classifier's log-odds and names itself in the verdict's reasons. Patterns cover
 * English, Traditional and Simplified Chinese and Cantonese; they are deliberately narrow (an
 * override verb *and* an instruction object), because citizens write "ignore" and 系統 too.
 */
export interface InjectionRule {
  id: string;
  /** Log-odds added when the rule matches. */
  weight: number;
  reason: string;
  pattern: RegExp;
}

const IGNORE_ZH =
  '(?:忽略|忽視|忽视|無視|无视|不要理|唔好理|唔使理|別理|别理|忘記|忘记|忘掉|拋開|抛开|放棄|放弃|覆寫|覆写|推翻|取消|停止遵守|不要遵守|不再遵守|唔好跟|唔使跟|唔好再跟)';
const PRIOR_ZH = '(?:之前|先前|以上|上面|上述|前面|頭先|头先|原本|原有|最初|所有|全部|一切|你的|你嘅)';
const RULES_ZH = '(?:指示|指令|規則|规则|設定|设定|要求|命令|提示|規定|规定|限制|約束|约束|政策|角色)';

export const INJECTION_RULES: readonly InjectionRule[] = [
  {
    id: 'override-previous-en',
    weight: 4,
    reason: 'asks to ignore or override earlier instructions',
    pattern:
      /\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|preceding|all|any|your|initial|original|system)\b[^.\n]{0,30}\b(?:instructions?|directives?|prompts?|rules|guidelines|context|commands?|orders|programming|constraints)\b/,
  },
  {
    id: 'override-previous-zh',
    weight: 4,
    reason: '要求忽略或推翻先前的指示 (asks to ignore earlier instructions)',
    pattern: new RegExp(
      `${IGNORE_ZH}.{0,12}${PRIOR_ZH}?.{0,8}${RULES_ZH}|${PRIOR_ZH}.{0,6}${RULES_ZH}.{0,6}(?:作廢|作废|失效|無效|无效)`,
    ),
  },
  {
    id: 'reveal-system-prompt',
    weight: 3.5,
    reason: 'asks for the system prompt or hidden instructions',
    pattern:
      /\b(?:reveal|print|show|output|repeat|display|tell me|leak|dump|what (?:is|are))\b[^.\n]{0,40}\b(?:system prompt|hidden (?:prompt|instructions?)|initial (?:prompt|instructions?)|your instructions|your (?:secret|password|key))|(?:告訴|告诉|輸出|输出|顯示|显示|講|讲|話俾|话俾|列出|重複|重复|複述|复述|打印|透露|洩露|泄露|貼出|贴出|dump|print|show).{0,16}(?:系統|系统)\s?(?:提示|訊息|讯息|prompt|設定|设定)|你(?:的|嘅)(?:系統|系统)\s?(?:提示|prompt|訊息|讯息)|(?:系統|系统)\s?(?:提示|prompt)(?:寫咗|写咗|寫了|写了|係|是)(?:乜|什麼|什么|甚麼)|(?:隱藏|隐藏)(?:的|嘅)?(?:指令|指示|提示)|(?:內部|内部)(?:指示|指令|設定|设定)|(?:初始|最初|最開頭|最开头)(?:收到)?(?:嘅|的)?(?:指令|指示|系統|系统)/,
  },
  {
    id: 'role-reassignment',
    weight: 2.5,
    reason: 'tries to give the assistant a new unrestricted role',
    pattern:
      /\b(?:you are now|from now on,? you|act as|pretend (?:to be|you are)|roleplay as|you will now)\b[^.\n]{0,60}\b(?:unrestricted|unfiltered|uncensored|no (?:rules|restrictions|limits|filters)|without (?:any )?(?:rules|restrictions|limits|filters)|jailbroken|evil|dan)\b|(?:從現在開始|从现在开始|由而家開始|由而家起|而家開始)你.{0,20}(?:不再|唔再|冇|沒有|没有|無|无|只聽|只听|淨係聽)|(?:沒有|没有|冇|無|无)(?:任何)?(?:限制|審查|审查|規矩|规矩|道德)|(?:由而家|從現在|从现在|今次).{0,8}(?:乜都|乜嘢都|什麼都|什么都|任何問題都|任何问题都)(?:答|做|講|讲|回答)/,
  },
  {
    id: 'jailbreak-persona',
    weight: 3,
    reason: 'uses a known jailbreak persona or mode (DAN, developer mode, jailbreak)',
    pattern:
      /\bdan\b[^.\n]{0,40}(?:do anything|now)|\bdo anything now\b|\bdeveloper mode\b|\bjailbr(?:eak|oken)\b|\bstay in character\b|\bgodmode\b|\banti-?dan\b|(?:開發者|开发者|管理員|管理员)模式|越獄|越狱/,
  },
  {
    id: 'disable-safety',
    weight: 2.5,
    reason: 'asks to switch off safety, privacy or content filters',
    pattern:
      /\b(?:disable|turn off|switch off|deactivate|bypass|remove)\b[^.\n]{0,30}\b(?:safety|filters?|guardrails?|content polic(?:y|ies)|moderation|privacy|restrictions|censorship)\b|(?:關閉|关闭|停用|關咗|关咗|跳過|跳过|繞過|绕过)(?:所有)?.{0,6}(?:安全|過濾|过滤|私隱|私隐|隐私|隱私|審查|审查)/,
  },
  {
    id: 'instructions-to-ai-in-content',
    weight: 3,
    reason: 'content addresses the AI directly (indirect injection)',
    pattern:
      /(?:note|message|instructions?) (?:to|for) (?:the )?(?:ai|assistant|llm|language model|chatbot|model)|\bif you are an? (?:ai|language model|llm|assistant)\b|(?:^|[\s([<!-])(?:ai|assistant|llm),? (?:please )?(?:ignore|disregard|tell|say|state|when)|(?:給|给|俾)(?:ai|人工智能|語言模型|语言模型|助手|機械人|机器人)(?:的|嘅)?(?:指示|指令|訊息|讯息|隱藏|隐藏)|(?:ai|人工智能|助手)(?:助手)?[：:，,]?\s?(?:請|请|唔該)?(?:忽略|注意|告訴|告诉|話俾|话俾)|如果你(?:係|是)(?:ai|人工智能|語言模型|语言模型)|(?:指示|指令|訊息|讯息)(?:俾|給|给)(?:ai|人工智能|語言模型|语言模型|助手)|(?:ai|助手|語言模型|语言模型|人工智能|模型).{0,6}(?:讀到|读到|看到|睇到|處理|处理|總結|总结|摘要).{0,12}(?:時|时|嘅時候|的時候|的时候)|(?:系統|系统)(?:注意|指令|通知)[：:]/,
  },
  {
    id: 'hidden-markup',
    weight: 1.5,
    reason: 'instructions hidden in markup (HTML comment or invisible element)',
    pattern:
      /<!--[^>]{0,400}(?:ignore|assistant|ai|指示|指令|助手)|display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*(?:white|#fff)/,
  },
  {
    id: 'exfiltration',
    weight: 2,
    reason: 'asks to send conversation or personal data somewhere else',
    pattern:
      /\b(?:send|forward|post|upload|exfiltrate|email)\b[^.\n]{0,40}\b(?:conversation|chat history|password|credentials|api key|personal data|user data)\b|(?:傳送|传送|發送|发送|send去|寄去|轉發|转发).{0,10}(?:對話|对话|密碼|密码|外部|網址|网址)/,
  },
];

export interface RuleHit {
  id: string;
  weight: number;
  reason: string;
}

/** The rules `text` (already normalised) matches. */
export function matchRules(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of INJECTION_RULES) {
    if (rule.pattern.test(text)) hits.push({ id: rule.id, weight: rule.weight, reason: rule.reason });
  }
  return hits;
}
