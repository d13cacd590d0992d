import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Principal } from '../access/index.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/index.ts';
import { AppError } from '../core/index.ts';
import { detectPii, type PiiFinding } from '../guard/index.ts';
import { type Db, handoffCases } from '../store/index.ts';

/**
 * Encryption at rest for a citizen's callback details: the gateway's `SecretBox` (AES-256-GCM under
 * the node's `secretKey`) fits this shape; chat only needs these three members.
 */
export interface ContactBox {
  readonly available: boolean;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/** Days a closed case keeps the citizen's contact details before the purge removes them. */
export const DEFAULT_CONTACT_RETENTION_DAYS = 30;

/** Where a message gives a phone number or an e-mail address: what counts as a citizen's contact. */
export function contactFindings(text: string): PiiFinding[] {
  return detectPii(text, { types: ['PHONE', 'EMAIL'], tagger: false });
}

/**
 * The phone numbers and e-mail addresses in a message, joined: what a citizen typed for a callback
 * ("好，請打 9123 4567") and the rest of the message without them.
 */
export function contactIn(text: string): { contact: string | null; rest: string } {
  const found = contactFindings(text);
  if (!found.length) return { contact: null, rest: text };
  let rest = text;
  for (const finding of [...found].sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, finding.start)} ${rest.slice(finding.end)}`;
  }
  return { contact: found.map((f) => f.value).join(', '), rest };
}

/** The contact, encrypted for storage; refused when the node has no secret to encrypt with. */
export function sealContact(box: ContactBox | null, contact: string | null): string | null {
  if (contact === null) return null;
  if (!box?.available) {
    throw new AppError(
      'capability_unavailable',
      {
        en: 'Contact details are stored encrypted, and no secretKey is configured (LIONROCK_SECRET_KEY)',
        zhHant: '聯絡資料須加密儲存，但伺服器未有設定 secretKey（LIONROCK_SECRET_KEY）',
      },
      [
        {
          field: 'body.contact',
          code: 'no_secret_key',
          message: { en: 'cannot be stored without a secretKey', zhHant: '未設定 secretKey，無法儲存' },
        },
      ],
    );
  }
  return box.encrypt(contact);
}

/**
 * The contact as the handling officer sees it: only agents of the department that holds the case
 * (not a platform admin elsewhere, not the department that referred it), only while it is kept.
 */
export function contactFor(
  box: ContactBox | null,
  principal: Principal,
  row: { departmentId: string; contactEncrypted: string | null },
): string | null {
  if (!row.contactEncrypted || principal.departmentId !== row.departmentId || !box?.available) return null;
  try {
    return box.decrypt(row.contactEncrypted);
  } catch {
    // The secret was changed: the officer sees no contact rather than an error for the whole case.
    return null;
  }
}

/**
 * Removes the contact details of cases closed at least `retentionDays` before `now`, each removal
 * audited (by the platform). Runs on a timer on nodes that run jobs; returns how many were purged.
 */
export async function purgeClosedContacts(db: Db, options: { now: Date; retentionDays: number }): Promise<number> {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * 86_400_000);
  return db.transaction(async (tx) => {
    const purged = await tx
      .update(handoffCases)
      .set({ contactEncrypted: null, updatedAt: options.now })
      .where(
        and(
          eq(handoffCases.status, 'closed'),
          isNotNull(handoffCases.contactEncrypted),
          lte(handoffCases.closedAt, cutoff),
        ),
      )
      .returning({ id: handoffCases.id, departmentId: handoffCases.departmentId, reference: handoffCases.reference });
    for (const row of purged) {
      await appendAudit(
        tx,
        { actor: SYSTEM_ACTOR, requestId: null },
        {
          action: 'handoff.contact_purge',
          entityType: 'handoff_case',
          entityId: row.id,
          departmentId: row.departmentId,
          after: { reference: row.reference, retentionDays: options.retentionDays },
        },
      );
    }
    return purged.length;
  });
}

/** Purges once an hour (and once at start); `stop` ends it. */
export function startContactPurge(
  db: Db,
  retentionDays: number,
  onError: (error: unknown) => void,
  intervalMs = 3_600_000,
): { stop(): void } {
  const run = () => void purgeClosedContacts(db, { now: new Date(), retentionDays }).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
