import type { LocalizedText } from '../assessment/index.ts';
import { LocalizedRefusal } from './assessment-sets.ts';
import type { DecisionRefusal, EndorserCapacity } from './endorsement-rules.ts';

/** A capacity in words, in both languages. */
export const CAPACITY_NAMES: Record<EndorserCapacity, LocalizedText> = {
  project_owner: { en: 'project owner', zhHant: '項目負責人' },
  assurance_reviewer: { en: 'assurance reviewer', zhHant: '項目保證審核人員' },
  it_board: { en: 'IT board / CIO', zhHant: '資訊科技委員會／資訊科技總監' },
};

const refusal = (
  code: LocalizedRefusal['code'],
  text: LocalizedText,
  field: string,
  issueCode: string,
  message: LocalizedText,
) => new LocalizedRefusal(code, text, [{ field, code: issueCode, message }]);

/**
 * Why the caller may not endorse or return, in both languages: 403 for their own work or a
 * capacity they do not hold; 409 when the round already has what they would give.
 */
export function refusalError(refused: DecisionRefusal): LocalizedRefusal {
  switch (refused.code) {
    case 'own_work':
      return refusal(
        'forbidden',
        {
          en: 'Nobody endorses their own work: you prepared or submitted this assessment, so others must endorse or return it',
          zhHant: '任何人不得為自己的工作背書：你曾編寫或提交此評估，須由其他人背書或退回',
        },
        'assessment',
        'own_work',
        {
          en: 'you prepared or submitted this assessment; someone else must endorse it',
          zhHant: '你曾編寫或提交此評估，須由其他人背書',
        },
      );
    case 'no_capacity': {
      const named = refused.capacity === null ? null : CAPACITY_NAMES[refused.capacity];
      return refusal(
        'forbidden',
        named
          ? {
              en: `You cannot act as ${named.en} for this application`,
              zhHant: `你不能以${named.zhHant}身分處理此應用`,
            }
          : {
              en: "You are not this application's project owner, an assurance reviewer or on the IT board / CIO",
              zhHant: '你並非此應用的項目負責人、項目保證審核人員或資訊科技委員會／資訊科技總監',
            },
        named ? 'body.capacity' : 'assessment',
        'no_capacity',
        named
          ? { en: `you do not hold the ${named.en} capacity here`, zhHant: `你在此並無${named.zhHant}身分` }
          : { en: 'you hold no endorsing capacity for this application', zhHant: '你對此應用沒有背書身分' },
      );
    }
    case 'ambiguous_capacity': {
      const held = refused.held.map((c) => CAPACITY_NAMES[c]);
      return refusal(
        'validation_failed',
        {
          en: 'You hold several capacities here: name the one you act in',
          zhHant: '你在此有多於一個身分，請註明以哪個身分處理',
        },
        'body.capacity',
        'ambiguous_capacity',
        {
          en: `is required: you may act as ${held.map((h) => h.en).join(' or ')}`,
          zhHant: `必須填寫：你可以${held.map((h) => h.zhHant).join('或')}身分處理`,
        },
      );
    }
    case 'second_capacity': {
      const given = CAPACITY_NAMES[refused.given];
      return refusal(
        'conflict',
        {
          en: `You already acted on this assessment as ${given.en}: one person gives one capacity`,
          zhHant: `你已以${given.zhHant}身分處理此評估：每人只可以一個身分處理`,
        },
        'assessment',
        'second_capacity',
        { en: `you already acted as ${given.en}`, zhHant: `你已以${given.zhHant}身分處理` },
      );
    }
    case 'capacity_given': {
      const named = CAPACITY_NAMES[refused.capacity];
      return refusal(
        'conflict',
        {
          en: `The ${named.en} has already acted on this round of the assessment`,
          zhHant: `${named.zhHant}已就此輪評估作出決定`,
        },
        'body.capacity',
        'capacity_given',
        { en: `${named.en} has already acted`, zhHant: `${named.zhHant}已作出決定` },
      );
    }
    case 'capacity_not_required': {
      const named = CAPACITY_NAMES[refused.capacity];
      return refusal(
        'conflict',
        {
          en: `This assessment does not need the ${named.en}'s endorsement`,
          zhHant: `此評估毋須${named.zhHant}背書`,
        },
        'body.capacity',
        'capacity_not_required',
        { en: 'is not needed for this assessment', zhHant: '此評估毋須此身分' },
      );
    }
  }
}

const STATUS_WORDS: Record<string, LocalizedText> = {
  draft: { en: 'a draft', zhHant: '草稿' },
  in_review: { en: 'in review', zhHant: '審核中' },
  complete: { en: 'complete', zhHant: '已完成' },
};

/** 409: the assessment is not in the status the step needs. */
export function wrongStatus(status: string, step: LocalizedText, needed: string): LocalizedRefusal {
  const is = STATUS_WORDS[status] ?? { en: status, zhHant: status };
  const need = STATUS_WORDS[needed] ?? { en: needed, zhHant: needed };
  return refusal(
    'conflict',
    {
      en: `The assessment is ${is.en}; only when ${need.en} can it be ${step.en}`,
      zhHant: `此評估現為${is.zhHant}；只有${need.zhHant}的評估才可${step.zhHant}`,
    },
    'assessment',
    'assessment_status',
    { en: `is ${is.en}, not ${need.en}`, zhHant: `現為${is.zhHant}，並非${need.zhHant}` },
  );
}

/** 409: a stage has one open (draft or in review) assessment at a time. */
export function stageOpen(stage: string, id: string): LocalizedRefusal {
  return refusal(
    'conflict',
    {
      en: `The ${stage} stage already has an open assessment (${id})`,
      zhHant: `${stage} 階段已有一份未完成的評估（${id}）`,
    },
    'body.stage',
    'stage_open',
    { en: `already has an open assessment (${id})`, zhHant: `已有一份未完成的評估（${id}）` },
  );
}
