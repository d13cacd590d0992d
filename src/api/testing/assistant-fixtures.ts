import { CLI_PRINCIPAL } from '../../access/index.ts';
import { addWorkspaceDocument, enqueueAssistantTask } from '../../assistant/index.ts';
import type { Store } from '../../store/index.ts';
import type { DepartmentFixture } from '../test-fixture.ts';
import { multipartUpload } from './multipart-upload.ts';

const cli = { principal: CLI_PRINCIPAL, requestId: 'assistant-fixture' };
const MEMO = 'Licensing memo\n\nThe counter opens at nine. Applications are answered within ten working days.\n';

/** A document in the department's assistant workspace; its id. */
export async function workspaceDocument(store: Store, target: DepartmentFixture): Promise<string> {
  return (
    await addWorkspaceDocument(
      store.db,
      cli,
      target.department.id,
      { fileName: 'memo.txt', bytes: Buffer.from(MEMO) },
      100_000,
    )
  ).id;
}

/** A queued summarise task of the department; its job id. */
export async function assistantJob(store: Store, target: DepartmentFixture): Promise<string> {
  const documentId = await workspaceDocument(store, target);
  return (
    await enqueueAssistantTask(store.db, cli, target.department.id, { task: 'summarise', documentIds: [documentId] })
  ).id;
}

/** The inject options of a workspace upload (multipart), optionally into `departmentId`. */
export function workspaceUpload(name: string, departmentId?: string) {
  return {
    ...multipartUpload({
      fileName: `${name}.txt`,
      content: MEMO,
      contentType: 'text/plain',
      fields: departmentId ? { departmentId } : {},
    }),
    url: '/api/v1/assistant/documents',
  };
}
