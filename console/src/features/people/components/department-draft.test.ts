import { describe, expect, it } from 'vitest';
import type { Department } from '../api/people-api.ts';
import { departmentDraft, departmentWithTheirs, rebasedDepartment } from './department-draft.ts';

const A = 'https://a.example.gov.hk';
const B = 'https://b.example.gov.hk';
const C = 'https://c.example.gov.hk';
const department = {
  nameEn: 'Water Supplies Department',
  nameZh: '水務處',
  handoffSlaHours: 48,
  corsOrigins: [A, B],
} as Department;
const read = departmentDraft(department);

describe('the department dialog', () => {
  it('moves onto the department as saved now: theirs join, the officer’s stay, origins merge as sets', () => {
    const draft = { ...read, sla: '36', origins: `${A}\n${B}\n${C}` };
    const latest = departmentDraft({ ...department, nameZh: '水務署', corsOrigins: [A] });
    const moved = rebasedDepartment(read, draft, latest);
    expect(moved.draft).toEqual({ ...read, nameZh: '水務署', sla: '36', origins: `${A}\n${C}` });
    expect(moved.clashes).toEqual([]);
    expect(moved.theirs).toBe(2);
  });

  it('shows the origins as saved when the officer has not touched them', () => {
    const latest = departmentDraft({ ...department, corsOrigins: [B, C] });
    expect(rebasedDepartment(read, read, latest).draft.origins).toBe(`${B}\n${C}`);
  });

  it('names a setting both changed differently, and takes theirs for it when told', () => {
    const draft = { ...read, nameZh: '香港水務處', sla: '36' };
    const latest = departmentDraft({ ...department, nameZh: '水務署' });
    const moved = rebasedDepartment(read, draft, latest);
    expect(moved.clashes).toEqual(['nameZh']);
    expect(departmentWithTheirs(moved.draft, latest, 'nameZh')).toEqual({ ...draft, nameZh: '水務署' });
  });
});
