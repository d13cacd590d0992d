import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENT_CODE, seedDemo } from '../../access/index.ts';
import { departments, type Store } from '../../store/index.ts';
import { openTestStore } from '../../store/index.ts';
import { parseGlossary } from '../translate/index.ts';
import { DEMO_GLOSSARY_FILE, getDepartmentGlossary, seedDemoGlossary } from './department-glossary.ts';

describe('the demo department glossary', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await seedDemo(store.db, { keyLifetimeDays: 1 });
  });
  afterAll(async () => store.close());

  it('ships a valid glossary in the repository and gives it to the demo department once', async () => {
    const parsed = parseGlossary(readFileSync(DEMO_GLOSSARY_FILE, 'utf8'), 'demo-glossary.tsv');
    expect(parsed.ok && parsed.value.entries.length).toBe(12);
    expect(await seedDemoGlossary(store.db)).toBe(1);
    expect(await seedDemoGlossary(store.db)).toBeNull();
    const [demo] = await store.db.select().from(departments).where(eq(departments.code, DEMO_DEPARTMENT_CODE));
    const stored = await getDepartmentGlossary(store.db, demo?.id ?? '');
    expect(stored).toMatchObject({ version: 1, entries: 12, createdBy: 'cli' });
  });
});
