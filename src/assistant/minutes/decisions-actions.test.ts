import { describe, expect, it } from 'vitest';
import { findAction } from './actions.ts';
import { isDecision } from './decisions.ts';
import { findDueDate } from './due-date.ts';

describe('isDecision', () => {
  it.each([
    'The committee agreed to cut the printing budget by ten percent.',
    'It was decided that the posts will be advertised externally.',
    'The motion was carried.',
    'Resolution: members unanimously approved the plan.'.replace('Resolution: ', 'The members '),
    '會議議決通過撥款。',
    '大家同意將印刷費減少一成。',
    '委員會決定延期。',
    '預算獲得通過。',
  ])('reads a decision in %s', (sentence) => expect(isDecision(sentence)).toBe(true));

  it.each([
    'I agree with Mary.',
    'We have not agreed on the date.',
    'Has the committee decided?',
    '我唔同意。',
    '委員會未決定。',
    'The budget is tight.',
  ])('reads no decision in %s', (sentence) => expect(isDecision(sentence)).toBe(false));
});

describe('findAction', () => {
  it.each([
    ['Mary will circulate the revised budget by Friday.', 'Chair', 'Mary'],
    ["I'll follow up with the vendor.", 'John', 'John'],
    ['The secretariat is going to prepare a paper.', 'Chair', 'the secretariat'],
    ['Action: John to draft the letter.', 'Chair', 'John'],
    ['Peter, can you check the figures?', 'Chair', 'Peter'],
    ['由秘書處負責刊登招聘廣告。', '陳主席', '秘書處'],
    ['請李委員跟進場地安排。', '陳主席', '李委員'],
    ['主席表示陳先生會在月底前提交報告。', '陳主席', '陳先生'],
    ['我會在下星期五前交回新預算給秘書處。', '李委員', '李委員'],
  ])('reads %s (said by %s) as an action owned by %s', (sentence, speaker, owner) => {
    expect(findAction(sentence, speaker)?.owner).toBe(owner);
  });

  it('reads no action in opinions and questions', () => {
    expect(findAction('The budget is tight this year.', 'Mary')).toBeNull();
    expect(findAction('Will you be there?', 'Mary')).toBeNull();
    expect(findAction('我覺得活動很重要。', '黃委員')).toBeNull();
  });
});

describe('findDueDate', () => {
  // 2 December 2026 is a Wednesday.
  it.each([
    ['by Friday', '2026-12-04'],
    ['by next Friday', '2026-12-11'],
    ['by 20 December', '2026-12-20'],
    ['by December 20th', '2026-12-20'],
    ['by 5/1', '2027-01-05'],
    ['by the end of the month', '2026-12-31'],
    ['within two weeks', '2026-12-16'],
    ['下星期五前', '2026-12-11'],
    ['下個禮拜五之前', '2026-12-11'],
    ['星期五前', '2026-12-04'],
    ['12月20日前', '2026-12-20'],
    ['十二月二十日前', '2026-12-20'],
    ['一月五號前', '2027-01-05'],
    ['聽日', '2026-12-03'],
    ['三日內', '2026-12-05'],
  ])('resolves "%s" against a meeting on 2026-12-02 to %s', (phrase, date) => {
    expect(findDueDate(`Please send it ${phrase}.`, '2026-12-02')?.date).toBe(date);
  });

  it('keeps the words said when there is no meeting date', () => {
    expect(findDueDate('Mary will send it by Friday.')).toEqual({ phrase: 'by Friday', date: null });
    expect(findDueDate('No date here.')).toBeNull();
  });
});
