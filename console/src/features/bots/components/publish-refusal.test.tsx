// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { PublishRefusal } from './publish-panel.tsx';

const show = (error: unknown, locale: Locale = 'en') =>
  render(
    <I18nProvider initial={locale}>
      <MemoryRouter>
        <PublishRefusal botId="gate-bot" error={error} />
      </MemoryRouter>
    </I18nProvider>,
  );

afterEach(cleanup);

const gateRefusal = new ProblemError({
  status: 409,
  code: 'conflict',
  title: 'Conflict',
  detail: 'Bot "gate-bot" cannot go live: 2 go-live condition(s) not met',
  errors: [
    { field: 'gate.deployment_assessment_complete', code: 'go_live_unmet', message: '沒有部署階段評估。請開始評估。' },
    { field: 'gate.evaluations_passed', code: 'go_live_unmet', message: '必需的評測未合格。請執行評測。' },
  ],
});

describe('a refused publication', () => {
  it('lists the go-live conditions the server named, in its words, and links to the bot’s governance page', () => {
    show(gateRefusal, 'zh-Hant');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('未能發佈：上線關卡發現有 2 項條件未符合。');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '沒有部署階段評估。請開始評估。',
      '必需的評測未合格。請執行評測。',
    ]);
    expect(screen.getByRole('link').getAttribute('href')).toBe('/governance/bots/gate-bot');
  });

  it('shows any other refusal as the server gave it', () => {
    show(
      new ProblemError({
        status: 403,
        code: 'forbidden',
        title: 'Forbidden',
        detail: 'Your role may not publish',
        errors: [],
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Your role may not publish');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
