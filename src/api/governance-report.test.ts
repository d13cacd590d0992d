import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment, type ServiceContext } from '../access/index.ts';
import { pdfLines } from '../assistant/testing/read-export.ts';
import { seedDemoBots } from '../chat/index.ts';
import { type AiApplication, listApplications, seedDemoGovernance } from '../governance/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/** Issue #18, "Assessment report": per application, its assessment as an accessible HTML page and a PDF. */

let f: Fixture;
let application: AiApplication;
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };

beforeAll(async () => {
  f = await createFixture();
  await createDepartment(f.store.db, cli, { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' });
  await seedDemoBots(f.store.db);
  await f.app.lionrock.knowledgeIndex.refresh();
  // Every demo bot's required suites through the real runner: minutes on a loaded two-core machine.
  await seedDemoGovernance(f.store.db, () => f.app.lionrock.jobWorker.drain());
  const found = (await listApplications(f.store.db, CLI_PRINCIPAL)).find((a) => a.botId === 'demo-1823');
  if (!found) throw new Error('demo-1823 is not registered');
  application = found;
}, 300_000);
afterAll(async () => f?.close());

const url = (id: string, query: string) => `/api/v1/governance/applications/${id}/report?${query}`;

describe('the assessment report of demo-1823', () => {
  it('is a PDF naming the bot and its tier', async () => {
    const response = await f.as('platform_admin', { url: url(application.id, 'format=pdf') });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf"$/);
    const text = (await pdfLines(response.rawPayload)).join('\n');
    expect(text).toContain('demo-1823');
    expect(application.tier).toBe('limited');
    expect(text).toMatch(/Tier 級別\s*limited/);
    expect(text).toContain('Assessment report');
  });

  it('is an accessible HTML page with the answers, the derivation’s reasons, endorsements and evaluations', async () => {
    const response = await f.as('platform_admin', { url: url(application.id, 'format=html') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-HK">/);
    expect(html).not.toContain('<script');
    // Every table has a caption and column headers; Chinese labels carry their own language.
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(4);
    expect(html.match(/<table><caption>[^<]/g)?.length).toBe(tables);
    expect(html).toContain('<h4>Derivation <span lang="zh-HK">推導</span></h4>');
    // The answers as written, the tier's reason, endorsements by each capacity it needs, the evaluation runs.
    expect(html).toContain('Question');
    expect(html).toMatch(/<td>Q1 What problem [^<]+<\/td><td>Citizens ask the 1823 hotline [^<]+<\/td>/);
    expect(html).toMatch(/<td>Q10 [^<]+<\/td><td>yes<\/td>/);
    expect(html).toContain('Reason');
    expect(html).toContain('<td>tier</td><td>L1 ');
    expect(html).toContain('A question of the limited tier is yes: tier limited.');
    // A limited-tier application needs no IT board endorsement.
    for (const capacity of ['project_owner', 'assurance_reviewer']) expect(html).toContain(`<td>${capacity}</td>`);
    expect(html).toMatch(/<td>golden-qa v\d+ \(bot v\d+\)<\/td><td>passed<\/td>/);
    expect(html).toContain(`/api/v1/governance/applications/${application.id}/bom`);
  });

  it('puts Chinese labels first when asked, keeping the answers as written', async () => {
    const response = await f.as('platform_admin', { url: url(application.id, 'format=html&lang=zh-Hant') });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/^<!doctype html>\n<html lang="zh-HK">/);
    expect(response.body).toContain('<h1>評估報告 Assessment report');
  });

  it('answers 404 for another department’s application and 400 naming a bad format', async () => {
    const other = await f.as('dept_admin', { url: url(application.id, 'format=html') });
    expect(other.statusCode).toBe(404);
    const bad = await f.as('platform_admin', { url: url(application.id, 'format=docx') });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toContain('format');
  });
});
