export { generateApiKey, hashApiKey, apiKeyDisplayPrefix, isAcceptableApiKey, API_KEY_PREFIX } from './api-key.ts';
export {
  AppError,
  notFound,
  forbidden,
  unknownDepartment,
  type LocalizedIssue,
  type RefusalIssue,
  type RefusalWords,
} from './app-error.ts';
export { inWords, type LocalizedText } from './localized-text.ts';
export { RECORD_NAMES, type RecordName } from './record-names.ts';
export { canonicalJson } from './canonical-json.ts';
export { changedMeanwhile, changedMeanwhileIssue, ownChanges, withOwnFieldChanges } from './changed-meanwhile.ts';
export { withOwnSetChanges } from './own-set-changes.ts';
export { chineseNumeral } from './chinese-numeral.ts';
export { loadConfig, configSchema, CONFIG_ENV, ConfigError, type Config } from './config.ts';
export { fastifyTrustProxy, trustProxySchema, type TrustProxy } from './trust-proxy.ts';
export { ERROR_STATUS, type ErrorCode, type FieldIssue } from './error-codes.ts';
export { maskPersonalData, maskString } from './mask-personal-data.ts';
export { problemTitle, localeFromAcceptLanguage, readerLocale, type Locale, type ReaderLocale } from './messages.ts';
export { issueMessage, knownIssueCode, type IssueParams } from './issue-messages.ts';
export { validationFailed } from './validation-issues.ts';
export { PERMISSIONS, grantedPermissions, hasPermission, type Permission } from './permissions.ts';
export { ROLES, roleSchema, type Role } from './roles.ts';
export { definedOnly } from './defined-only.ts';
export { TtlCache } from './ttl-cache.ts';
export { isStorableText, storableText, findUnstorableText, truncateText } from './storable-text.ts';
export { unifyIdeographs } from './unify-ideographs.ts';
export { sentences } from './sentences.ts';
export { counted } from './counted.ts';
