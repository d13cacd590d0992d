import type { Minutes } from '../minutes/index.ts';
import { bilingualRuns, type Block, type ExportDocument, type Inline, languageOf, textRun } from './document-model.ts';

export interface MinutesExportOptions {
  /** The meeting's name (default "Minutes of meeting 會議紀錄"). */
  title?: string;
  /** YYYY-MM-DD, shown under the title. */
  meetingDate?: string;
}

const DASH = [textRun('—', { lang: 'en' })];

/**
 * Minutes as a document: attendees, then per agenda item its discussion summary and a table of
 * its decisions and action items (type, what, owner, due), and at the end every action in one
 * table for follow-up.
 */
export function minutesDocument(minutes: Minutes, options: MinutesExportOptions = {}): ExportDocument {
  const allText = minutes.items.map((item) => item.summary + item.decisions.join('')).join('');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, content: bilingualRuns('Attendees', '出席') },
    { kind: 'paragraph', content: [textRun(minutes.attendees.join(', ') || '—')] },
  ];
  const actionRows: Inline[][][] = [];
  minutes.items.forEach((item, i) => {
    blocks.push({ kind: 'heading', level: 2, content: [textRun(`${i + 1}. ${item.title}`)] });
    if (item.summary) blocks.push({ kind: 'paragraph', content: [textRun(item.summary)] });
    const rows: Inline[][][] = [
      ...item.decisions.map((decision) => [bilingualRuns('Decision', '決定'), [textRun(decision)], DASH, DASH]),
      ...item.actions.map((action) => {
        const row = [
          bilingualRuns('Action', '跟進'),
          [textRun(action.action)],
          [textRun(action.owner ?? '—')],
          [textRun(action.due ?? '—')],
        ];
        actionRows.push([[textRun(`${i + 1}`, { lang: 'en' })], ...row.slice(1)]);
        return row;
      }),
    ];
    if (rows.length > 0)
      blocks.push({
        kind: 'table',
        widths: [1.3, 5, 1.6, 1.4],
        header: [
          bilingualRuns('Type', '類別'),
          bilingualRuns('Decision or action', '決定或跟進事項'),
          bilingualRuns('Owner', '負責'),
          bilingualRuns('Due', '限期'),
        ],
        rows,
      });
  });
  blocks.push({ kind: 'heading', level: 1, content: bilingualRuns('Action items', '跟進事項') });
  if (actionRows.length === 0)
    blocks.push({ kind: 'paragraph', tone: 'muted', content: bilingualRuns('None.', '無。') });
  else
    blocks.push({
      kind: 'table',
      widths: [1, 5.3, 1.6, 1.4],
      header: [
        bilingualRuns('Item', '議程'),
        bilingualRuns('Action', '跟進事項'),
        bilingualRuns('Owner', '負責'),
        bilingualRuns('Due', '限期'),
      ],
      rows: actionRows,
    });
  if (minutes.rewrittenCantonese)
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      content: bilingualRuns(
        'Cantonese speech was rewritten into formal written Chinese for the record.',
        '粵語發言已改寫為書面語以作紀錄。',
      ),
    });
  return {
    title: options.title ?? 'Minutes of meeting 會議紀錄',
    language: languageOf(allText),
    subtitle: [options.meetingDate, `${minutes.items.length} items 項議程`].filter(Boolean).join(' · '),
    blocks,
  };
}
