import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportResult } from '../../assistant/index.ts';
import { buildAssessmentReport, renderReportHtml } from '../../governance/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { idParams } from '../schemas.ts';

const reportQuery = z
  .object({
    format: z
      .enum(['html', 'pdf'])
      .describe('html: an accessible page, no script; pdf: with the Chinese font embedded'),
    lang: z
      .enum(['en', 'zh-Hant'])
      .default('en')
      .describe('Which language comes first in the labels; answers are shown as written'),
  })
  .strict();

/** The assessment report of an application (issue #18), as HTML or PDF. See docs/governance.md, "Assessment report". */
export function governanceReportRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/governance/applications/:id/report',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'The application’s assessment report, as HTML or a PDF download',
        description:
          'Answers and reviewer comments of the latest assessment of each stage, the derivation of impact, tier ' +
          'and oversight with its reasons, endorsements, evaluation history, open incidents and a link to the AI ' +
          'bill of materials. An application of another department is 404; a PDF without a Chinese font installed is 503',
        params: idParams,
        querystring: reportQuery,
        produces: ['text/html', 'application/pdf'],
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const document = await buildAssessmentReport(deps.db, requirePrincipal(request), id, request.query.lang);
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'html')
        return reply.type('text/html; charset=utf-8').send(renderReportHtml(document));
      const file = await exportResult({ task: 'document', document, name: `assessment-report-${id}` }, 'pdf');
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(Buffer.from(file.bytes));
    },
  );
}
