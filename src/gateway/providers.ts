import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { auditContext, isPlatformAdmin, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, definedOnly, forbidden, notFound, ownChanges } from '../core/index.ts';
import { type Db, type Executor, modelAllowlist, modelProviders } from '../store/index.ts';
import { changeRouting } from './routing-change.ts';
import type { SecretBox } from './secret-box.ts';

type ProviderRow = typeof modelProviders.$inferSelect;

/** A provider as the API shows it: whether a key is set, never the key (nor its ciphertext). */
export interface ProviderView {
  id: string;
  name: string;
  baseUrl: string;
  hasApiKey: boolean;
  models: string[];
  timeoutMs: number;
  maxRetries: number;
  status: 'active' | 'disabled';
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewProvider {
  name: string;
  baseUrl: string;
  apiKey?: string | null | undefined;
  models: string[];
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/** `apiKey: null` removes the key; leaving it out keeps it. */
export interface ProviderPatch {
  baseUrl?: string | undefined;
  apiKey?: string | null | undefined;
  models?: string[] | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  status?: 'active' | 'disabled' | undefined;
}

export function providerView(row: ProviderRow): ProviderView {
  const { apiKeyEncrypted, ...rest } = row;
  return { ...rest, hasApiKey: apiKeyEncrypted !== null };
}

/** What the audit trail records of a provider: `provider` rather than `name`, which the masker hides. */
function auditView(row: ProviderRow) {
  const { name, createdAt: _c, updatedAt: _u, ...rest } = providerView(row);
  return { provider: name, ...rest };
}

function requireAdmin(ctx: ServiceContext): void {
  if (!isPlatformAdmin(ctx.principal))
    throw forbidden({
      en: 'Only a platform admin may configure model providers',
      zhHant: '只有平台管理員可設定模型供應商',
    });
}

export async function listProviders(db: Executor): Promise<ProviderView[]> {
  return (await db.select().from(modelProviders).orderBy(asc(modelProviders.name))).map(providerView);
}

export async function getProvider(db: Executor, id: string): Promise<ProviderView> {
  const [row] = await db.select().from(modelProviders).where(eq(modelProviders.id, id));
  if (!row) throw notFound('Provider');
  return providerView(row);
}

export async function createProvider(
  db: Db,
  ctx: ServiceContext,
  secrets: SecretBox,
  input: NewProvider,
): Promise<ProviderView> {
  requireAdmin(ctx);
  const apiKeyEncrypted = input.apiKey ? secrets.encrypt(input.apiKey) : null;
  return changeRouting(db, async (tx) => {
    const [taken] = await tx
      .select({ id: modelProviders.id })
      .from(modelProviders)
      .where(eq(modelProviders.name, input.name));
    if (taken) {
      throw new AppError(
        'conflict',
        { en: `A provider named "${input.name}" already exists`, zhHant: `已有名為「${input.name}」的模型供應商` },
        [
          {
            field: 'body.name',
            code: 'taken',
            message: { en: 'is already used by another provider', zhHant: '已被另一個模型供應商使用' },
          },
        ],
      );
    }
    const [row] = await tx
      .insert(modelProviders)
      .values({
        id: randomUUID(),
        name: input.name,
        baseUrl: input.baseUrl,
        apiKeyEncrypted,
        models: input.models,
        createdBy: ctx.principal.id,
        ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
        ...(input.maxRetries === undefined ? {} : { maxRetries: input.maxRetries }),
        ...(input.status === undefined ? {} : { status: input.status }),
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'model_provider.create',
      entityType: 'model_provider',
      entityId: row.id,
      departmentId: null,
      after: auditView(row),
    });
    return providerView(row);
  });
}

/** A provider's settings as an editor read them: what `updateProvider` compares a change with. */
export type ProviderBase = Omit<ProviderPatch, 'apiKey'>;

/**
 * Changes a provider. With `base` (its settings as the editor read them), a setting given with the
 * value it had there is not the editor's change and is left as stored; one someone else has changed
 * since to another value is refused (409 naming it), nothing saved — so a stale form cannot, say,
 * re-enable a provider another administrator has just disabled. A setting the base leaves out is set
 * as given, as without one.
 */
export async function updateProvider(
  db: Db,
  ctx: ServiceContext,
  secrets: SecretBox,
  id: string,
  patch: ProviderPatch,
  base?: ProviderBase,
): Promise<ProviderView> {
  requireAdmin(ctx);
  const { apiKey, ...fields } = patch;
  const keyChange = apiKey === undefined ? {} : { apiKeyEncrypted: apiKey === null ? null : secrets.encrypt(apiKey) };
  return changeRouting(db, async (tx) => {
    const [before] = await tx.select().from(modelProviders).where(eq(modelProviders.id, id)).for('update');
    if (!before) throw notFound('Provider');
    const changes = base
      ? ownChanges<ProviderBase>(definedOnly(fields), {
          base,
          stored: before,
          what: { en: 'this provider', zhHant: '此模型供應商' },
        })
      : definedOnly(fields);
    const [after] = await tx
      .update(modelProviders)
      .set({ ...changes, ...keyChange, updatedAt: new Date() })
      .where(eq(modelProviders.id, id))
      .returning();
    if (!after) throw notFound('Provider');
    await appendAudit(tx, auditContext(ctx), {
      action: 'model_provider.update',
      entityType: 'model_provider',
      entityId: id,
      departmentId: null,
      before: auditView(before),
      // Whether the key changed is recorded; the key never is.
      after: { ...auditView(after), apiKeyChanged: apiKey !== undefined },
    });
    return providerView(after);
  });
}

/** Deletes a provider and every allow-list entry naming it; its metered calls stay. */
export async function deleteProvider(db: Db, ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await changeRouting(db, async (tx) => {
    const [before] = await tx.select().from(modelProviders).where(eq(modelProviders.id, id)).for('update');
    if (!before) throw notFound('Provider');
    const entries = await tx
      .delete(modelAllowlist)
      .where(eq(modelAllowlist.providerId, id))
      .returning({ departmentId: modelAllowlist.departmentId, model: modelAllowlist.model });
    await tx.delete(modelProviders).where(eq(modelProviders.id, id));
    await appendAudit(tx, auditContext(ctx), {
      action: 'model_provider.delete',
      entityType: 'model_provider',
      entityId: id,
      departmentId: null,
      before: { ...auditView(before), allowlistEntries: entries },
    });
  });
}
