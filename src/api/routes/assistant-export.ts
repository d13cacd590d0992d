import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSeeDepartment } from '../../access/index.ts';
import { ASSISTANT_TASK_JOB, exportableOfTask, exportResult } from '../../assistant/index.ts';
import { AppError, notFound } from '../../core/index.ts';
import { getJob } from '../../jobs/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { idParams } from '../schemas.ts';

const exportQuery = z
  .object({ format: z.enum(['docx', 'pdf']).describe('docx: Word; pdf: PDF with the Chinese font embedded') })
  .strict();

/**
 * Downloads of the document assistant's results (issue #17): a finished task as DOCX or PDF. See
 * docs/assistant.md, "Exports".
 */
export function assistantExportRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/assistant/jobs/:id/export',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags: ['assistant'],
        security: [{ bearer: [] }],
        summary: 'A finished assistant task as a DOCX or PDF download (summary, brief, minutes, translation, rewrite)',
        description:
          'Served with a file name (`Content-Disposition: attachment`). A task of another department is 404; a ' +
          'task that has not finished, or failed, is 409; a PDF without a Chinese font installed is 503',
        params: idParams,
        querystring: exportQuery,
        produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const job = await getJob(store.db, request.params.id);
      if (
        !job ||
        job.kind !== ASSISTANT_TASK_JOB ||
        !job.departmentId ||
        !canSeeDepartment(principal, job.departmentId)
      )
        throw notFound('Job');
      if (job.status !== 'succeeded')
        throw new AppError('conflict', {
          en: `The task has ${job.status === 'failed' ? 'failed' : 'not finished'}: only a finished task can be exported`,
          zhHant: `工作${job.status === 'failed' ? '已失敗' : '尚未完成'}：只可匯出已完成的工作`,
        });
      const exportable = exportableOfTask(job.result);
      if (!exportable)
        throw new AppError('conflict', { en: 'This task has nothing to export', zhHant: '此工作沒有可匯出的結果' });
      const file = await exportResult(exportable, request.query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );
}
