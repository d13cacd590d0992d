import { CLI_PRINCIPAL } from '../../access/index.ts';
import { enqueueAssistantTask } from '../../assistant/index.ts';
import type { DepartmentFixture, Fixture } from '../test-fixture.ts';

const cli = { principal: CLI_PRINCIPAL, requestId: 'translate-fixture' };

/** A glossary TSV of one term pair, valid for PUT /api/v1/assistant/glossary. */
export const FIXTURE_GLOSSARY = 'en\tzh_hant\nBuildings Department\t屋宇署\n';

/** A translate task (Simplified → Traditional, no model) the node's worker has run to the end; its job id. */
export async function finishedTranslateJob(f: Fixture, target: DepartmentFixture): Promise<string> {
  const job = await enqueueAssistantTask(f.store.db, cli, target.department.id, {
    task: 'translate',
    to: 'zh-Hant',
    text: '屋宇署今日公布检查结果。',
  });
  await f.app.lionrock.jobWorker.drain();
  return job.id;
}
