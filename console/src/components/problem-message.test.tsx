// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/index.ts';
import { ProblemError, toProblem } from '../lib/problem.ts';
import { ProblemMessage } from './problem-message.tsx';

afterEach(cleanup);

const shown = (error: unknown, client = new QueryClient()) =>
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial="en">
        <ProblemMessage error={error} />
      </I18nProvider>
    </QueryClientProvider>,
  ).container;

describe('ProblemMessage', () => {
  it('says what the server said, with the request reference', () => {
    const error = new ProblemError(
      toProblem(400, { code: 'validation_failed', detail: 'body.reply: must not be empty', requestId: 'r-1' }),
    );
    const text = shown(error).textContent ?? '';
    expect(text).toContain('body.reply: must not be empty');
    expect(text).toContain('r-1');
  });

  it('leads with the title when the detail only repeats the fields listed, and names them without the request prefix', () => {
    const error = new ProblemError(
      toProblem(400, {
        code: 'validation_failed',
        title: 'The request is not valid',
        detail: 'body.config.name.zh: must not be empty',
        errors: [{ field: 'body.config.name.zh', code: 'too_small', message: 'must not be empty' }],
      }),
    );
    const text = shown(error).textContent ?? '';
    expect(text).toContain('The request is not valid');
    expect(text).toContain('name.zh: must not be empty');
    expect(text).not.toContain('body.');
  });

  it('keeps a detail that says more than its fields', () => {
    const error = new ProblemError(
      toProblem(422, {
        code: 'unprocessable',
        title: 'The content cannot be processed',
        detail: 'No question and answer columns found (columns: foo, bar)',
        errors: [{ field: 'body.file', code: 'no_columns', message: 'has no question column' }],
      }),
    );
    const text = shown(error).textContent ?? '';
    expect(text).toContain('No question and answer columns found (columns: foo, bar)');
    expect(text).toContain('file: has no question column');
  });

  it('tells an officer that what they acted on changed meanwhile, and reads the page again only when asked', () => {
    const client = new QueryClient();
    client.setQueryData(['handoffs', 'case', 'c-1'], { status: 'submitted' });
    const error = new ProblemError(
      toProblem(409, {
        code: 'conflict',
        detail: 'Cannot reply to the case: it has already been replied to',
        errors: [{ field: 'status', code: 'case_replied', message: 'has already been replied to' }],
      }),
    );
    const container = shown(error, client);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'This changed after you opened the page: it has already been replied to.',
    );
    expect(client.getQueryState(['handoffs', 'case', 'c-1'])?.isInvalidated).toBe(false);
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show it as it is now');
    if (!button) throw new Error('no "Show it as it is now" button');
    fireEvent.click(button);
    expect(client.getQueryState(['handoffs', 'case', 'c-1'])?.isInvalidated).toBe(true);
  });

  it('keeps any other conflict as the server explained it', () => {
    const error = new ProblemError(toProblem(409, { code: 'conflict', detail: 'A department with code "x" exists' }));
    expect(shown(error).textContent).toContain('A department with code "x" exists');
  });
});
