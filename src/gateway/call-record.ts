import { createHash, randomUUID } from 'node:crypto';
import { type AuditBatchEntry, appendAudit } from '../audit/index.ts';
import { canonicalJson } from '../core/index.ts';
import { type Db, modelCalls } from '../store/index.ts';
import type { GatewayMessage, GatewayRequest } from './gateway-types.ts';
import { addTokens } from './usage-counter.ts';

/** What one call (or refusal) left behind: a metering row and an audit entry, hashes only. */
export interface CallRecord {
  status: 'ok' | 'error' | 'refused';
  reason: string | null;
  providerId: string | null;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  attempts: number;
  responseSha256: string | null;
  /** The model the provider said answered, and its system fingerprint (absent: not reported, or no answer). */
  reportedModel?: string | null;
  systemFingerprint?: string | null;
  /** Quota counters the call was admitted on: its tokens are added to them. */
  counterKeys: readonly string[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The prompt's hash: SHA-256 of the canonical JSON of `[{role, content}, …]`. */
export function promptSha256(messages: readonly GatewayMessage[]): string {
  return sha256Hex(canonicalJson(messages.map(({ role, content }) => ({ role, content }))));
}

/**
 * `ab:12:…` (as `openssl dgst -c` prints it). The audit trail masks runs of eight digits as phone
 * numbers, which would corrupt a plain hex digest a fifth of the time; pairs never form one.
 */
export function fingerprint(hex: string): string {
  return hex.replace(/(..)(?=.)/g, '$1:');
}

/** The `model_calls` row of a call. */
export function callRow(id: string, req: GatewayRequest, prompt: string, record: CallRecord, at: Date) {
  return {
    id,
    departmentId: req.departmentId,
    botId: req.botId,
    providerId: record.providerId,
    provider: req.provider,
    model: req.model,
    status: record.status,
    reason: record.reason,
    promptTokens: record.promptTokens,
    completionTokens: record.completionTokens,
    latencyMs: record.latencyMs,
    attempts: record.attempts,
    promptSha256: prompt,
    responseSha256: record.responseSha256,
    reportedModel: record.reportedModel ?? null,
    systemFingerprint: record.systemFingerprint ?? null,
    createdAt: at,
  };
}

/** The audit entry of a call: what was called and how it went, the prompt and answer as hashes only. */
export function callAuditEntry(id: string, req: GatewayRequest, prompt: string, record: CallRecord): AuditBatchEntry {
  return {
    context: { actor: req.actor, requestId: req.requestId },
    event: {
      action: record.status === 'refused' ? 'model.refuse' : 'model.call',
      entityType: 'model_call',
      entityId: id,
      departmentId: req.departmentId,
      after: {
        provider: req.provider,
        model: req.model,
        botId: req.botId,
        status: record.status,
        reason: record.reason,
        promptTokens: record.promptTokens,
        completionTokens: record.completionTokens,
        latencyMs: record.latencyMs,
        attempts: record.attempts,
        promptSha256: fingerprint(prompt),
        responseSha256: record.responseSha256 === null ? null : fingerprint(record.responseSha256),
      },
    },
  };
}

/**
 * Writes the `model_calls` row, adds the tokens to the quota counters and appends the audit entry,
 * in one transaction, before returning: how refusals are recorded (see {@link CallRecorder} for
 * calls that reached the provider). Returns the call's id.
 */
export async function recordCall(db: Db, req: GatewayRequest, prompt: string, record: CallRecord): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(modelCalls).values(callRow(id, req, prompt, record, new Date()));
    await addTokens(tx, record.counterKeys, record.promptTokens + record.completionTokens);
    const { context, event } = callAuditEntry(id, req, prompt, record);
    await appendAudit(tx, context, event);
  });
  return id;
}

/**
 * Tokens of a text when the provider does not report usage: one per CJK character, one per four
 * other characters — a deliberate overestimate for English, close for Chinese.
 */
export function estimateTokens(text: string): number {
  let cjk = 0;
  for (const char of text) if (/[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(char)) cjk += 1;
  const other = text.length - cjk;
  return cjk + Math.ceil(other / 4);
}
