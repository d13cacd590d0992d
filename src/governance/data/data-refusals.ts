import { RECORD_NAMES, type RecordName } from '../../core/index.ts';
import type { LocalizedText } from '../assessment/index.ts';
import { changedMeanwhileIssueIn, LocalizedRefusal } from '../workflow/index.ts';

const refusal = (
  code: LocalizedRefusal['code'],
  text: LocalizedText,
  field: string,
  issueCode: string,
  message: LocalizedText,
) => new LocalizedRefusal(code, text, [{ field, code: issueCode, message }]);

/** 404 naming the field: a dataset, application, source or consent the caller's department cannot see. */
export function notFoundIn(field: string, what: LocalizedText): LocalizedRefusal {
  return refusal('not_found', { en: `${what.en} not found`, zhHant: `找不到${what.zhHant}` }, field, 'not_found', {
    en: `does not name a ${what.en.toLowerCase()} of your department`,
    zhHant: `並非你部門的${what.zhHant}`,
  });
}

/** A record by its name in both languages, as every other 404 names it (core's RECORD_NAMES). */
const named = (record: RecordName): LocalizedText => ({ en: record, zhHant: RECORD_NAMES[record] });
export const DATASET = named('Dataset');
export const APPLICATION = named('Application');
export const SOURCE = named('Knowledge source');
export const CONSENT = named('Consent');
export const REQUEST = named('Consent request');
export const DEPARTMENT = named('Department');

/** 409: a dataset name already used in the department. */
export function duplicateDataset(name: string): LocalizedRefusal {
  return refusal(
    'conflict',
    { en: `The department already has a dataset named ${name}`, zhHant: `部門已有名為 ${name} 的數據集` },
    'body.name',
    'duplicate',
    { en: 'is already used in your department', zhHant: '已在你的部門使用' },
  );
}

/** 400: personal-data kinds without the personal-data flag, or the flag without kinds. */
export function personalDataKindsMismatch(): LocalizedRefusal {
  return refusal(
    'validation_failed',
    {
      en: 'Personal-data kinds go with the personal-data flag: name the kinds when it is set, none when it is not',
      zhHant: '個人資料類別須與「含個人資料」一致：已標示時須列出類別，未標示時不得列出',
    },
    'body.personalDataKinds',
    'personal_data_kinds',
    {
      en: 'must list the kinds when personalData is true, and be empty when it is false',
      zhHant: 'personalData 為 true 時須列出類別，為 false 時須留空',
    },
  );
}

/** 400: a link to another department's non-public dataset without the purpose a consent must name. */
export function purposeRequired(): LocalizedRefusal {
  return refusal(
    'validation_failed',
    {
      en: "Using another department's dataset needs the purpose its consent names",
      zhHant: '使用其他部門的數據集須註明同意所載的目的',
    },
    'body.purpose',
    'purpose_required',
    { en: "is required for another department's non-public dataset", zhHant: '使用其他部門的非公開數據集時必須填寫' },
  );
}

/** 400: a consent or request between a department and itself. */
export function sameDepartment(field: string): LocalizedRefusal {
  return refusal(
    'validation_failed',
    {
      en: 'A data exchange is between two departments: the provider and the consumer differ',
      zhHant: '數據交換須在兩個部門之間進行：提供者與使用者不得相同',
    },
    field,
    'same_department',
    { en: 'names the same department on both sides', zhHant: '兩方為同一部門' },
  );
}

/** 409: deciding a request that is no longer pending. */
export function requestDecided(status: string): LocalizedRefusal {
  return refusal(
    'conflict',
    {
      en: `The consent request is already ${status}`,
      zhHant: `此同意申請已${status === 'approved' ? '批准' : '拒絕'}`,
    },
    'status',
    'request_decided',
    { en: `is ${status}, must be pending`, zhHant: '須為待決狀態' },
  );
}

/** 403: only the providing department decides a request or revokes a consent. */
export function notProvider(field: string): LocalizedRefusal {
  return refusal(
    'forbidden',
    {
      en: 'Only the providing department decides on its data',
      zhHant: '只有提供數據的部門可就其數據作出決定',
    },
    field,
    'not_provider',
    { en: 'your department is not the provider', zhHant: '你的部門並非數據提供者' },
  );
}

/** 409: revoking a consent already revoked. */
export function alreadyRevoked(id: string): LocalizedRefusal {
  return refusal(
    'conflict',
    { en: `Consent ${id} is already revoked`, zhHant: `同意 ${id} 已被撤回` },
    'params.id',
    'already_revoked',
    { en: 'is already revoked', zhHant: '已被撤回' },
  );
}

/** Why a use of consented data is refused: no consent at all, or each one found revoked / expired / not yet granted. */
export type ConsentRefusalReason = 'none' | 'revoked' | 'expired' | 'not_yet_granted';

/**
 * 403 naming the consent (or `consent` when there is none): a use of consented data without a live
 * consent. Every such refusal is audited by `assertConsent` before it is thrown.
 */
export function noLiveConsent(reason: ConsentRefusalReason, consentId: string | null): LocalizedRefusal {
  const name = consentId ?? '';
  const words: Record<ConsentRefusalReason, LocalizedText> = {
    none: {
      en: 'No consent covers this use of the data (provider, consumer, scope and purpose)',
      zhHant: '沒有任何同意涵蓋此數據用途（提供者、使用者、範圍及目的）',
    },
    revoked: {
      en: `Consent ${name} was revoked: the data may not be used`,
      zhHant: `同意 ${name} 已被撤回：不得使用該數據`,
    },
    expired: {
      en: `Consent ${name} has expired: the data may not be used`,
      zhHant: `同意 ${name} 已屆滿：不得使用該數據`,
    },
    not_yet_granted: {
      en: `Consent ${name} is not yet in force`,
      zhHant: `同意 ${name} 尚未生效`,
    },
  };
  return refusal('forbidden', words[reason], consentId ? `consent.${consentId}` : 'consent', `consent_${reason}`, {
    en: reason === 'none' ? 'no consent found' : `is ${reason.replaceAll('_', ' ')}`,
    zhHant: { none: '找不到同意', revoked: '已撤回', expired: '已屆滿', not_yet_granted: '尚未生效' }[reason],
  });
}

/** 409: fields someone else changed after the editor read them, to something other than this change's value. */
export function datasetChangedMeanwhile(fields: readonly string[]): LocalizedRefusal {
  return new LocalizedRefusal(
    'conflict',
    {
      en: `Someone else changed ${fields.join(', ')} after you opened the dataset: nothing was saved`,
      zhHant: `你開啟數據集後，其他人已更改 ${fields.join('、')}：未有儲存任何內容`,
    },
    fields.map((field) => changedMeanwhileIssueIn(`body.${field}`)),
  );
}
