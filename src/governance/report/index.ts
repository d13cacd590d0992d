/**
 * The assessment report (issue #18): per application, its assessments with answers and reviewer
 * comments, the derivation and its reasons, endorsements, evaluation history, open incidents and
 * a pointer to its AI bill of materials, as HTML here and as PDF/DOCX through the assistant's writers.
 */
export { buildAssessmentReport, type ReportLanguage } from './assessment-report.ts';
export { renderReportHtml } from './render-report-html.ts';
