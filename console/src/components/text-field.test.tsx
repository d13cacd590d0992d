// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from './text-field.tsx';

afterEach(cleanup);

describe('a text field for words in another language', () => {
  // The Chinese console's field for a notice's English words: the label, help and error are the
  // console's Chinese, only what is typed is English (WCAG 2.1 SC 3.1.2).
  const shown = (multiline: boolean) =>
    render(
      <TextField
        label="用途（英文）"
        description="以英文填寫。"
        error="必須填寫。"
        inputLang="en"
        value="Answers questions about dog licences."
        onChange={() => {}}
        multiline={multiline}
      />,
    ).container;

  it.each([
    ['an input', false],
    ['a text area', true],
  ])('marks %s with the language, and leaves the label, help and error in the page’s', (_, multiline) => {
    const field = shown(multiline);
    expect(screen.getByRole('textbox', { name: '用途（英文）' }).getAttribute('lang')).toBe('en');
    expect(field.querySelectorAll('[lang]')).toHaveLength(1);
  });
});
