import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import {
  auditContext,
  CLI_PRINCIPAL,
  DEMO_DEPARTMENT_CODE,
  lockDepartment,
  type ServiceContext,
} from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { assistantGlossaries, type Db, departments, type Executor } from '../../store/index.ts';
import { type Glossary, type GlossaryIssue, parseGlossary } from '../translate/index.ts';

/** One stored version of a department's glossary: the TSV as uploaded, who and when. */
export interface DepartmentGlossary {
  departmentId: string;
  version: number;
  tsv: string;
  entries: number;
  createdBy: string;
  createdAt: Date;
}

/** A glossary upload refused: every problem by line, in English and Traditional Chinese. */
export class GlossaryRefused extends Error {
  constructor(readonly issues: GlossaryIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

/** The name entries of a department glossary carry (`department-glossary-v3:12`). */
const nameOf = (version: number) => `department-glossary-v${version}`;

/**
 * The department's glossary in force (its newest version), or a given version; null when it has
 * none. The caller checks that the principal may see the department.
 */
export async function getDepartmentGlossary(
  db: Executor,
  departmentId: string,
  version?: number,
): Promise<DepartmentGlossary | null> {
  const [row] = await db
    .select()
    .from(assistantGlossaries)
    .where(
      version === undefined
        ? eq(assistantGlossaries.departmentId, departmentId)
        : and(eq(assistantGlossaries.departmentId, departmentId), eq(assistantGlossaries.version, version)),
    )
    .orderBy(desc(assistantGlossaries.version))
    .limit(1);
  return row ? toGlossary(row) : null;
}

/** Every version of the department's glossary, newest first, without their text. */
export async function listDepartmentGlossaryVersions(
  db: Executor,
  departmentId: string,
): Promise<Omit<DepartmentGlossary, 'tsv'>[]> {
  const rows = await db
    .select({
      departmentId: assistantGlossaries.departmentId,
      version: assistantGlossaries.version,
      entries: assistantGlossaries.entries,
      createdBy: assistantGlossaries.createdBy,
      createdAt: assistantGlossaries.createdAt,
    })
    .from(assistantGlossaries)
    .where(eq(assistantGlossaries.departmentId, departmentId))
    .orderBy(desc(assistantGlossaries.version));
  return rows;
}

/** A stored glossary parsed for enforcement (stored versions were valid when uploaded). */
export function parsedGlossary(stored: DepartmentGlossary): Glossary | null {
  const parsed = parseGlossary(stored.tsv, nameOf(stored.version));
  return parsed.ok ? parsed.value : null;
}

/**
 * Stores a new version of the department's glossary after checking every line (GlossaryRefused
 * lists what is wrong, by line). Audited with the version, the number of pairs and the text's size.
 *
 * @example await putDepartmentGlossary(db, ctx, departmentId, 'en\tzh_hant\nBuildings Department\t屋宇署\n')
 */
export async function putDepartmentGlossary(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  tsv: string,
): Promise<DepartmentGlossary> {
  const parsed = parseGlossary(tsv, 'glossary');
  if (!parsed.ok) throw new GlossaryRefused(parsed.issues);
  const entries = parsed.value.entries.length;
  return db.transaction(async (tx) => {
    // One upload at a time per department: the department row is the lock, so versions never collide.
    await lockDepartment(tx, departmentId);
    const before = await getDepartmentGlossary(tx, departmentId);
    const version = (before?.version ?? 0) + 1;
    const [row] = await tx
      .insert(assistantGlossaries)
      .values({ id: randomUUID(), departmentId, version, tsv, entries, createdBy: ctx.principal.id })
      .returning();
    if (!row) throw new Error('glossary insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.glossary_update',
      entityType: 'assistant_glossary',
      entityId: departmentId,
      departmentId,
      before: before ? { version: before.version, entries: before.entries } : null,
      after: { version, entries, chars: tsv.length },
    });
    return toGlossary(row);
  });
}

/** The glossary shipped for the demo department (written for LionRock, see the file's header). */
export const DEMO_GLOSSARY_FILE = new URL('./demo-glossary.tsv', import.meta.url);

/**
 * Gives the demo department the shipped glossary when it has none (`serve` seeds a fresh
 * database). Returns the version stored, or null when there was nothing to do.
 */
export async function seedDemoGlossary(db: Db): Promise<number | null> {
  const [department] = await db.select().from(departments).where(eq(departments.code, DEMO_DEPARTMENT_CODE));
  if (!department || (await getDepartmentGlossary(db, department.id))) return null;
  const tsv = readFileSync(DEMO_GLOSSARY_FILE, 'utf8');
  const stored = await putDepartmentGlossary(db, { principal: CLI_PRINCIPAL, requestId: 'seed' }, department.id, tsv);
  return stored.version;
}

function toGlossary(row: typeof assistantGlossaries.$inferSelect): DepartmentGlossary {
  return {
    departmentId: row.departmentId,
    version: row.version,
    tsv: row.tsv,
    entries: row.entries,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
