/**
 * Data governance (issue #18): the departmental data catalogue (datasets with owner,
 * classification, personal data, retention, lineage, and the applications and knowledge sources
 * using each) and the consented data exchange between departments (consents, requests and
 * approvals, and `assertConsent`, which every use of consented data calls).
 */
export {
  type Dataset,
  type DatasetInput,
  type DatasetRecord,
  type UsedDataset,
  datasetsUsedBy,
  applicationDatasets,
  createDataset,
  datasetOfSource,
  getDataset,
  linkKnowledgeSource,
  listDatasets,
  updateDataset,
} from './datasets.ts';
export { type ExchangeParty, exchangeDirectory } from './exchange-directory.ts';
export {
  type Consent,
  type ConsentRequest,
  type ConsentTerms,
  type ConsentUse,
  type NewConsent,
  type ConsentVerdict,
  CONSENT_CHECKER,
  assertConsent,
  checkConsent,
  peekConsent,
  decideConsentRequest,
  getConsent,
  getConsentRequest,
  grantConsent,
  listConsentRequests,
  listConsents,
  requestConsent,
  revokeConsent,
} from './consents.ts';
export { consentedSources } from './consented-sources.ts';
