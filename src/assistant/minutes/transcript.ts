/** One speaker's turn in a meeting: who spoke (null when the transcript does not say), what, and when. */
export interface Turn {
  speaker: string | null;
  text: string;
  /** Start time as written in the transcript (`10:02`, `00:01:04.500`), when it gives one. */
  start?: string;
}

/** A transcript as parsed: its turns, and names read from a roll call (`Present: …`, `出席：…`), if any. */
export interface Transcript {
  format: TranscriptFormat;
  turns: Turn[];
  rollCall: string[];
}

export type TranscriptFormat = 'txt' | 'vtt' | 'srt';

/** What is wrong with a transcript, by stable code, with the line it was found on and a message in both languages. */
export interface TranscriptIssue {
  code:
    | 'empty_transcript'
    | 'binary_content'
    | 'missing_vtt_header'
    | 'bad_cue_timing'
    | 'bad_srt_index'
    | 'cue_ends_before_start'
    | 'no_text';
  line: number;
  message: string;
  messageZh: string;
}

export type TranscriptResult = { ok: true; value: Transcript } | { ok: false; issues: TranscriptIssue[] };

const MESSAGES: Record<TranscriptIssue['code'], [string, string]> = {
  empty_transcript: ['the transcript is empty', '會議紀錄文本是空的'],
  binary_content: ['the file is not text (it holds NUL bytes)', '檔案不是文字檔（含有 NUL 位元組）'],
  missing_vtt_header: ['a WebVTT file must start with "WEBVTT"', 'WebVTT 檔案必須以 "WEBVTT" 開首'],
  bad_cue_timing: [
    'expected a cue timing "start --> end" (hh:mm:ss.mmm, or hh:mm:ss,mmm in SRT)',
    '應為字幕時間 "開始 --> 結束"（hh:mm:ss.mmm，SRT 用 hh:mm:ss,mmm）',
  ],
  bad_srt_index: ['expected an SRT cue number', '應為 SRT 字幕編號'],
  cue_ends_before_start: ['the cue ends before it starts', '字幕結束時間早於開始時間'],
  no_text: ['the transcript holds no spoken text', '會議紀錄文本沒有發言內容'],
};

/** Builds an issue with its catalogue messages; `detail` (e.g. the offending text) is appended to both. */
export function transcriptIssue(code: TranscriptIssue['code'], line: number, detail?: string): TranscriptIssue {
  const [en, zh] = MESSAGES[code];
  const suffix = detail ? `: ${detail}` : '';
  return { code, line, message: `line ${line}: ${en}${suffix}`, messageZh: `第 ${line} 行：${zh}${suffix}` };
}
