/** A sentence an officer reads, in English and Traditional Chinese. */
export interface Note {
  en: string;
  zh: string;
}

/** What each task's result says about how it was made and what needs a model. */
export const NOTES = {
  extractiveSummary: {
    en: 'Extractive summary without a model: every key point is a sentence quoted from the document, with its page and section. A summary in its own words needs a model through the gateway (name one in "model").',
    zh: '未使用模型的摘錄式摘要：每個要點均引自原文，並註明頁數及章節。以自己的文字撰寫摘要須經閘道使用模型（請在 "model" 指定）。',
  },
  generativeSummary: {
    en: 'Summary written by the model named, through the gateway. Every sentence was checked against the sentences it cites; a sentence they do not support is marked supported: false, not removed.',
    zh: '由指定模型經閘道撰寫的摘要。每句均已對照其引用的原句核實；未獲原文支持的句子標示為 supported: false，並未刪去。',
  },
  extractiveCombine: {
    en: 'Combined brief without a model: where the documents agree and where they differ (only in one, or other figures), each point quoted and cited. A brief in its own words needs a model through the gateway (name one in "model").',
    zh: '未使用模型的綜合摘要：列出各文件一致及不同之處（只見於一份文件，或數字不同），每點均引自原文並註明出處。以自己的文字撰寫須經閘道使用模型（請在 "model" 指定）。',
  },
  generativeCombine: {
    en: 'Brief written by the model named, through the gateway, over the documents’ key sentences; where they agree and differ is worked out without a model and kept beside it as the evidence, each point cited. Every sentence of the brief was checked against the sentences it cites; one they do not support is marked supported: false, not removed.',
    zh: '由指定模型經閘道根據各文件的重點句子撰寫的綜合摘要；各文件一致及不同之處不經模型找出，並列於旁作為依據，每點均註明出處。摘要每句均已對照其引用的原句核實；未獲原文支持的句子標示為 supported: false，並未刪去。',
  },
  minutes: {
    en: 'Rule-based minutes without a model: attendees, items, decisions and actions read from the transcript; Cantonese lines rewritten into formal written Chinese by table. Minutes in a model’s own words need a model through the gateway (name one in "model").',
    zh: '未使用模型、按規則擬備的會議紀錄：出席者、議程、決定及跟進事項均取自會議文本；粵語按對照表改寫為書面語。以模型撰寫會議紀錄須經閘道使用模型（請在 "model" 指定）。',
  },
  generativeMinutes: {
    en: 'Minutes with each item’s discussion summarised by the model named, through the gateway, in formal written language (one call per item); attendees, items, decisions and actions read from the transcript by rule. Every summary sentence was checked against the transcript lines it cites; one they do not support is marked supported: false, not removed.',
    zh: '由指定模型經閘道以書面語撰寫各議程的討論摘要（每項一次呼叫）的會議紀錄；出席者、議程、決定及跟進事項按規則取自會議文本。摘要每句均已對照其引用的會議文本核實；未獲原文支持的句子標示為 supported: false，並未刪去。',
  },
  rewrite: {
    en: 'Cantonese rewritten into formal written Chinese without a model (word for word, by table); written Chinese and English lines are left as they are. Reordering sentences needs a model, which this task does not use yet.',
    zh: '未使用模型，按對照表逐字將粵語改寫為書面語；書面中文及英文句子保持不變。調整語序須使用模型，此任務暫未支援。',
  },
  modelNotUsed: {
    en: 'The model named ({model}) was not called: this task has no generative path yet.',
    zh: '未有呼叫指定的模型（{model}）：此任務暫未有生成式處理。',
  },
} as const satisfies Record<string, Note>;
