import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, notFound } from '../core/index.ts';
import { describeProblem, sendNotFound, sendProblem } from './problem.ts';

/** Only what `describeProblem` reads of a request: its language. */
const asking = (language?: string) =>
  ({ headers: language ? { 'accept-language': language } : {}, url: '/api/v1/x' }) as unknown as FastifyRequest;

describe('a refusal’s reason in the reader’s language', () => {
  const bilingual = new AppError(
    'forbidden',
    {
      en: 'Maker-checker: you imported or edited this draft, so another approver must review it',
      zhHant: '須由另一人審批：此草稿由你匯入或編輯，須由另一名審批人審閱',
    },
    [{ field: 'principal', code: 'own_draft', message: { en: 'imported this draft', zhHant: '匯入了此草稿' } }],
  );

  it('sends the thrower’s Chinese reason to a Chinese reader, and its English to an English one', () => {
    expect(describeProblem(asking('zh-Hant'), bilingual)).toMatchObject({
      title: '你沒有執行此操作的權限',
      // The fields it names that the reason does not already say follow it.
      detail: '須由另一人審批：此草稿由你匯入或編輯，須由另一名審批人審閱（principal：匯入了此草稿）',
      issues: [{ field: 'principal', code: 'own_draft', message: '匯入了此草稿' }],
    });
    expect(describeProblem(asking('en-GB'), bilingual)).toMatchObject({
      detail: 'Maker-checker: you imported or edited this draft, so another approver must review it',
      issues: [{ message: 'imported this draft' }],
    });
  });

  it('does not repeat after the Chinese reason a field it already names, as the English does not', () => {
    const clash = new AppError(
      'conflict',
      {
        en: 'Someone else changed email, output.pii of this record after you read it: nothing was saved',
        zhHant: '你讀取此紀錄後，其他人已更改了 email、output.pii：未有儲存任何內容',
      },
      ['body.email', 'body.policy.output.pii', 'body.mail'].map((field) => ({
        field,
        code: 'changed_meanwhile',
        message: { en: 'was changed by someone else', zhHant: '已被其他人更改' },
      })),
    );
    // A field is named by its own name as a word: `mail`, only inside `email`, is not, and follows the reason.
    expect(describeProblem(asking('zh-HK'), clash).detail).toBe(
      '你讀取此紀錄後，其他人已更改了 email、output.pii：未有儲存任何內容（body.mail：已被其他人更改）',
    );
  });

  it('converts the Chinese reason to Simplified for a Simplified reader', () => {
    const problem = describeProblem(asking('zh-CN'), bilingual);
    expect(problem.detail).toBe(
      '须由另一人审批：此草稿由你汇入或编辑，须由另一名审批人审阅（principal：汇入了此草稿）',
    );
  });

  it('keeps a reason written only in English for a Chinese reader, beside the title, never the title alone', () => {
    const english = new AppError('unprocessable', 'The widget frobnicated twice');
    const problem = describeProblem(asking('zh-HK'), english);
    expect(problem.title).toBe('無法處理此內容');
    expect(problem.detail).toBe('無法處理此內容：The widget frobnicated twice');
  });

  it('keeps a field message written only in English for a Chinese reader instead of a generic one', () => {
    const english = new AppError('unprocessable', 'Cannot read it', [
      { field: 'body.file', code: 'frobnicated', message: 'was frobnicated twice' },
    ]);
    const problem = describeProblem(asking('zh-HK'), english);
    expect(problem.issues[0]?.message).toMatch(/was frobnicated twice/);
    expect(problem.detail).toMatch(/body\.file：.*was frobnicated twice/);
  });

  it('words a not-found record in both languages', () => {
    expect(describeProblem(asking('zh-HK'), notFound('Knowledge version')).detail).toBe('找不到知識版本');
    expect(describeProblem(asking('en'), notFound('Knowledge version')).detail).toBe('Knowledge version not found');
  });
});

describe('a route that finds nothing for a method it takes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));
    app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
    // Like @fastify/static: the route takes GET and HEAD, and calls the not-found handler for a missing file.
    app.route({ method: ['GET', 'HEAD'], url: '/assets/*', handler: (_request, reply) => reply.callNotFound() });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers 404, not 405 claiming the method it was asked with is not taken', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await app.inject({ method, url: '/assets/missing-abc.js' });
      expect(response.statusCode, method).toBe(404);
      expect(response.headers.allow, method).toBeUndefined();
    }
    expect((await app.inject({ method: 'GET', url: '/assets/missing-abc.js' })).json()).toMatchObject({
      code: 'not_found',
    });
  });

  it('still answers 405 with Allow for a method the path does not take', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/assets/missing-abc.js' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});
