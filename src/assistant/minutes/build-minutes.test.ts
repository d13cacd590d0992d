import { describe, expect, it } from 'vitest';
import { buildMinutes } from './build-minutes.ts';
import { parseTranscript } from './parse-transcript.ts';

function minutesOf(text: string, meetingDate?: string) {
  const parsed = parseTranscript(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return buildMinutes(parsed.value, meetingDate ? { meetingDate } : {});
}

describe('buildMinutes', () => {
  it('writes English minutes: attendees and owners by their roll-call names, items, decisions, actions with dates', () => {
    const minutes = minutesOf(
      [
        'Present: Mary Chan, John Lee, Peter Wong',
        '[10:00] Chair: Good morning. Item 1: Budget for 2027.',
        '[10:01] Mary: The budget is tight this year. We need to cut spending on events by ten percent.',
        'John: Events matter for outreach, but we can reduce printing costs.',
        'Chair: The committee agreed to cut the printing budget by ten percent.',
        'Mary: I will circulate the revised budget by Friday.',
        'Chair: Next item: staffing.',
        'John: We have two vacancies in the outreach team.',
        'Peter: HR will advertise the posts by 20 December.',
      ].join('\n'),
      '2026-12-02',
    );
    expect(minutes.attendees).toEqual(['Chair', 'Mary Chan', 'John Lee', 'Peter Wong']);
    expect(minutes.items.map((i) => i.title)).toEqual(['Budget for 2027', 'staffing']);
    expect(minutes.items[0]?.decisions).toEqual(['The committee agreed to cut the printing budget by ten percent.']);
    expect(minutes.items[0]?.actions).toEqual([
      { owner: 'Mary Chan', action: 'I will circulate the revised budget by Friday.', due: '2026-12-04' },
    ]);
    expect(minutes.items[1]?.actions).toEqual([
      { owner: 'HR', action: 'HR will advertise the posts by 20 December.', due: '2026-12-20' },
    ]);
    expect(minutes.items[0]?.summary).toContain('Mary: ');
    expect(minutes.rewrittenCantonese).toBe(false);
  });

  it('records a Cantonese meeting in formal written Chinese, with owners and due dates', () => {
    const minutes = minutesOf(
      [
        '陳主席：各位早晨，議程一：社區活動。',
        '李委員：我哋今年啲活動經費唔夠，要減少印刷嘅開支。',
        '陳主席：大家同意將印刷費減少一成。',
        '李委員：我會喺下星期五前交返份新預算畀秘書處。',
        '陳主席：議程二：人手。',
        '黃委員：外展隊而家有兩個空缺。',
        '陳主席：由秘書處負責喺12月20日前刊登招聘廣告。',
      ].join('\n'),
      '2026-12-02',
    );
    expect(minutes.rewrittenCantonese).toBe(true);
    expect(minutes.items.map((i) => i.title)).toEqual(['社區活動', '人手']);
    expect(minutes.items[0]?.decisions).toEqual(['大家同意將印刷費減少一成。']);
    expect(minutes.items[0]?.actions).toEqual([
      { owner: '李委員', action: '我會在下星期五前交回份新預算給秘書處。', due: '2026-12-11' },
    ]);
    expect(minutes.items[1]?.actions[0]).toMatchObject({ owner: '秘書處', due: '2026-12-20' });
    expect(minutes.items[0]?.summary).toContain('我們今年活動經費不夠');
    expect(minutes.items.map((i) => i.summary).join('')).not.toMatch(/[嘅咗喺哋]/u);
  });

  it('keeps due dates as said when no meeting date is given', () => {
    const minutes = minutesOf('Chair: Item 1: Roads.\nAnn: I will report back by next Friday.');
    expect(minutes.items[0]?.actions).toEqual([
      { owner: 'Ann', action: 'I will report back by next Friday.', due: 'by next Friday' },
    ]);
  });

  it("drops transcribers' annotations and does not repeat a decision in the item summary", () => {
    const minutes = minutesOf(
      [
        'Chair: Item 1: Library hours. {vocalsound} The library closes at six on weekdays.',
        'Ann: Students want the library open until ten during the examination period [inaudible].',
        'Ben: Extra evening staff for the library would cost about forty thousand dollars a term.',
        'Chair: The committee agreed to open the library until ten during examinations.',
      ].join('\n'),
    );
    const [item] = minutes.items;
    expect(item?.decisions).toEqual(['The committee agreed to open the library until ten during examinations.']);
    expect(item?.summary).not.toContain('agreed');
    expect(item?.summary).not.toMatch(/vocalsound|inaudible/u);
  });
});
