import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat, parseTranscript } from './parse-transcript.ts';

function turns(text: string, fileName?: string) {
  const result = parseTranscript(text, fileName ? { fileName } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('parseTranscript: plain text', () => {
  it('reads English, Chinese and timed speaker lines, continuing a turn on lines without a speaker', () => {
    const transcript = turns(
      '陳主席：各位早晨。\nChair: Welcome.\n[10:02] Mary: The budget is tight.\nWe must cut costs.',
    );
    expect(transcript.format).toBe('txt');
    expect(transcript.turns).toEqual([
      { speaker: '陳主席', text: '各位早晨。' },
      { speaker: 'Chair', text: 'Welcome.' },
      { speaker: 'Mary', text: 'The budget is tight. We must cut costs.', start: '10:02' },
    ]);
  });

  it('reads a roll call as attendees, not as speech, and keeps names with titles and constituencies whole', () => {
    const transcript = turns(
      'Present: Mary Chan, John Lee and Peter Wong\n出席：陳主席、李委員\nMr. Scott Reid (Lanark, CPC): Thank you.',
    );
    expect(transcript.rollCall).toEqual(['Mary Chan', 'John Lee', 'Peter Wong', '陳主席', '李委員']);
    expect(transcript.turns).toEqual([{ speaker: 'Mr. Scott Reid (Lanark, CPC)', text: 'Thank you.' }]);
  });

  it('reads Windows files: a byte-order mark and CRLF line ends, a speaker alone on a line', () => {
    expect(turns('\uFEFF陳主席：\r\n開會。\r\nMary: Thanks.\r\n').turns).toEqual([
      { speaker: '陳主席', text: '開會。' },
      { speaker: 'Mary', text: 'Thanks.' },
    ]);
  });

  it('does not take a labelled line (Note:, 議程：) for a speaker', () => {
    expect(turns('Chair: Hello.\nNote: the clerk is absent.').turns).toEqual([
      { speaker: 'Chair', text: 'Hello. Note: the clerk is absent.' },
    ]);
  });
});

describe('parseTranscript: WebVTT and SRT', () => {
  it("takes speakers from <v> voice tags and joins a speaker's cues into one turn", () => {
    const vtt =
      'WEBVTT\n\nNOTE recorded in room 3\n\n1\n00:00:01.000 --> 00:00:04.000 align:start\n<v.loud Mary Chan>We decided to move the launch.</v>\n\n00:00:04.500 --> 00:00:07.000\n<v John>I will follow up</v>\n\n00:07.500 --> 00:09.000\n<v John>with the vendor.</v>\n';
    expect(turns(vtt).turns).toEqual([
      { speaker: 'Mary Chan', text: 'We decided to move the launch.', start: '00:00:01.000' },
      { speaker: 'John', text: 'I will follow up with the vendor.', start: '00:00:04.500' },
    ]);
  });

  it('reads SRT speakers written as "Name:" or "[Name]", and detects the format from the text', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\n陳主席：開會。\n\n2\n00:00:02,500 --> 00:00:04,000\n[Mary] Thanks.\n';
    expect(detectTranscriptFormat(srt)).toBe('srt');
    expect(turns(srt).turns.map((t) => [t.speaker, t.text])).toEqual([
      ['陳主席', '開會。'],
      ['Mary', 'Thanks.'],
    ]);
  });

  it('names what is wrong with a bad file, by line, in English and Chinese', () => {
    const noHeader = parseTranscript('00:01.000 --> 00:02.000\nhi\n', { fileName: 'a.vtt' });
    expect(noHeader).toMatchObject({ ok: false, issues: [{ code: 'missing_vtt_header', line: 1 }] });
    const backwards = parseTranscript('WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n');
    expect(backwards).toMatchObject({ ok: false, issues: [{ code: 'cue_ends_before_start', line: 3 }] });
    const badTiming = parseTranscript('1\n00:00:01.000 -> 00:00:02,000\nhi\n', { fileName: 'a.srt' });
    expect(badTiming).toMatchObject({ ok: false, issues: [{ code: 'bad_cue_timing', line: 2 }] });
    const badIndex = parseTranscript(
      '1\n00:00:01,000 --> 00:00:02,000\nhi\n\nx\n00:00:03,000 --> 00:00:04,000\nbye\n',
      { fileName: 'a.srt' },
    );
    expect(badIndex).toMatchObject({ ok: false, issues: [{ code: 'bad_srt_index', line: 5 }] });
    if (badIndex.ok) return;
    expect(badIndex.issues[0]?.message).toBe('line 5: expected an SRT cue number: x');
    expect(badIndex.issues[0]?.messageZh).toContain('第 5 行');
  });

  it('refuses empty and binary input', () => {
    expect(parseTranscript('  \n')).toMatchObject({ ok: false, issues: [{ code: 'empty_transcript' }] });
    expect(parseTranscript('PK\u0003\u0004\u0000\u0000')).toMatchObject({
      ok: false,
      issues: [{ code: 'binary_content' }],
    });
    expect(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\n\n')).toMatchObject({
      ok: false,
      issues: [{ code: 'no_text' }],
    });
  });
});
