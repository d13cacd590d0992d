import { asc, eq } from 'drizzle-orm';
import { aiApplications, departments, type Executor } from '../../store/index.ts';

/** A department as the catalogue names it. */
export interface CatalogueDepartment {
  id: string;
  nameEn: string;
  nameZh: string;
}

/**
 * The departments that have applications in the catalogue, by code: the catalogue is shared
 * across departments, so every reader may see whose entry is whose (and filter by it), while
 * `GET /api/v1/departments` shows a department's officers only their own.
 */
export async function catalogueDepartments(db: Executor): Promise<CatalogueDepartment[]> {
  return db
    .selectDistinct({
      id: departments.id,
      nameEn: departments.nameEn,
      nameZh: departments.nameZh,
      code: departments.code,
    })
    .from(departments)
    .innerJoin(aiApplications, eq(aiApplications.departmentId, departments.id))
    .orderBy(asc(departments.code))
    .then((rows) => rows.map(({ id, nameEn, nameZh }) => ({ id, nameEn, nameZh })));
}
