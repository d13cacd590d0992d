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
    id: 'persistent-output-rule',
    weight: 2.5,
    reason: 'sets a standing rule for every later answer (append a link, a number, a fixed reply)',
    pattern: new RegExp(
      [
        String.raw`\b(?:from now on|henceforth|for all future|in (?:all|every) (?:future )?(?:answers?|repl(?:y|ies)|responses?)|always)\b[^.\n]{0,60}\b(?:end|append|add|include|finish|close|sign off|start|begin|reply with|respond with|answer with|say)\b`,
        String.raw`\b(?:every|each|all (?:your|future))\s+(?:answer|reply|response|message)s?\b[^.\n]{0,40}\b(?:must|should|has to|have to|will)?\s*(?:end|start|begin|include|contain|finish|close)\b`,
        String.raw`\b(?:whatever|no matter what|regardless of what)\b[^.\n]{0,40}\b(?:ask|asks|says|question)\b[^.\n]{0,30}\b(?:reply|answer|respond|say)\b[^.\n]{0,10}\b(?:only|just|with)\b`,
        String.raw`\b(?:stop|don't|do not|never)\s+(?:reading|using|checking|looking (?:at|in))\s+(?:the\s+)?(?:knowledge base|documents|sources|faq)`,
        `(?:以後|以后|今後|今后|之後|之后|由而家|從現在|从现在|從今|从今|每次|每個|每个|所有|任何).{0,16}(?:回答|答案|回覆|回复|答完|答覆|回應|回应).{0,16}(?:加上|加埋|加入|附上|結尾|结尾|最尾|最後|最后|都要|必須|必须|一律|開頭|开头)`,
        `(?:無論|无论|不管|不論|不论|唔理|唔管|咩問題|乜問題|什麼問題|什么问题).{0,20}(?:都|一律|一概).{0,6}(?:淨係|净系|只|就|直接).{0,4}(?:答|回覆|回复|回答|講|讲|說|说)`,
        `(?:唔使|不用|不要|唔好|停止|別|别).{0,4}(?:再)?(?:查|睇|讀|读|參考|参考|用).{0,4}(?:知識庫|知识库|資料庫|数据库|文件)`,
      ].join('|'),
    ),
  },
  {
    id: 'other-users-data',
    weight: 2.5,
    reason: "asks for other users' conversations, records or personal data",
    pattern: new RegExp(
      [
        String.raw`\b(?:other (?:users?|people|citizens|customers|applicants)|(?:the )?(?:previous|last|prior|earlier) (?:users?|persons?|people|callers?|customers?)|someone else|everyone|all (?:users|applicants|citizens))(?:'s?|s')?\b[^.\n]{0,40}\b(?:conversations?|chats?|questions?|messages?|records?|data|details|addresses|phone numbers|hkids?|id numbers|applications?|files?|histor(?:y|ies)|asked|said)`,
        String.raw`\b(?:list|show|give|dump|export|print|tell)\b[^.\n]{0,30}\b(?:every|all|each)\b[^.\n]{0,20}\b(?:hkids?|id numbers|phone numbers|addresses|records|conversations|applicants)\b`,
        `(?:其他用戶|其他用户|其他人|其他市民|其他申請人|其他申请人|別人|别人|他人|人哋|上一個|上一个|上個|上一位|前一個|前一个|前面嗰個|前面那個|所有用戶|所有用户|全部人|每個人|每个人).{0,16}(?:對話|对话|問咗|问了|問過|问过|問了|紀錄|记录|記錄|資料|资料|地址|電話|电话|身份證|身份证|個案|个案|申請|申请|檔案|档案|講咗|说了|講過)`,
      ].join('|'),
    ),
  },
  {
    id: 'claimed-authority',
    weight: 2,
    reason: 'claims an authority that unlocks the assistant or switches its rules off',
    pattern: new RegExp(
      [
        String.raw`\b(?:administrator|admin|developer|supervisor|operator|it department|security team|engineer|management|your (?:creators?|owners?))\b[^.\n]{0,50}\b(?:unlocked|authori[sz]ed|granted|approved|disabled|lifted|enabled|cleared|turned off|switched off|suspended|overridden)\b`,
        String.raw`\b(?:safety|filters?|guardrails?|restrictions|rules|moderation|policies)\b[^.\n]{0,20}\b(?:are|have been|were|is)\s+(?:now\s+)?(?:off|disabled|lifted|suspended|removed|turned off|switched off)\b`,
        String.raw`\b(?:maintenance|debug|test(?:ing)?|admin|god|sudo|root) mode\b[^.\n]{0,40}\b(?:enabled|activated|on|authori[sz]ed|unlocked)\b|\bclearance level\b|\bauth(?:ori[sz]ation)? code\b`,
        `(?:管理員|管理员|開發者|开发者|主管|上司|技術部|技术部|資訊科|信息科|工程師|工程师|總監|总监|負責人|负责人|高層|高层|manager|admin).{0,24}(?:已經|已经|已|經已|经已)?.{0,6}(?:解鎖|解锁|授權|授权|批准|豁免|開放|开放|關閉|关闭|停用|解除|approve)`,
        `(?:安全|過濾|过滤|保安|審查|审查|限制|規則|规则).{0,10}(?:已經|已经|已|暫時|暂时)?.{0,4}(?:關閉|关闭|停用|解除|關咗|关咗|取消).{0,16}(?:測試|测试|維護|维护|調試|调试)?`,
        `(?:維護模式|维护模式|測試模式|测试模式|調試模式|调试模式|管理模式|最高權限|最高权限|權限等級|权限等级)`,
      ].join('|'),
    ),
  },
  {
    id: 'wrapper-then-obey',
    weight: 2.5,
    reason: 'asks to translate or decode a text and then carry it out',
    pattern: new RegExp(
      [
        String.raw`\b(?:translate|decode|decrypt|decipher|reverse|unscramble|join|combine|read)\b[^\n]{0,60}\b(?:then|and)\b[^.\n]{0,20}\b(?:do|follow|obey|execute|carry out|act on|run|comply with|perform)\b`,
        String.raw`\b(?:do|follow|obey|execute|carry out|act on)\b[^.\n]{0,20}\b(?:what it says|the (?:decoded|translated|hidden|resulting) (?:text|instructions?|message|command))`,
        `(?:翻譯|翻译|譯|译|解碼|解码|解密|解咗|解開|解开|倒轉|倒转|拼|砌|連起來|连起来|合埋|讀|读).{0,30}(?:之後|之后|然後|然后|跟住|再|後|后|就|完).{0,12}(?:照做|執行|执行|照住|照着|照著|遵從|遵从|去做|照辦|照办|跟住做|做)`,
        `(?:照做|照住做|執行|执行).{0,6}(?:以下|下面|呢段|這段|这段).{0,12}(?:編碼|编码|密文|base64|摩斯|密碼|密码)`,
      ].join('|'),
    ),
  },
  {
    id: 'role-tag-spoofing',
    weight: 2.5,
    reason: 'forges a conversation role or delimiter (system / assistant turn, end of context)',
    pattern: new RegExp(
      [
        String.raw`<\|(?:im_start|im_end|system|endoftext|assistant|user)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|instructions?|context|admin)>`,
        String.raw`(?:^|\n)\s*(?:#{2,}|\*\*|\[|【)?\s*(?:system|sys|admin|developer)\s*(?:message|prompt|note|override|update|instruction)?\s*(?:\]|】|\*\*)?\s*[:：]`,
        String.raw`"role"\s*:\s*"(?:system|developer)"`,
        String.raw`(?:^|\n)\s*(?:assistant|ai|bot|助理|助手)\s*[:：]\s*(?:sure|ok|okay|of course|here is|here are|好的|當然|当然|以下是|冇問題|没问题)`,
        `(?:^|\n)\\s*(?:【|\\[)?\\s*(?:系統|系统)(?:訊息|讯息|消息|通知|指令|提示)?\\s*(?:】|\\])?\\s*[:：]`,
      ].join('|'),
    ),
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
