import { defineMessages } from '../i18n/index.ts';

/**
 * The words for a guard policy's stages, checks and actions, one catalogue for every page that
 * shows or edits a policy (the guard page, the bot editor), so that they name them alike.
 */
export const guardPolicyMessages = defineMessages(
  {
    gridCaption: 'Guard checks by stage',
    gridCheck: 'Check',
    cellLabel: '{check}, {stage}',
    stageInput: 'Question (input)',
    stageContext: 'Retrieved passages (context)',
    stageOutput: 'Answer (output)',
    checkPii: 'Personal data',
    checkInjection: 'Prompt injection',
    checkUrls: 'Unsafe links',
    checkGrounding: 'Grounding in sources',
    actionBlock: 'Block',
    actionMask: 'Mask',
    actionPseudonymise: 'Pseudonymise',
    actionDrop: 'Drop',
    actionWarn: 'Warn',
    actionLog: 'Log only',
  },
  {
    gridCaption: '各階段的防護檢查',
    gridCheck: '檢查',
    cellLabel: '{check}，{stage}',
    stageInput: '提問（輸入）',
    stageContext: '檢索段落（內容）',
    stageOutput: '回答（輸出）',
    checkPii: '個人資料',
    checkInjection: '提示注入',
    checkUrls: '不安全連結',
    checkGrounding: '以來源為根據',
    actionBlock: '攔截',
    actionMask: '遮蔽',
    actionPseudonymise: '假名化',
    actionDrop: '刪除',
    actionWarn: '警告',
    actionLog: '只作記錄',
  },
);

type Key = keyof (typeof guardPolicyMessages)['en'];

export const STAGE_LABEL: Record<'input' | 'context' | 'output', Key> = {
  input: 'stageInput',
  context: 'stageContext',
  output: 'stageOutput',
};
export const CHECK_LABEL: Record<'pii' | 'injection' | 'urls' | 'grounding', Key> = {
  pii: 'checkPii',
  injection: 'checkInjection',
  urls: 'checkUrls',
  grounding: 'checkGrounding',
};
export const ACTION_LABEL: Record<string, Key> = {
  block: 'actionBlock',
  mask: 'actionMask',
  pseudonymise: 'actionPseudonymise',
  drop: 'actionDrop',
  warn: 'actionWarn',
  log: 'actionLog',
};
