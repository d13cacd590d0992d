import { eq } from 'drizzle-orm';
import { notFound } from '../../core/index.ts';
import { aiApplications, type Executor } from '../../store/index.ts';
import type { AiApplication } from './applications.ts';

/**
 * What every department sees of any application in the catalogue: enough to find and reuse it,
 * not who owns it, which data sources it reads or which kinds of personal data it holds (those
 * stay with the owning department's full record).
 */
export interface CatalogueEntry {
  id: string;
  departmentId: string;
  type: AiApplication['type'];
  name: { en: string; zhHant: string };
  purpose: { en: string; zhHant: string };
  publicFacing: boolean;
  generative: boolean;
  personalData: boolean;
  models: AiApplication['models'];
  lifecycleStage: AiApplication['lifecycleStage'];
  status: AiApplication['status'];
  impact: AiApplication['impact'];
  tier: AiApplication['tier'];
  riskLevel: AiApplication['riskLevel'];
  botId: string | null;
  reusedFrom: string | null;
  updatedAt: Date;
}

/** The catalogue fields of an application. */
export function catalogueEntryOf(row: AiApplication): CatalogueEntry {
  return {
    id: row.id,
    departmentId: row.departmentId,
    type: row.type,
    name: { en: row.nameEn, zhHant: row.nameZhHant },
    purpose: { en: row.purposeEn, zhHant: row.purposeZhHant },
    publicFacing: row.publicFacing,
    generative: row.generative,
    personalData: row.personalData,
    models: row.models,
    lifecycleStage: row.lifecycleStage,
    status: row.status,
    impact: row.impact,
    tier: row.tier,
    riskLevel: row.riskLevel,
    botId: row.botId,
    reusedFrom: row.reusedFrom,
    updatedAt: row.updatedAt,
  };
}

/** Any department's application as the catalogue shows it; 404 when there is none. */
export async function getCatalogueEntry(db: Executor, id: string): Promise<CatalogueEntry> {
  const [row] = await db.select().from(aiApplications).where(eq(aiApplications.id, id));
  if (!row) throw notFound('Application');
  return catalogueEntryOf(row);
}
