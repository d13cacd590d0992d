/**
 * Meeting minutes from transcripts (issue #17), without a model (or with one through the gateway, generative-minutes.ts): transcript parsing (plain text with
 * speakers, WebVTT, SRT), topic segmentation, extractive summaries, decisions and action items, and
 * Cantonese → formal written Chinese for the record. See docs/assistant.md, "Meeting minutes".
 */
export { parseTranscript, detectTranscriptFormat } from './parse-transcript.ts';
export type { Transcript, TranscriptFormat, TranscriptIssue, TranscriptResult, Turn } from './transcript.ts';
export { buildMinutes, attendeesOf, recordSentences } from './build-minutes.ts';
export {
  type GenerativeMinutes,
  type GenerativeMinutesItem,
  type GenerativeMinutesOptions,
  type MinutesSentence,
  minutesWithModel,
  UNSUPPORTED_MARK,
} from './generative-minutes.ts';
export type { ActionItem, Minutes, MinutesItem, MinutesOptions } from './minutes-types.ts';
export { segmentTopics, type TopicSegment, type SegmentationOptions } from './segment-topics.ts';
export { splitTurns, type SpokenSentence } from './sentences.ts';
export { centralSentences } from './central-sentences.ts';
export { isDecision } from './decisions.ts';
export { findAction } from './actions.ts';
export { findDueDate, type DueDate } from './due-date.ts';
export { toFormalWritten, rewriteForRecord, minutesCantoneseTable } from './cantonese-rewrite.ts';
