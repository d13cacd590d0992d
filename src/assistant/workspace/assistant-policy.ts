import { eq } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { assistantPolicies, type Db, type Executor } from '../../store/index.ts';

/** A department's rules for its assistant (issue #17). */
export interface AssistantPolicy {
  departmentId: string;
  /** Personal data may reach a model unmasked (default false: masked before every model call). */
  allowPersonalDataToModel: boolean;
  /** Days workspace documents and task results are kept before the retention sweep deletes them. */
  retentionDays: number;
  /** A draft going outside needs a second officer's approval before export. */
  requireSecondOfficerApproval: boolean;
  /** Null while the department uses the defaults. */
  updatedBy: string | null;
  updatedAt: Date | null;
}

export interface AssistantPolicyPatch {
  allowPersonalDataToModel?: boolean | undefined;
  retentionDays?: number | undefined;
  requireSecondOfficerApproval?: boolean | undefined;
}

/** What a department without a policy row gets. */
export const DEFAULT_ASSISTANT_POLICY = {
  allowPersonalDataToModel: false,
  retentionDays: 90,
  requireSecondOfficerApproval: false,
} as const;

/**
 * The department's assistant policy, or the defaults when it has none. The caller checks that the
 * principal may see the department.
 *
 * @example if ((await getAssistantPolicy(db, departmentId)).requireSecondOfficerApproval) ...
 */
export async function getAssistantPolicy(db: Executor, departmentId: string): Promise<AssistantPolicy> {
  const [row] = await db.select().from(assistantPolicies).where(eq(assistantPolicies.departmentId, departmentId));
  return row ?? { departmentId, ...DEFAULT_ASSISTANT_POLICY, updatedBy: null, updatedAt: null };
}

/** Changes the department's policy (fields left out keep their value), audited with before and after. */
export async function putAssistantPolicy(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  patch: AssistantPolicyPatch,
): Promise<AssistantPolicy> {
  return db.transaction(async (tx) => {
    const before = await getAssistantPolicy(tx, departmentId);
    const values = {
      allowPersonalDataToModel: patch.allowPersonalDataToModel ?? before.allowPersonalDataToModel,
      retentionDays: patch.retentionDays ?? before.retentionDays,
      requireSecondOfficerApproval: patch.requireSecondOfficerApproval ?? before.requireSecondOfficerApproval,
      updatedBy: ctx.principal.id,
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(assistantPolicies)
      .values({ departmentId, ...values })
      .onConflictDoUpdate({ target: assistantPolicies.departmentId, set: values })
      .returning();
    if (!row) throw new Error('policy upsert returned no row');
    const { updatedBy: _b, updatedAt: _a, ...was } = before;
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.policy_update',
      entityType: 'assistant_policy',
      entityId: departmentId,
      departmentId,
      before: was,
      after: { ...values, updatedAt: undefined },
    });
    return row;
  });
}
