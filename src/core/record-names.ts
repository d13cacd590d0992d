/**
 * The records a refusal may name ("Bot not found"), with their Traditional Chinese names: a name
 * missing here does not compile, so every 404 reads in both languages.
 */
export const RECORD_NAMES = {
  'API key': 'API 金鑰',
  Application: '人工智能應用',
  'Application or bot': '人工智能應用或機械人',
  Assessment: '評估',
  'Blocked domain': '封鎖清單上的網域',
  Bot: '機械人',
  Consent: '同意',
  'Consent request': '同意申請',
  Dataset: '數據集',
  Department: '部門',
  Document: '文件',
  Draft: '草稿',
  'Evaluation run': '評測',
  'Handoff case': '轉介個案',
  Incident: '事故',
  Job: '工作',
  'Knowledge entry': '知識條目',
  'Knowledge source': '知識來源',
  'Knowledge version': '知識版本',
  Provider: '模型供應商',
  Quota: '配額',
  Template: '範本',
  'Transparency notice': '透明度聲明',
  User: '使用者',
} as const satisfies Record<string, string>;

export type RecordName = keyof typeof RECORD_NAMES;
