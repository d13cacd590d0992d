import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { editMinutesJob, MinutesNotEditable } from '../../assistant/index.ts';
import { AppError } from '../../core/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, text, timestamp } from '../schemas.ts';

const line = text(2_000);
const actionSchema = z.object({ owner: text(200).nullable(), action: line, due: text(100).nullable() }).strict();
const itemSchema = z
  .object({
    title: text(500),
    summary: z.string().max(20_000),
    decisions: z.array(line).max(100),
    actions: z.array(actionSchema).max(100),
  })
  .strict();
const minutesBody = z.object({ attendees: z.array(text(200)).max(500), items: z.array(itemSchema).max(200) }).strict();

/**
 * The officer's minutes editor (issue #17): a finished minutes job's minutes replaced by the
 * corrected ones, the assistant's kept beside them; the export then uses the officer's.
 */
export function assistantMinutesRoutes(app: FastifyInstance, db: Db): void {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/v1/assistant/jobs/:id/minutes',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags: ['assistant'],
        security: [{ bearer: [] }],
        summary: "Correct a finished minutes job's minutes (attendees, items, decisions, action items)",
        description:
          'The minutes as the assistant wrote them are kept; the export uses the corrected ones. Another ' +
          'department’s job is 404; a job that is not minutes, or has not finished, is 409',
        params: idParams,
        body: minutesBody,
        response: {
          200: z.object({
            jobId: z.string(),
            minutes: minutesBody,
            edited: z.object({ by: z.string(), at: timestamp, times: z.number().int() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      try {
        const saved = await editMinutesJob(db, serviceContext(request), request.params.id, request.body);
        return {
          jobId: saved.jobId,
          minutes: {
            attendees: saved.minutes.attendees,
            items: saved.minutes.items.map(({ title, summary, decisions, actions }) => ({
              title,
              summary,
              decisions,
              actions,
            })),
          },
          edited: saved.edited,
        };
      } catch (error) {
        if (error instanceof MinutesNotEditable) {
          throw new AppError(
            'conflict',
            { en: `The minutes cannot be edited: ${error.en}`, zhHant: `會議紀錄不可編輯：${error.zh}` },
            [{ field: 'params.id', code: 'not_editable', message: { en: error.en, zhHant: error.zh } }],
          );
        }
        throw error;
      }
    },
  );
}
