import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, hasPermission } from '../../core/index.ts';
import { departmentActivity, type TurnLog } from '../../chat/index.ts';
import { departmentUsage, type ModelGateway } from '../../gateway/index.ts';
import type { Executor } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { errorResponses, idSchema, timestamp } from '../schemas.ts';

const count = z.number().int();
const outcomeCounts = { answered: count, fallback: count, blocked: count, handoff: count };
const departmentAnalyticsResponse = z.object({
  departmentId: z.string(),
  days: count,
  from: timestamp,
  to: timestamp,
  questions: count.describe('Questions answered by any bot of the department (assistant turns)'),
  conversations: count,
  outcomes: z.object(outcomeCounts).describe('`handoff`: staff cases opened'),
  rates: z
    .object({ answered: z.number(), fallback: z.number(), blocked: z.number(), handoff: z.number() })
    .describe("Each outcome's share of the questions (0–1, three decimals)"),
  perDay: z.array(
    z.object({ date: z.string().describe('YYYY-MM-DD, Hong Kong time'), questions: count, ...outcomeCounts }),
  ),
  handoffs: z.object({
    open: count.describe('Not closed, now'),
    overdue: count.describe('Still owed a reply past the due-by time, now'),
    openedInPeriod: count,
  }),
  feedback: z.object({ up: count, down: count }),
  usage: z
    .object({
      perDay: z.array(z.object({ date: z.string(), calls: count, tokens: z.number() })),
      month: z.object({
        month: z.string().describe('YYYY-MM, Hong Kong time'),
        requests: count.describe('Calls admitted this month'),
        tokens: z.number(),
        requestsLimit: count.nullable().describe('The department-wide monthly quota; null: unlimited'),
        tokensLimit: z.number().nullable(),
      }),
    })
    .nullable()
    .describe('Model usage against quota: only for roles with `usage:read`, else null'),
});

const security = [{ bearer: [] }];

/**
 * The console's dashboard in one call: a department's questions per day, outcome rates, handoff
 * queue, feedback and model usage against its quota, each aggregated in SQL so the page does not
 * fetch every bot's analytics.
 *
 * Permission `bot:read`: the dashboard is every officer's home page and shows the sums of what
 * `/bots/{id}/analytics` already shows them per bot (counts only, no turn text, no personal data).
 * Model usage and quota are the gateway's figures, so they come only with `usage:read`.
 */
export function analyticsRoutes(app: FastifyInstance, db: Executor, turns: TurnLog, gateway: ModelGateway): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/analytics/department',
    {
      onRequest: authorize('bot:read'),
      schema: {
        tags: ['analytics'],
        security,
        summary:
          "A department's dashboard: questions per day, answered / fallback / blocked / handoff rates, open and " +
          'overdue handoffs, feedback, model usage against quota',
        querystring: z
          .object({
            departmentId: idSchema
              .optional()
              .describe('Platform admins: any department; others: their own only. Default: your own'),
            days: z.coerce.number().int().min(1).max(366).default(30).describe('The period: the last N days'),
          })
          .strict(),
        response: { 200: departmentAnalyticsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { departmentId: asked, days } = request.query;
      if (asked !== undefined) await departmentFilter(db, principal, asked);
      const departmentId = asked ?? principal.departmentId;
      if (!departmentId) {
        throw new AppError(
          'validation_failed',
          {
            en: '`departmentId` is required for a caller without a department',
            zhHant: '不屬於任何部門的帳戶必須填寫 `departmentId`',
          },
          [{ field: 'querystring.departmentId', code: 'required', message: 'is required' }],
        );
      }
      const withUsage = hasPermission(principal.roles, 'usage:read');
      // Turns and model calls are written behind the answers in batches: commit this node's first.
      await Promise.all([turns.flush(), withUsage ? gateway.flush() : undefined]);
      const to = new Date();
      const from = new Date(to.getTime() - days * 86_400_000);
      const [activity, usage] = await Promise.all([
        departmentActivity(db, departmentId, from, to),
        withUsage ? departmentUsage(db, departmentId, from, to) : null,
      ]);
      const share = (n: number) => (activity.questions ? Math.round((n / activity.questions) * 1000) / 1000 : 0);
      return {
        departmentId,
        days,
        from: from.toISOString(),
        to: to.toISOString(),
        questions: activity.questions,
        conversations: activity.conversations,
        outcomes: activity.outcomes,
        rates: {
          answered: share(activity.outcomes.answered),
          fallback: share(activity.outcomes.fallback),
          blocked: share(activity.outcomes.blocked),
          handoff: share(activity.outcomes.handoff),
        },
        perDay: activity.days,
        handoffs: activity.handoffs,
        feedback: activity.feedback,
        usage: usage ? { perDay: usage.days, month: usage.month } : null,
      };
    },
  );
}
