/**
 * Public transparency notices (issue #18): per live application, bilingual, at
 * `/transparency/{application}` (HTML) and `/transparency/{application}.json`, modelled on the UK
 * Algorithmic Transparency Recording Standard; derived from the registry, the assessment and the
 * evaluations, with the officers' words versioned, previewed and published.
 */
export {
  MODELLED_ON,
  type NoticeFacts,
  type OversightMode,
  type TransparencyNotice,
  buildNotice,
} from './notice.ts';
export { noticeFacts } from './notice-facts.ts';
export {
  NOT_YET_WRITTEN,
  type NoticeVersion,
  type NoticeWorkspace,
  noticePath,
  noticeWorkspace,
  publicNotice,
  publicNoticePath,
  publishNotice,
  saveNoticeDraft,
} from './notices.ts';
export { renderNoticeHtml } from './render-notice-html.ts';
export { seedDemoNotices } from './seed-demo-notices.ts';
