import type { DepartmentFixture, Fixture } from '../test-fixture.ts';
import { assistantJob } from './assistant-fixtures.ts';

/** A summarise task of the department that the node's worker has run to the end; its job id. */
export async function finishedAssistantJob(f: Fixture, target: DepartmentFixture): Promise<string> {
  const id = await assistantJob(f.store, target);
  await f.app.lionrock.jobWorker.drain();
  return id;
}
