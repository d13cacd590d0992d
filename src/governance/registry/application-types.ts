import type { AiApplicationType } from '../../store/index.ts';

/**
 * How each type of application is named in both languages, with the words people search the
 * catalogue by (indexed as the entry's keywords, so "排班" finds a rostering system registered
 * in English).
 */
export const APPLICATION_TYPE_LABELS: Readonly<
  Record<AiApplicationType, { en: string; zhHant: string; keywords: readonly string[] }>
> = {
  lionrock_bot: {
    en: 'LionRock bot',
    zhHant: 'LionRock 機械人',
    keywords: ['chatbot', 'bot', 'virtual assistant', 'enquiry', '聊天機械人', '機械人', '查詢', '問答'],
  },
  document_assistant: {
    en: 'Document assistant',
    zhHant: '文件助理',
    keywords: ['document', 'drafting', 'summary', '文件', '草擬', '摘要'],
  },
  ocr: {
    en: 'Optical character recognition (OCR)',
    zhHant: '光學字元辨識',
    keywords: ['ocr', 'scan', 'text recognition', '文字辨識', '掃描', '光學字元識別'],
  },
  predictive_analytics: {
    en: 'Predictive analytics',
    zhHant: '預測分析',
    keywords: ['prediction', 'forecast', 'analytics', '預測', '分析'],
  },
  scheduling: {
    en: 'Scheduling',
    zhHant: '編排',
    keywords: ['scheduling', 'rostering', 'roster', 'timetable', '排班', '編更', '編排', '時間表'],
  },
  image_analysis: {
    en: 'Image analysis',
    zhHant: '影像分析',
    keywords: ['image', 'photo', 'video', 'recognition', '影像', '圖像', '相片', '識別'],
  },
  other: { en: 'Other', zhHant: '其他', keywords: [] },
};
