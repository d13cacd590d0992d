import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, forbidden } from '../../core/index.ts';
import { getHandoff } from '../../chat/index.ts';
import { type ExtractedSource, importIntoKnowledge } from '../../knowledge/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, text } from '../schemas.ts';

const teachBody = z
  .object({
    question: text(1000).optional().describe("The entry's question; defaults to the case's question"),
    answer: text(4000).optional().describe("The entry's answer; defaults to the case's reply"),
  })
  .strict();

/**
 * "Teach this answer": an agent's reply to a case becomes a knowledge-base entry — as a draft of
 * its own FAQ source (`handoff:<reference>`, tied to the case's bot), which an approver reviews
 * like any import (findings, maker-checker) before the bot may say it. Needs `knowledge:write`
 * besides working cases: the import refuses anyone who may not propose knowledge.
 */
export function teachHandoffRoute(app: FastifyInstance, db: Db): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/handoff-cases/:id/teach',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags: ['handoffs'],
        security: [{ bearer: [] }],
        summary:
          "Turn the case's question and reply into a knowledge-base entry: a draft for review, never served before approval",
        params: idParams,
        body: teachBody.nullish(),
        response: {
          201: z.object({
            source: z.object({ id: z.string(), title: z.string(), origin: z.string() }),
            version: z.object({ id: z.string(), version: z.number().int(), status: z.string() }),
            outcome: z.enum(['created', 'unchanged']),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request);
      const handoff = await getHandoff(db, ctx.principal, request.params.id);
      if (handoff.access !== 'handle')
        throw forbidden({
          en: 'Your department referred this case: it may read it, not act on it',
          zhHant: '此個案由你的部門轉介：你的部門只可查閱，不可處理',
        });
      const question = request.body?.question ?? handoff.question;
      const answer = request.body?.answer ?? handoff.reply;
      if (!answer) {
        throw new AppError(
          'validation_failed',
          {
            en: 'Reply to the case first, or give the answer to teach',
            zhHant: '請先回覆個案，或提供要加入知識庫的答案',
          },
          [
            {
              field: 'body.answer',
              code: 'required',
              message: { en: 'is required until the case has a reply', zhHant: '個案未有回覆前必須填寫' },
            },
          ],
        );
      }
      const items = [
        { key: handoff.reference, question, answer, ...(handoff.language ? { language: handoff.language } : {}) },
      ];
      const content: ExtractedSource = {
        extracted: { kind: 'faq', title: `${handoff.reference}: ${question.slice(0, 80)}`, items },
        origin: `handoff:${handoff.reference}`,
        mediaType: 'application/json',
        importer: 'handoff-teach@1',
        contentSha256: createHash('sha256').update(JSON.stringify(items)).digest('hex'),
      };
      const result = await importIntoKnowledge(db, ctx, content, {
        departmentId: handoff.departmentId,
        // A referred case's bot belongs to the department that referred it: the entry is this department's.
        botId: handoff.referredFrom.length === 0 ? handoff.botId : null,
      });
      return reply.code(201).send({
        outcome: result.outcome,
        source: { id: result.source.id, title: result.source.title, origin: result.source.origin },
        version: { id: result.version.id, version: result.version.version, status: result.version.status },
      });
    },
  );
}
