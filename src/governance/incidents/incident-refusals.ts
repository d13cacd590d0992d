import type { IncidentStatus, IncidentStep } from '../../store/index.ts';
import type { LocalizedText } from '../assessment/index.ts';
import { LocalizedRefusal } from '../workflow/index.ts';

/** The PCPD response steps in words. */
export const STEP_NAMES: Record<IncidentStep, LocalizedText> = {
  define: { en: 'define', zhHant: '界定' },
  monitor: { en: 'monitor', zhHant: '監察' },
  report: { en: 'report', zhHant: '報告' },
  contain: { en: 'contain', zhHant: '遏止' },
  investigate: { en: 'investigate', zhHant: '調查' },
  recover: { en: 'recover', zhHant: '復原' },
};

export const STATUS_NAMES: Record<IncidentStatus, LocalizedText> = {
  draft: { en: 'draft', zhHant: '草擬' },
  open: { en: 'open', zhHant: '處理中' },
  closed: { en: 'closed', zhHant: '已結束' },
  dismissed: { en: 'dismissed', zhHant: '已撤銷' },
};

const refusal = (
  code: LocalizedRefusal['code'],
  text: LocalizedText,
  field: string,
  issueCode: string,
  message: LocalizedText,
) => new LocalizedRefusal(code, text, [{ field, code: issueCode, message }]);

/** 409: the incident is not in a status that allows the action. */
export function wrongStatus(status: IncidentStatus, needed: IncidentStatus): LocalizedRefusal {
  return refusal(
    'conflict',
    {
      en: `The incident is ${STATUS_NAMES[status].en}; this needs it ${STATUS_NAMES[needed].en}`,
      zhHant: `此事故的狀態為「${STATUS_NAMES[status].zhHant}」；此操作須在「${STATUS_NAMES[needed].zhHant}」狀態下進行`,
    },
    'status',
    'incident_status',
    {
      en: `is ${STATUS_NAMES[status].en}, must be ${STATUS_NAMES[needed].en}`,
      zhHant: `為「${STATUS_NAMES[status].zhHant}」，須為「${STATUS_NAMES[needed].zhHant}」`,
    },
  );
}

/** 409: closing before the recovery step. */
export function notRecovered(step: IncidentStep): LocalizedRefusal {
  return refusal(
    'conflict',
    {
      en: `An incident closes after its recovery: it is at the ${STEP_NAMES[step].en} step`,
      zhHant: `事故須完成復原步驟方可結束：現處於「${STEP_NAMES[step].zhHant}」步驟`,
    },
    'step',
    'not_recovered',
    {
      en: `is ${STEP_NAMES[step].en}; record the recover step on the timeline first`,
      zhHant: `為「${STEP_NAMES[step].zhHant}」；請先在時間線記錄「復原」步驟`,
    },
  );
}

/** 403: the closer is not an assurance reviewer. */
export function notReviewer(): LocalizedRefusal {
  return refusal(
    'forbidden',
    {
      en: 'Closing an incident needs an assurance reviewer',
      zhHant: '結束事故須由項目保證審核人員處理',
    },
    'reviewer',
    'not_reviewer',
    { en: 'you are not an assurance reviewer', zhHant: '你並非項目保證審核人員' },
  );
}

/** 403: the reporter closing their own incident. */
export function ownIncident(): LocalizedRefusal {
  return refusal(
    'forbidden',
    {
      en: 'Nobody closes an incident they reported: another person must review and close it',
      zhHant: '任何人不得結束自己報告的事故：須由另一人審閱並結束',
    },
    'reviewer',
    'own_incident',
    { en: 'you reported this incident', zhHant: '此事故由你報告' },
  );
}

/** 404 naming the field: an application the caller cannot see (or none). */
export function unknownApplication(index: number): LocalizedRefusal {
  return refusal(
    'not_found',
    { en: 'Application not found', zhHant: '找不到人工智能應用' },
    `body.applicationIds.${index}`,
    'unknown_application',
    {
      en: 'does not name an application of your department',
      zhHant: '並非你部門的人工智能應用',
    },
  );
}

/** 400: applications of several departments in one incident. */
export function severalDepartments(): LocalizedRefusal {
  return refusal(
    'validation_failed',
    {
      en: 'An incident concerns the applications of one department',
      zhHant: '一宗事故只可涉及同一部門的應用',
    },
    'body.applicationIds',
    'several_departments',
    { en: 'name applications of one department', zhHant: '請列出同一部門的應用' },
  );
}
