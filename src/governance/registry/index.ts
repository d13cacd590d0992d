export {
  type AiApplication,
  type ApplicationFilter,
  type GoLiveCheck,
  createApplication,
  ensureBotApplication,
  findBotApplication,
  getApplication,
  listApplications,
  registerBotApplications,
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
export { APPLICATION_TYPE_LABELS } from './application-types.ts';
export { type CatalogueEntry, catalogueEntryOf, getCatalogueEntry } from './catalogue-entry.ts';
export { CatalogueIndex, type CatalogueHit, type CatalogueQuery } from './catalogue-index.ts';
export { type CatalogueGovernance, catalogueGovernance } from './catalogue-governance.ts';
