// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToggleChoices } from './toggle-choices.tsx';

afterEach(cleanup);

describe('toggle choices', () => {
  const shown = (onChange: (value: number) => void) =>
    render(
      <ToggleChoices
        label="期間"
        className="period-picker"
        choices={[
          { value: 7, label: '過去 7 日' },
          { value: 30, label: '過去 30 日' },
        ]}
        value={30}
        onChange={onChange}
      />,
    );

  it('is a radio group named by its label, the chosen one checked', () => {
    shown(() => {});
    const group = screen.getByRole('radiogroup', { name: '期間' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(2);
    expect((screen.getByRole('radio', { name: '過去 30 日' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '過去 7 日' }) as HTMLInputElement).checked).toBe(false);
  });

  it('hands over the value of the choice taken, typed as given', () => {
    const taken: number[] = [];
    shown((value) => taken.push(value));
    fireEvent.click(screen.getByRole('radio', { name: '過去 7 日' }));
    expect(taken).toEqual([7]);
  });
});
