import type { ServiceContext } from '../../access/index.ts';
import { CLI_PRINCIPAL } from '../../access/index.ts';
import {
  type AiApplication,
  completeDeploymentReview,
  createApplication,
  deploymentAnswers,
  goLiveCheck,
  type ReviewParticipants,
  setApplicationStatus,
} from '../../governance/index.ts';
import type { Store } from '../../store/index.ts';

const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'fixture-live' };

/**
 * An external application (OCR, no personal data) of a department, owned by `people.owner`, with a
 * complete deployment-stage assessment endorsed by the owner and the assurance reviewer, moved to
 * `live` through the go-live gate (`stop` leaves it at an earlier status). External applications
 * need no evaluation runs, so this is the cheapest live application a test can have.
 */
export async function liveApplication(
  db: Store['db'],
  departmentId: string,
  people: ReviewParticipants,
  options: { stop?: 'draft' | 'testing'; name?: { en: string; zhHant: string } } = {},
): Promise<AiApplication> {
  let application = await createApplication(db, cli, {
    ownerId: people.owner.id,
    departmentId,
    type: 'ocr',
    name: options.name ?? { en: 'Form OCR', zhHant: '表格文字辨識' },
    purpose: { en: 'Reads paper forms into the case system', zhHant: '把紙本表格讀入個案系統' },
    publicFacing: false,
    generative: false,
    personalData: false,
    dataSources: ['Scanned application forms'],
  });
  if (options.stop === 'draft') return application;
  await completeDeploymentReview(
    db,
    application.id,
    deploymentAnswers({ personalData: false }),
    people,
    'fixture-live',
  );
  const owner: ServiceContext = { principal: people.owner, requestId: 'fixture-live' };
  const path =
    options.stop === 'testing' ? ['in_review', 'approved', 'testing'] : ['in_review', 'approved', 'testing', 'live'];
  for (const status of path) {
    application = await setApplicationStatus(db, owner, application.id, status as AiApplication['status'], {
      goLiveCheck,
    });
  }
  return application;
}
