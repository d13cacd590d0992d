// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { DraftAnswer, FormQuestion } from '../assessment-form.ts';
import { QuestionField } from './question-field.tsx';

const QUESTION: FormQuestion = {
  id: 'Q12',
  number: '12',
  kind: 'yes_no_na',
  text: { en: 'Is the training data documented?', zhHant: '訓練數據是否有記錄？' },
  principles: ['accountability'],
};

/** The field with its answer held as the assessment page holds it. */
function Harness({
  errors,
  principles = ['Accountability'],
  comment = 'Which register?',
}: {
  errors?: string[];
  principles?: string[];
  comment?: string;
}) {
  const [answer, setAnswer] = useState<DraftAnswer | undefined>(undefined);
  return (
    <QuestionField
      question={QUESTION}
      answer={answer}
      onChange={setAnswer}
      principles={principles}
      valueErrors={undefined}
      justificationErrors={errors}
      reviewerComment={comment}
      isReadOnly={false}
    />
  );
}

const show = (locale: Locale, errors?: string[], more: { principles?: string[]; comment?: string } = {}) =>
  render(
    <I18nProvider initial={locale}>
      <Harness {...(errors ? { errors } : {})} {...more} />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('an assessment question', () => {
  it('offers yes / no / N/A under the question, names the principles and shows the reviewer’s comment', () => {
    show('en');
    const group = screen.getByRole('radiogroup', { name: '12 Is the training data documented?' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Yes',
      'No',
      'N/A',
    ]);
    expect(screen.getByText('Serves: Accountability')).toBeTruthy();
    expect(document.querySelector('.gov-comment')?.textContent).toBe('Reviewer’s comment: Which register?');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('asks why once N/A is chosen, and shows the server’s refusal beside the justification (繁體中文)', () => {
    show('zh-Hant', ['問題 Q12 答「不適用」但未有說明理據。']);
    fireEvent.click(screen.getByRole('radio', { name: '不適用' }));
    const why = screen.getByRole('textbox', { name: '12 不適用的理據' });
    expect(why.getAttribute('aria-invalid')).toBe('true');
    expect(why.hasAttribute('required') || why.getAttribute('aria-required') === 'true').toBe(true);
    const describedBy = (why.getAttribute('aria-describedby') ?? '').split(' ');
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
    expect(descriptions).toContain('問題 Q12 答「不適用」但未有說明理據。');
    expect(descriptions).toContain('必須填寫：說明問題為何不適用。');
  });

  it('names several principles as a list in the officer’s language', () => {
    show('en', undefined, { principles: ['Accountability', 'Fairness', 'Transparency'] });
    expect(screen.getByText('Serves: Accountability, Fairness and Transparency')).toBeTruthy();
    cleanup();
    show('zh-Hant', undefined, { principles: ['問責', '公平', '透明'] });
    expect(screen.getByText('對應原則：問責、公平及透明')).toBeTruthy();
  });

  it('marks a reviewer’s English comment as English in the Chinese form', () => {
    show('zh-Hant', undefined, { comment: 'Which register?' });
    const comment = document.querySelector('.gov-comment');
    expect(comment?.textContent).toBe('審核人意見：Which register?');
    expect(comment?.querySelector('[lang="en"]')?.textContent).toBe('Which register?');
  });
});
