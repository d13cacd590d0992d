import { CLI_PRINCIPAL, createDepartment } from '../../access/index.ts';
import {
  createProvider,
  type FakeProvider,
  ModelGateway,
  putAllowlist,
  SecretBox,
  startFakeProvider,
} from '../../gateway/index.ts';
import { openTestStore, type Store } from '../../store/index.ts';
import type { CompleteText } from '../summarise/index.ts';

export interface ModelThroughGateway {
  store: Store;
  /** The scripted OpenAI-compatible stand-in: script its replies, read what it was sent. */
  fake: FakeProvider;
  /** An officer's binding to the real gateway (department allow-list, metering, audit), as the routes make it. */
  complete: CompleteText;
  close(): Promise<void>;
}

/**
 * For the assistant's generative paths: a test store, one department whose allow-list holds the
 * stand-in model `fake/m`, and the gateway between them. Only the model is a double.
 *
 * @example const model = await startModelThroughGateway('asst'); model.fake.script({kind: 'reply', text: '…'});
 */
export async function startModelThroughGateway(departmentCode: string): Promise<ModelThroughGateway> {
  const store = await openTestStore();
  const fake = await startFakeProvider();
  const secrets = new SecretBox('unit-test-secret-unit-test-secret-0123456789');
  const ctx = { principal: CLI_PRINCIPAL, requestId: 'test' };
  const { id: departmentId } = await createDepartment(store.db, ctx, {
    code: departmentCode,
    nameEn: 'Assistant',
    nameZh: '助理',
  });
  await createProvider(store.db, ctx, secrets, { name: 'fake', baseUrl: fake.url, models: ['m'], maxRetries: 1 });
  await putAllowlist(store.db, ctx, departmentId, [{ provider: 'fake', model: 'm' }]);
  const gateway = new ModelGateway(store.db, { secrets, retryBaseMs: 1 });
  const complete: CompleteText = async (messages) =>
    (
      await gateway.complete({
        departmentId,
        botId: null,
        provider: 'fake',
        model: 'm',
        messages,
        actor: { id: 'officer', roles: ['department_admin'], departmentId },
        requestId: null,
      })
    ).text;
  return {
    store,
    fake,
    complete,
    close: async () => {
      await fake.close();
      await store.close();
    },
  };
}
