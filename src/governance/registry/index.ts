export {
  type AiApplication,
  type ApplicationFilter,
  type GoLiveCheck,
  createApplication,
  ensureBotApplication,
  findBotApplication,
  getApplication,
  listApplications,
  requestReuse,
  setApplicationRisk,
  setApplicationStatus,
  updateApplication,
} from './applications.ts';
export {
  type ApplicationPatch,
  type NewApplication,
  type ReuseRequest,
  applicationModelSchema,
  applicationPatchSchema,
  bilingualTextSchema,
  newApplicationSchema,
  reuseRequestSchema,
} from './application-input.ts';
export { STATUS_TRANSITIONS, canMoveStatus, transitionRefused } from './status-transitions.ts';
