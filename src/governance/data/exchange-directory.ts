import { asc } from 'drizzle-orm';
import { departments, type Executor } from '../../store/index.ts';

/** A department as the data exchange names it: who can be asked for data, who gives or receives a consent. */
export interface ExchangeParty {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  active: boolean;
}

/**
 * Every department by code and name, for the consented data exchange: an officer names the department
 * to ask for data and reads the other party of a consent. Only names: a department's settings (CORS
 * origins, handoff hours) stay behind `GET /departments`, which shows other officers their own only.
 */
export async function exchangeDirectory(db: Executor): Promise<ExchangeParty[]> {
  const rows = await db
    .select({
      id: departments.id,
      code: departments.code,
      nameEn: departments.nameEn,
      nameZh: departments.nameZh,
      status: departments.status,
    })
    .from(departments)
    .orderBy(asc(departments.code));
  return rows.map(({ status, ...party }) => ({ ...party, active: status === 'active' }));
}
