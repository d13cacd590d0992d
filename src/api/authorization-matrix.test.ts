import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../core/index.ts';
import { enqueueJob } from '../jobs/index.ts';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { createProvider, putAllowlist, putQuota, startFakeProvider } from '../gateway/index.ts';
import { createDraft, requestApproval } from '../assistant/index.ts';
import {
  addTimelineEntry,
  applicableQuestions,
  createApplication,
  createDataset,
  type DatasetInput,
  grantConsent,
  requestConsent,
  openDraftIncident,
  publishNotice,
  reportIncident,
  saveNoticeDraft,
  latestTemplate,
  saveAnswers,
  startAssessment,
  submitAssessment,
} from '../governance/index.ts';
import { guardBlocklist } from '../store/index.ts';
import { assistantJob, workspaceDocument, workspaceUpload } from './testing/assistant-fixtures.ts';
import { finishedAssistantJob } from './testing/assistant-export-fixtures.ts';
import { FIXTURE_GLOSSARY, finishedTranslateJob } from './testing/translate-fixtures.ts';
import {
  createFixture,
  type DepartmentFixture,
  type Fixture,
  answeredTurn,
  freshKeyId,
  gatedDraft,
  handoffCase,
  principalOf,
  knowledgeDraft,
  testBot,
  twicePublishedSource,
  withdrawalRequested,
  evaluationRun,
} from './test-fixture.ts';
import { faqUpload } from './testing/multipart-upload.ts';
import { liveApplication } from './testing/live-application.ts';

/**
 * Every route × every role (and anonymous), on the caller's own department and on another
 * department. Expectations are written out here, not derived from the permission table, so a
 * wrong table entry fails this test. Every call also checks the audit trail: a successful
 * mutation adds exactly one entry, anything else adds none.
 */

type Caller = Role | null;
type Expectation = (caller: Caller) => number;

const ALL: readonly Role[] = ROLES;
const HUMANS = ROLES.filter((role) => role !== 'service');
const ADMINS: Role[] = ['platform_admin', 'dept_admin'];
const READERS: Role[] = ['platform_admin', 'dept_admin', 'auditor'];
const KNOWLEDGE_READERS = HUMANS;
const KNOWLEDGE_WRITERS: Role[] = ['platform_admin', 'dept_admin', 'editor'];
const KNOWLEDGE_APPROVERS: Role[] = ['platform_admin', 'dept_admin', 'approver'];
const GATEWAY_CALLERS: Role[] = ['platform_admin', 'dept_admin', 'editor', 'service'];
const BOT_MANAGERS: Role[] = ['platform_admin', 'dept_admin', 'editor'];
const BOT_PUBLISHERS: Role[] = ['platform_admin', 'dept_admin', 'approver'];
const BOT_PREVIEWERS: Role[] = ['platform_admin', 'dept_admin', 'editor', 'approver'];
const AGENTS: Role[] = ['platform_admin', 'dept_admin', 'agent'];
const GOV_READERS = HUMANS;
const GOV_PREPARERS: Role[] = ['platform_admin', 'dept_admin', 'editor'];

const gatewayContext = { principal: CLI_PRINCIPAL, requestId: 'matrix' };
const gatewaySetups = new WeakMap<Fixture, Promise<{ id: string; url: string }>>();
let gatewayProviders = 0;

/** Provider `matrix` (model `m`) on a scripted server, allowed for both departments; once per fixture. */
function gatewayProvider(f: Fixture): Promise<{ id: string; url: string }> {
  let setup = gatewaySetups.get(f);
  if (!setup) {
    setup = (async () => {
      const fake = await startFakeProvider();
      const provider = await createProvider(f.store.db, gatewayContext, f.app.gateway.secrets, {
        name: 'matrix',
        baseUrl: fake.url,
        models: ['m'],
      });
      for (const d of [f.own, f.other]) {
        await putAllowlist(f.store.db, gatewayContext, d.department.id, [{ provider: 'matrix', model: 'm' }]);
      }
      return { id: provider.id, url: fake.url };
    })();
    gatewaySetups.set(f, setup);
  }
  return setup;
}

/** A provider of its own, for the routes that change or delete one. */
async function freshProvider(f: Fixture): Promise<string> {
  const { url } = await gatewayProvider(f);
  gatewayProviders += 1;
  const name = `matrix-${gatewayProviders}`;
  return (
    await createProvider(f.store.db, gatewayContext, f.app.gateway.secrets, { name, baseUrl: url, models: ['m'] })
  ).id;
}

/** `ok` for the listed roles, 403 for other roles, 401 for anonymous. */
const only =
  (roles: readonly Role[], ok: number): Expectation =>
  (caller) =>
    caller === null ? 401 : roles.includes(caller) ? ok : 403;

/** On another department's object: platform admins succeed, permitted roles get 404, the rest 403. */
const crossDepartment =
  (roles: readonly Role[], ok: number): Expectation =>
  (caller) =>
    caller === null ? 401 : caller === 'platform_admin' ? ok : roles.includes(caller) ? 404 : 403;

const publicRoute: Expectation = () => 200;

/** The document assistant (issue #17): the workspace, its tasks and the department's assistant policy. */
function assistantCases(): RouteCase[] {
  const officers: Role[] = ['platform_admin', 'dept_admin', 'editor', 'approver', 'reviewer', 'agent'];
  return [
    {
      method: 'GET',
      route: '/api/v1/assistant/documents',
      request: () => ({ url: '/api/v1/assistant/documents' }),
      expect: only(officers, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/assistant/jobs',
      request: () => ({ url: '/api/v1/assistant/jobs' }),
      expect: only(officers, 200),
    },
    ...(['own', 'other'] as const).map(
      (target): RouteCase => ({
        method: 'GET',
        route: '/api/v1/assistant/models',
        target,
        request: (_f, t) => ({
          url:
            target === 'own' ? '/api/v1/assistant/models' : `/api/v1/assistant/models?departmentId=${t.department.id}`,
        }),
        expect: target === 'own' ? only(officers, 200) : crossDepartment(officers, 200),
      }),
    ),
    ...(['own', 'other'] as const).flatMap((target): RouteCase[] => {
      const expectFor = (roles: readonly Role[], ok: number) =>
        target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
      // Own department: the caller's default; another: named, as a platform admin must.
      const named = (t: DepartmentFixture) => (target === 'own' ? {} : { departmentId: t.department.id });
      return [
        {
          method: 'POST',
          route: '/api/v1/assistant/documents',
          target,
          request: (_f, t, caller) =>
            workspaceUpload(`upload-${caller ?? 'anonymous'}`, target === 'own' ? undefined : t.department.id),
          expect: expectFor(officers, 201),
        },
        {
          method: 'GET',
          route: '/api/v1/assistant/documents/{id}',
          target,
          request: async (f, t) => ({ url: `/api/v1/assistant/documents/${await workspaceDocument(f.store, t)}` }),
          expect: expectFor(officers, 200),
        },
        {
          method: 'DELETE',
          route: '/api/v1/assistant/documents/{id}',
          target,
          request: async (f, t) => ({ url: `/api/v1/assistant/documents/${await workspaceDocument(f.store, t)}` }),
          expect: expectFor(officers, 200),
        },
        {
          method: 'POST',
          route: '/api/v1/assistant/jobs',
          target,
          request: async (f, t) => ({
            url: '/api/v1/assistant/jobs',
            payload: { task: 'summarise', documentIds: [await workspaceDocument(f.store, t)], ...named(t) },
          }),
          expect: expectFor(officers, 202),
        },
        {
          method: 'GET',
          route: '/api/v1/assistant/jobs/{id}',
          target,
          request: async (f, t) => ({ url: `/api/v1/assistant/jobs/${await assistantJob(f.store, t)}` }),
          expect: expectFor(officers, 200),
        },
        {
          method: 'GET',
          route: '/api/v1/assistant/jobs/{id}/export',
          target,
          request: async (f, t) => ({
            url: `/api/v1/assistant/jobs/${await finishedAssistantJob(f, t)}/export?format=docx`,
          }),
          expect: expectFor(officers, 200),
        },
        {
          // A finished summarise task: officers pass the door and are refused by the service (not minutes, 409).
          method: 'PUT',
          route: '/api/v1/assistant/jobs/{id}/minutes',
          target,
          request: async (f, t) => ({
            method: 'PUT',
            url: `/api/v1/assistant/jobs/${await finishedAssistantJob(f, t)}/minutes`,
            payload: { attendees: ['Chair'], items: [] },
          }),
          expect: expectFor(officers, 409),
        },
        {
          method: 'GET',
          route: '/api/v1/assistant/policy',
          target,
          request: (_f, t) => ({ url: `/api/v1/assistant/policy?departmentId=${t.department.id}` }),
          expect: expectFor(officers, 200),
        },
        {
          method: 'PUT',
          route: '/api/v1/assistant/policy',
          target,
          request: (_f, t) => ({
            url: '/api/v1/assistant/policy',
            payload: { departmentId: t.department.id, requireSecondOfficerApproval: true },
          }),
          expect: expectFor(ADMINS, 200),
        },
        {
          method: 'GET',
          route: '/api/v1/assistant/glossary',
          target,
          request: (_f, t) => ({ url: `/api/v1/assistant/glossary?departmentId=${t.department.id}` }),
          expect: expectFor(officers, 200),
        },
        {
          method: 'PUT',
          route: '/api/v1/assistant/glossary',
          target,
          request: (_f, t) => ({
            url: '/api/v1/assistant/glossary',
            payload: { departmentId: t.department.id, tsv: FIXTURE_GLOSSARY },
          }),
          expect: expectFor(ADMINS, 200),
        },
        {
          method: 'POST',
          route: '/api/v1/assistant/jobs/{id}/review',
          target,
          request: async (f, t) => ({
            url: `/api/v1/assistant/jobs/${await finishedTranslateJob(f, t)}/review`,
            payload: { sentence: 1, action: 'accept' },
          }),
          expect: expectFor(officers, 200),
        },
      ];
    }),
  ];
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The route as the OpenAPI document names it. */
  route: string;
  /** What the case is about, when a route has several. */
  variant?: string;
  request(
    f: Fixture,
    target: DepartmentFixture,
    caller: Caller,
  ): Promise<Omit<InjectOptions, 'method'>> | Omit<InjectOptions, 'method'>;
  expect: Expectation;
  /** Whether to run it against the other department too (the target is then `f.other`). */
  target?: 'own' | 'other';
  /** A POST that changes nothing (a preview): it succeeds without an audit entry. */
  readOnly?: true;
  /** A mutation recording more than one change (creating a bot also registers its application). */
  auditEntries?: number;
}

const CASES: RouteCase[] = [
  { method: 'GET', route: '/healthz', request: () => ({ url: '/healthz' }), expect: publicRoute },
  { method: 'GET', route: '/readyz', request: () => ({ url: '/readyz' }), expect: publicRoute },
  { method: 'GET', route: '/api/v1/me', request: () => ({ url: '/api/v1/me' }), expect: only(ALL, 200) },
  {
    method: 'POST',
    route: '/api/v1/session',
    variant: 'each caller signs in with its own key',
    request: (_f, t, caller) => ({
      url: '/api/v1/session',
      payload: { apiKey: caller ? t.keys[caller] : `lr_${'m'.repeat(43)}` },
    }),
    expect: (caller) => (caller === null ? 401 : caller === 'service' ? 403 : 201),
  },
  // A bearer request has no console session: nothing to show, nothing to end.
  { method: 'GET', route: '/api/v1/session', request: () => ({ url: '/api/v1/session' }), expect: () => 401 },
  {
    method: 'DELETE',
    route: '/api/v1/session',
    request: () => ({ url: '/api/v1/session' }),
    expect: () => 204,
    readOnly: true,
  },
  {
    method: 'GET',
    route: '/api/v1/session/options',
    request: () => ({ url: '/api/v1/session/options' }),
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/v1/departments',
    request: () => ({ url: '/api/v1/departments' }),
    expect: only(ALL, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/departments',
    request: (_f, _t, caller) => ({
      url: '/api/v1/departments',
      payload: { code: `d-${caller ?? 'anon'}`.replace('_', '-'), nameEn: 'New', nameZh: '新' },
    }),
    expect: only(['platform_admin'], 201),
  },
  // The evaluation suites (issue 16): data, the same for every department.
  {
    method: 'GET',
    route: '/api/v1/evaluations/suites',
    request: () => ({ url: '/api/v1/evaluations/suites' }),
    expect: only(HUMANS, 200),
  },
  ...(['own', 'other'] as const).flatMap((target): RouteCase[] => {
    const expectFor = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    return [
      {
        method: 'GET',
        route: '/api/v1/departments/{id}',
        target,
        request: (_f, t) => ({ url: `/api/v1/departments/${t.department.id}` }),
        expect: expectFor(ALL, 200),
      },
      {
        method: 'PATCH',
        route: '/api/v1/departments/{id}',
        target,
        request: (_f, t) => ({
          url: `/api/v1/departments/${t.department.id}`,
          payload: { nameEn: `${t.department.nameEn}.` },
        }),
        expect: expectFor(ADMINS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/users/{id}',
        target,
        request: (_f, t) => ({ url: `/api/v1/users/${t.bystander.id}` }),
        expect: expectFor(READERS, 200),
      },
      {
        method: 'PATCH',
        route: '/api/v1/users/{id}',
        target,
        request: (_f, t) => ({ url: `/api/v1/users/${t.bystander.id}`, payload: { displayName: 'Renamed 改名' } }),
        expect: expectFor(ADMINS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/users',
        variant: 'in a department',
        target,
        request: (_f, t) => ({
          url: '/api/v1/users',
          payload: { departmentId: t.department.id, displayName: 'New', roles: ['editor'] },
        }),
        expect: expectFor(ADMINS, 201),
      },
      {
        method: 'POST',
        route: '/api/v1/keys',
        variant: 'for another user',
        target,
        request: (_f, t) => ({ url: '/api/v1/keys', payload: { name: 'for bystander', userId: t.bystander.id } }),
        // A person's key comes only from them or a platform admin (issue #12, item 9): a department
        // admin may manage the bystander but gets 403 for minting their key.
        expect: (caller) => (caller === 'dept_admin' && target === 'own' ? 403 : expectFor(ADMINS, 201)(caller)),
      },
      {
        method: 'POST',
        route: '/api/v1/keys',
        variant: 'for a machine account',
        target,
        request: (_f, t) => ({ url: '/api/v1/keys', payload: { name: 'for service', userId: t.users.service.id } }),
        expect: expectFor(ADMINS, 201),
      },
      {
        method: 'DELETE',
        route: '/api/v1/keys/{id}',
        variant: "another user's key",
        target,
        request: async (f, t) => ({ url: `/api/v1/keys/${await freshKeyId(f.store, t.bystander.id)}` }),
        // Keys are invisible without key:manage, so every other role gets 404 rather than 403.
        expect: (caller) =>
          caller === null
            ? 401
            : caller === 'platform_admin' || (target === 'own' && caller === 'dept_admin')
              ? 200
              : 404,
      },
      {
        method: 'GET',
        route: '/api/v1/knowledge/sources/{id}',
        target,
        request: async (f, t) => ({ url: `/api/v1/knowledge/sources/${(await knowledgeDraft(f.store, t)).sourceId}` }),
        expect: expectFor(KNOWLEDGE_READERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/knowledge/versions/{id}',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/versions/${(await knowledgeDraft(f.store, t)).versionId}`,
        }),
        expect: expectFor(KNOWLEDGE_READERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/versions/{id}/approve',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/versions/${(await knowledgeDraft(f.store, t)).versionId}/approve`,
        }),
        expect: expectFor(KNOWLEDGE_APPROVERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/versions/{id}/reject',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/versions/${(await knowledgeDraft(f.store, t)).versionId}/reject`,
          payload: { reason: '答案過時 Outdated answer' },
        }),
        expect: expectFor(KNOWLEDGE_APPROVERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/sources/{id}/rollback',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/sources/${await twicePublishedSource(f.store, t)}/rollback`,
          payload: { version: 1 },
        }),
        expect: expectFor(KNOWLEDGE_APPROVERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/sources/{id}/withdrawal',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/sources/${await twicePublishedSource(f.store, t)}/withdrawal`,
          payload: { reason: '資料過時 Outdated' },
        }),
        expect: expectFor(KNOWLEDGE_WRITERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/sources/{id}/withdrawal/confirm',
        target,
        // Asked for by the bystander, so every approver is a second person.
        request: async (f, t) => ({
          url: `/api/v1/knowledge/sources/${await withdrawalRequested(f.store, t)}/withdrawal/confirm`,
        }),
        expect: expectFor(KNOWLEDGE_APPROVERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/knowledge/sources/{id}/withdrawal/decline',
        target,
        request: async (f, t) => ({
          url: `/api/v1/knowledge/sources/${await withdrawalRequested(f.store, t)}/withdrawal/decline`,
          payload: { reason: '內容仍然正確 Still correct' },
        }),
        expect: expectFor(KNOWLEDGE_APPROVERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/bots/{botId}',
        target,
        request: async (f, t) => ({ url: `/api/v1/bots/${await testBot(f.store, t)}` }),
        expect: expectFor(HUMANS, 200),
      },
      {
        method: 'PATCH',
        route: '/api/v1/bots/{botId}',
        target,
        request: async (f, t) => ({ url: `/api/v1/bots/${await testBot(f.store, t)}`, payload: { threshold: 0.4 } }),
        expect: expectFor(BOT_MANAGERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/bots/{botId}/publish',
        target,
        // A draft that passes the go-live gate (satisfied through the governance services): roles alone decide.
        request: async (f, t) => ({ url: `/api/v1/bots/${await gatedDraft(f, t)}/publish` }),
        expect: expectFor(BOT_PUBLISHERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/governance/applications/{id}/go-live',
        target,
        request: async (f, t) => ({ url: `/api/v1/governance/applications/${await application(f, t)}/go-live` }),
        expect: expectFor(GOV_READERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/bots/{botId}/unpublish',
        target,
        request: async (f, t) => ({ url: `/api/v1/bots/${await testBot(f.store, t)}/unpublish` }),
        expect: expectFor(BOT_PUBLISHERS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/bots/{botId}/preview',
        target,
        readOnly: true,
        request: async (f, t) => ({
          url: `/api/v1/bots/${await testBot(f.store, t, false)}/preview`,
          payload: { question: '狗牌幾錢？' },
        }),
        expect: expectFor(BOT_PREVIEWERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/bots/{botId}/analytics',
        target,
        request: async (f, t) => ({ url: `/api/v1/bots/${await testBot(f.store, t)}/analytics` }),
        expect: expectFor(HUMANS, 200),
      },
      // Evaluations (issue 16): governance readers read runs; evaluation:run starts them and sets schedules.
      {
        method: 'POST',
        route: '/api/v1/bots/{botId}/evaluations',
        target,
        request: async (f, t) => ({
          url: `/api/v1/bots/${await testBot(f.store, t)}/evaluations`,
          payload: { suiteId: 'golden-qa' },
        }),
        expect: expectFor(['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer'], 202),
      },
      {
        method: 'GET',
        route: '/api/v1/bots/{botId}/evaluations',
        target,
        request: async (f, t) => ({ url: `/api/v1/bots/${await testBot(f.store, t)}/evaluations` }),
        expect: expectFor(HUMANS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/evaluations/{id}',
        target,
        request: async (f, t) => ({ url: `/api/v1/evaluations/${await evaluationRun(f.store, t)}` }),
        expect: expectFor(HUMANS, 200),
      },
      {
        method: 'PUT',
        route: '/api/v1/bots/{botId}/evaluation-schedule',
        target,
        request: async (f, t) => ({
          url: `/api/v1/bots/${await testBot(f.store, t)}/evaluation-schedule`,
          payload: { intervalHours: 168 },
        }),
        expect: expectFor(['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer'], 200),
      },
      {
        method: 'GET',
        route: '/api/v1/handoff-cases/{id}',
        target,
        request: async (f, t) => ({ url: `/api/v1/handoff-cases/${(await handoffCase(f, t)).id}` }),
        expect: expectFor(AGENTS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/handoff-cases/{id}/conversation',
        target,
        request: async (f, t) => ({ url: `/api/v1/handoff-cases/${(await handoffCase(f, t)).id}/conversation` }),
        expect: expectFor(AGENTS, 200),
      },
      {
        method: 'POST',
        route: '/api/v1/handoff-cases/{id}/teach',
        target,
        request: async (f, t) => ({
          url: `/api/v1/handoff-cases/${(await handoffCase(f, t)).id}/teach`,
          payload: { answer: '請致電 1823。Please call 1823.' },
        }),
        // Teaching writes a knowledge draft: it takes handoff:work and knowledge:write, so an agent alone
        // is refused (403); another department's case is not found first (404), as for every case route.
        expect:
          target === 'own'
            ? only(
                AGENTS.filter((role) => KNOWLEDGE_WRITERS.includes(role)),
                201,
              )
            : crossDepartment(AGENTS, 201),
      },
      ...(
        [
          ['refer', (f: Fixture) => ({ departmentId: f.other.department.id })],
          ['take', () => undefined],
          ['assign', (_f: Fixture, t: DepartmentFixture) => ({ assigneeId: t.users.agent.id })],
          ['reply', () => ({ reply: '已處理 Done.' })],
          ['close', () => undefined],
        ] as const
      ).map(
        ([step, payload]): RouteCase => ({
          method: 'POST',
          route: `/api/v1/handoff-cases/{id}/${step}`,
          target,
          request: async (f, t) => {
            const body = payload(f, t);
            return {
              url: `/api/v1/handoff-cases/${(await handoffCase(f, t)).id}/${step}`,
              ...(body ? { payload: body } : {}),
            };
          },
          expect: expectFor(AGENTS, 200),
        }),
      ),
      {
        method: 'GET',
        route: '/api/v1/gateway/allowlist/{departmentId}',
        target,
        request: (_f, t) => ({ url: `/api/v1/gateway/allowlist/${t.department.id}` }),
        expect: expectFor(READERS, 200),
      },
      {
        method: 'PUT',
        route: '/api/v1/gateway/allowlist/{departmentId}',
        target,
        request: async (f, t) => {
          await gatewayProvider(f);
          return {
            url: `/api/v1/gateway/allowlist/${t.department.id}`,
            payload: { entries: [{ provider: 'matrix', model: 'm' }] },
          };
        },
        expect: expectFor(['platform_admin'], 200),
      },
      {
        method: 'GET',
        route: '/api/v1/gateway/quotas/{departmentId}',
        target,
        request: (_f, t) => ({ url: `/api/v1/gateway/quotas/${t.department.id}` }),
        expect: expectFor(READERS, 200),
      },
      {
        method: 'PUT',
        route: '/api/v1/gateway/quotas/{departmentId}',
        target,
        request: (_f, t, caller) => ({
          url: `/api/v1/gateway/quotas/${t.department.id}`,
          payload: { botId: `matrix-${caller ?? 'anonymous'}`, requestsPerMonth: 1000 },
        }),
        expect: expectFor(ADMINS, 200),
      },
      {
        method: 'DELETE',
        route: '/api/v1/gateway/quotas/{departmentId}',
        target,
        request: async (f, t, caller) => {
          const botId = `delete-${caller ?? 'anonymous'}`;
          await putQuota(f.store.db, gatewayContext, t.department.id, botId, {
            requestsPerMinute: 10,
            tokensPerMinute: null,
            requestsPerMonth: null,
            tokensPerMonth: null,
          });
          return { url: `/api/v1/gateway/quotas/${t.department.id}?botId=${botId}` };
        },
        expect: expectFor(ADMINS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/usage',
        variant: 'filtered by department',
        target,
        request: (_f, t) => ({ url: `/api/v1/usage?departmentId=${t.department.id}` }),
        // Another department's id: 404 for permitted roles, as on every list (issue #12, item 11).
        expect: expectFor(READERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/analytics/department',
        target,
        request: (_f, t) => ({ url: `/api/v1/analytics/department?departmentId=${t.department.id}` }),
        expect: expectFor(HUMANS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/jobs/{id}',
        target,
        request: async (f, t) => {
          const job = await enqueueJob(f.store.db, {
            kind: 'noop',
            departmentId: t.department.id,
            payload: {},
            createdBy: t.bystander.id,
          });
          return { url: `/api/v1/jobs/${job.id}` };
        },
        // Any caller of the department may follow its jobs; others get 404.
        expect:
          target === 'own'
            ? only(ALL, 200)
            : (caller) => (caller === null ? 401 : caller === 'platform_admin' ? 200 : 404),
      },
      {
        method: 'GET',
        route: '/api/v1/audit',
        variant: 'filtered by department',
        target,
        request: (_f, t) => ({ url: `/api/v1/audit?departmentId=${t.department.id}` }),
        // Another department's id: 404 for permitted roles, as on every list (issue #12, item 11).
        expect: expectFor(READERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/audit/facets',
        variant: 'filtered by department',
        target,
        request: (_f, t) => ({ url: `/api/v1/audit/facets?departmentId=${t.department.id}` }),
        // The search's choices name what a department did: as closed to other departments as the list.
        expect: expectFor(READERS, 200),
      },
    ];
  }),
  { method: 'GET', route: '/api/v1/users', request: () => ({ url: '/api/v1/users' }), expect: only(READERS, 200) },
  {
    method: 'POST',
    route: '/api/v1/users',
    variant: 'in the caller’s department',
    request: () => ({ url: '/api/v1/users', payload: { displayName: 'Officer 陳', roles: ['agent'] } }),
    expect: only(ADMINS, 201),
  },
  { method: 'GET', route: '/api/v1/keys', request: () => ({ url: '/api/v1/keys' }), expect: only(ALL, 200) },
  {
    method: 'POST',
    route: '/api/v1/keys',
    variant: 'for oneself',
    request: () => ({ url: '/api/v1/keys', payload: { name: 'my laptop' } }),
    expect: only(HUMANS, 201),
  },
  {
    method: 'DELETE',
    route: '/api/v1/keys/{id}',
    variant: 'one’s own key',
    request: async (f, t, caller) => ({
      url: `/api/v1/keys/${await freshKeyId(f.store, t.users[caller ?? 'editor'].id)}`,
    }),
    expect: only(ALL, 200),
  },
  { method: 'GET', route: '/api/v1/audit', request: () => ({ url: '/api/v1/audit' }), expect: only(READERS, 200) },
  {
    method: 'GET',
    route: '/api/v1/audit/facets',
    request: () => ({ url: '/api/v1/audit/facets' }),
    expect: only(READERS, 200),
  },
  { method: 'GET', route: '/api/v1/bots', request: () => ({ url: '/api/v1/bots' }), expect: only(HUMANS, 200) },
  {
    method: 'POST',
    route: '/api/v1/bots',
    request: (_f, _t, caller) => ({
      url: '/api/v1/bots',
      payload: {
        id: `made-by-${caller ?? 'anonymous'}`.replaceAll('_', '-'),
        config: {
          name: { zh: '新', en: 'New' },
          greeting: { zh: '你好', en: 'Hi' },
          disclosure: { zh: '人工智能', en: 'AI' },
          fallback: { zh: '1823', en: '1823' },
        },
      },
    }),
    expect: only(BOT_MANAGERS, 201),
    // bot.create and application.create: every LionRock bot is a registered AI application.
    auditEntries: 2,
  },
  {
    method: 'GET',
    route: '/api/v1/bots/{botId}/public',
    request: async (f) => ({ url: `/api/v1/bots/${await testBot(f.store, f.other)}/public` }),
    expect: publicRoute,
  },
  // The citizen asks for a person: the case opened is the one audit entry.
  {
    method: 'POST',
    route: '/api/v1/bots/{botId}/ask',
    request: async (f) => ({
      url: `/api/v1/bots/${await testBot(f.store, f.other)}/ask`,
      payload: { question: '我想搵真人' },
    }),
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/api/v1/bots/{botId}/ask/stream',
    request: async (f) => ({
      url: `/api/v1/bots/${await testBot(f.store, f.other)}/ask/stream`,
      payload: { question: 'I want to speak to a human' },
    }),
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/v1/chat/completions',
    request: async (f) => ({
      url: '/v1/chat/completions',
      payload: {
        model: await testBot(f.store, f.other),
        messages: [{ role: 'user', content: 'Can I talk to a person?' }],
      },
    }),
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/v1/responses',
    request: async (f) => ({
      url: '/v1/responses',
      payload: { model: await testBot(f.store, f.other), input: 'Can I talk to a person?' },
    }),
    expect: publicRoute,
  },
  { method: 'GET', route: '/v1/models', request: () => ({ url: '/v1/models' }), expect: publicRoute },
  {
    method: 'GET',
    route: '/v1/models/{model}',
    request: async (f) => ({ url: `/v1/models/${await testBot(f.store, f.other)}` }),
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/api/v1/bots/{botId}/feedback',
    request: async (f) => {
      const turn = await answeredTurn(f, f.other);
      return {
        url: `/api/v1/bots/${turn.botId}/feedback`,
        payload: { sessionId: turn.sessionId, messageId: turn.messageId, rating: 'up' },
      };
    },
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/v1/handoffs/{reference}',
    request: async (f) => {
      const handoff = await handoffCase(f, f.other);
      return { url: `/api/v1/handoffs/${handoff.reference}?code=${handoff.checkCode}` };
    },
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/v1/handoff-cases',
    request: () => ({ url: '/api/v1/handoff-cases' }),
    expect: only(AGENTS, 200),
  },
  ...(['agents', 'departments'] as const).map(
    (list): RouteCase => ({
      method: 'GET',
      route: `/api/v1/handoff-cases/${list}`,
      request: () => ({ url: `/api/v1/handoff-cases/${list}` }),
      expect: only(AGENTS, 200),
    }),
  ),
  {
    method: 'POST',
    route: '/api/v1/knowledge/sources',
    variant: 'file upload',
    request: (_f, _t, caller) => faqUpload(`upload-${caller ?? 'anonymous'}`),
    expect: only(KNOWLEDGE_WRITERS, 201),
  },
  {
    method: 'POST',
    route: '/api/v1/knowledge/sources',
    variant: 'URL import queued as a job',
    request: () => ({ url: '/api/v1/knowledge/sources', payload: { url: 'https://www.gov.hk/en/residents/' } }),
    expect: only(KNOWLEDGE_WRITERS, 202),
  },
  {
    method: 'GET',
    route: '/api/v1/knowledge/sources',
    request: () => ({ url: '/api/v1/knowledge/sources' }),
    expect: only(KNOWLEDGE_READERS, 200),
  },
  {
    method: 'GET',
    route: '/api/v1/knowledge/search',
    request: () => ({ url: `/api/v1/knowledge/search?q=${encodeURIComponent('狗牌')}` }),
    expect: only(KNOWLEDGE_READERS, 200),
  },
  {
    method: 'GET',
    route: '/api/v1/audit/verify',
    request: () => ({ url: '/api/v1/audit/verify' }),
    expect: only(READERS, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/guard/scan',
    variant: 'a text with personal data (audited)',
    request: () => ({ url: '/api/v1/guard/scan', payload: { text: '身份證 A123456(3)' } }),
    expect: only(ALL, 200),
  },
  {
    method: 'GET',
    route: '/api/v1/guard/policy',
    request: () => ({ url: '/api/v1/guard/policy' }),
    expect: only(ALL, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/guard/policy',
    // A bot's own policy, on a bot not registered for governance: a department-wide change would also flag
    // (and audit) re-assessment for every assessed application the department has by then.
    request: async (f, t) => ({
      url: '/api/v1/guard/policy',
      payload: { botId: await testBot(f.store, t, false), policy: { input: { pii: { action: 'mask' } } } },
    }),
    expect: only(ADMINS, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/guard/blocklist',
    request: (_f, _t, caller) => ({
      url: '/api/v1/guard/blocklist',
      payload: { source: 'matrix', content: `${caller ?? 'anon'}.blocked.example`.replace('_', '-') },
    }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'GET',
    route: '/api/v1/guard/blocklist',
    request: () => ({ url: '/api/v1/guard/blocklist?contains=example&limit=10' }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'DELETE',
    route: '/api/v1/guard/blocklist/{domain}',
    request: async (f, _t, caller) => {
      const domain = `${caller ?? 'anon'}.remove.example`.replace('_', '-');
      await f.store.db
        .insert(guardBlocklist)
        .values({ domain, source: 'matrix', addedBy: 'matrix' })
        .onConflictDoNothing();
      return { url: `/api/v1/guard/blocklist/${domain}` };
    },
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'GET',
    route: '/api/v1/gateway/providers',
    request: () => ({ url: '/api/v1/gateway/providers' }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'POST',
    route: '/api/v1/gateway/providers',
    request: (_f, _t, caller) => ({
      url: '/api/v1/gateway/providers',
      payload: {
        name: `new-${caller ?? 'anonymous'}`,
        baseUrl: 'http://127.0.0.1:9/v1',
        models: ['m'],
      },
    }),
    expect: only(['platform_admin'], 201),
  },
  {
    method: 'GET',
    route: '/api/v1/gateway/providers/{id}',
    request: async (f) => ({ url: `/api/v1/gateway/providers/${(await gatewayProvider(f)).id}` }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'PATCH',
    route: '/api/v1/gateway/providers/{id}',
    request: async (f) => ({
      url: `/api/v1/gateway/providers/${await freshProvider(f)}`,
      payload: { timeoutMs: 5000 },
    }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'DELETE',
    route: '/api/v1/gateway/providers/{id}',
    request: async (f) => ({ url: `/api/v1/gateway/providers/${await freshProvider(f)}` }),
    expect: only(['platform_admin'], 200),
  },
  {
    method: 'GET',
    route: '/api/v1/gateway/models',
    request: async (f) => {
      await gatewayProvider(f);
      return { url: '/api/v1/gateway/models' };
    },
    expect: only(GATEWAY_CALLERS, 200),
  },
  {
    method: 'POST',
    route: '/api/v1/gateway/chat/completions',
    variant: 'an allowed model (the call is audited)',
    request: async (f) => {
      await gatewayProvider(f);
      return {
        url: '/api/v1/gateway/chat/completions',
        payload: { model: 'matrix/m', messages: [{ role: 'user', content: '你好' }] },
      };
    },
    expect: only(GATEWAY_CALLERS, 200),
  },
  { method: 'GET', route: '/api/v1/usage', request: () => ({ url: '/api/v1/usage' }), expect: only(READERS, 200) },
  ...governanceRegistryCases(),
  ...governanceReviewCases(),
];
CASES.push(...assistantDraftCases());

/** The AI application registry and catalogue (issue #16). */
function governanceRegistryCases(): RouteCase[] {
  const apps = '/api/v1/governance/applications';
  const cases: RouteCase[] = [
    {
      method: 'POST',
      route: apps,
      request: (_f, t) => ({ url: apps, payload: registration(t.users.approver.id) }),
      expect: only(GOV_PREPARERS, 201),
    },
    { method: 'GET', route: apps, request: () => ({ url: apps }), expect: only(GOV_READERS, 200) },
    {
      method: 'GET',
      route: '/api/v1/governance/catalogue',
      request: () => ({ url: '/api/v1/governance/catalogue?q=OCR' }),
      expect: only(GOV_READERS, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/governance/catalogue/{id}',
      variant: "another department's entry: the catalogue is shared",
      request: async (f) => ({ url: `/api/v1/governance/catalogue/${await application(f, f.other)}` }),
      expect: only(GOV_READERS, 200),
    },
    {
      method: 'POST',
      route: `${apps}/{id}/reuse`,
      variant: "another department's application, reused into the caller's",
      request: async (f) => ({
        url: `${apps}/${await application(f, f.other)}/reuse`,
        payload: { ownerId: f.own.users.approver.id },
      }),
      expect: only(GOV_PREPARERS, 201),
    },
  ];
  for (const target of ['own', 'other'] as const) {
    const onTarget = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    cases.push(
      {
        method: 'GET',
        route: `${apps}/{id}`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PATCH',
        route: `${apps}/{id}`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}`, payload: { generative: true } }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${apps}/{id}/status`,
        target,
        request: async (f, t) => ({
          url: `${apps}/${await application(f, t)}/status`,
          payload: { status: 'in_review' },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
    );
  }
  return cases;
}

function registration(ownerId: string) {
  return {
    ownerId,
    type: 'ocr',
    name: { en: 'Form OCR', zhHant: '表格文字辨識' },
    purpose: { en: 'Reads forms', zhHant: '讀取表格' },
    publicFacing: false,
    generative: false,
    personalData: false,
  };
}

/** A fresh draft application of `target`'s department (each call may move or change it). */
async function application(f: Fixture, target: DepartmentFixture): Promise<string> {
  const created = await createApplication(f.store.db, gatewayContext, {
    ...registration(target.users.approver.id),
    type: 'ocr',
    departmentId: target.department.id,
  });
  return created.id;
}

/** Staged assessments, endorsements and returns, re-assessment and the review policy (issue #16). */
function governanceAssessmentCases(): RouteCase[] {
  const apps = '/api/v1/governance/applications';
  const assessments = '/api/v1/governance/assessments';
  const cases: RouteCase[] = [
    {
      method: 'GET',
      route: '/api/v1/governance/overdue',
      request: () => ({ url: '/api/v1/governance/overdue' }),
      expect: only(GOV_READERS, 200),
    },
  ];
  for (const target of ['own', 'other'] as const) {
    const onTarget = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    /**
     * Endorsing or returning a low-impact assessment prepared by the bystander: the application's owner
     * (the approver) and the assurance reviewer act; the IT board is not needed (409); other endorsers hold
     * no capacity (403), platform admins included; another department's assessment is 404 to those who
     * may endorse, except platform admins, who see it but hold no capacity there either.
     */
    const decision: Expectation = (caller) => {
      if (caller === null) return 401;
      if (!GOV_ENDORSERS.includes(caller)) return 403;
      if (target === 'other') return caller === 'platform_admin' ? 403 : 404;
      if (caller === 'approver' || caller === 'assurance_reviewer') return 200;
      return caller === 'it_board' ? 409 : 403;
    };
    cases.push(
      {
        method: 'POST',
        route: `${apps}/{id}/assessments`,
        target,
        request: async (f, t) => ({
          url: `${apps}/${await application(f, t)}/assessments`,
          payload: { stage: 'planning' },
        }),
        expect: onTarget(GOV_PREPARERS, 201),
      },
      {
        method: 'GET',
        route: `${apps}/{id}/assessments`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/assessments` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'GET',
        route: `${apps}/{id}/assessment-status`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/assessment-status` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'GET',
        route: `${apps}/{id}/bom`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/bom` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'GET',
        route: `${apps}/{id}/bom/changes`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/bom/changes` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'GET',
        route: `${apps}/{id}/report`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/report?format=html` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'POST',
        route: `${apps}/{id}/reassessment`,
        target,
        request: async (f, t) => ({
          url: `${apps}/${await application(f, t)}/reassessment`,
          payload: { reason: 'Citizens were quoted a wrong fee' },
        }),
        expect: onTarget(GOV_PREPARERS, 201),
      },
      {
        method: 'GET',
        route: `${assessments}/{id}`,
        target,
        request: async (f, t) => ({ url: `${assessments}/${await assessment(f, t, 'draft')}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PATCH',
        route: `${assessments}/{id}`,
        target,
        request: async (f, t) => ({
          url: `${assessments}/${await assessment(f, t, 'draft')}`,
          payload: { answers: { A: { value: 'no' } } },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${assessments}/{id}/submit`,
        target,
        request: async (f, t) => ({ url: `${assessments}/${await assessment(f, t, 'answered')}/submit` }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${assessments}/{id}/endorse`,
        target,
        request: async (f, t) => ({ url: `${assessments}/${await assessment(f, t, 'submitted')}/endorse` }),
        expect: decision,
      },
      {
        method: 'POST',
        route: `${assessments}/{id}/return`,
        target,
        request: async (f, t) => ({
          url: `${assessments}/${await assessment(f, t, 'submitted')}/return`,
          payload: { comment: 'Q6 needs evidence' },
        }),
        expect: decision,
      },
      {
        method: 'GET',
        route: '/api/v1/governance/settings',
        target,
        request: (_f, t) => ({ url: `/api/v1/governance/settings?departmentId=${t.department.id}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PUT',
        route: '/api/v1/governance/settings',
        target,
        request: (_f, t) => ({
          url: '/api/v1/governance/settings',
          payload: { departmentId: t.department.id, suspendOverdue: false },
        }),
        expect: onTarget(ADMINS, 200),
      },
    );
  }
  return cases;
}

const GOV_ENDORSERS: Role[] = ['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer', 'it_board'];

/**
 * A fresh planning assessment of a fresh application of `target` (owned by its approver), prepared by
 * its bystander: a draft, a complete draft, or submitted for review (low impact).
 */
async function assessment(f: Fixture, target: DepartmentFixture, state: 'draft' | 'answered' | 'submitted') {
  const ctx = {
    principal: {
      id: target.bystander.id,
      roles: target.bystander.roles,
      departmentId: target.department.id,
      keyId: null,
    },
    requestId: 'matrix',
  };
  const row = await startAssessment(f.store.db, ctx, await application(f, target), 'planning');
  if (state === 'draft') return row.id;
  const answer = (templateId: string, stage: 'planning' | null) => {
    const template = latestTemplate(templateId);
    if (!template) throw new Error(`${templateId} missing`);
    return Object.fromEntries(
      applicableQuestions(template, stage).map((q) => [
        q.id,
        {
          value:
            q.kind === 'yes_no' ? 'no' : q.kind === 'yes_no_na' ? 'yes' : q.kind === 'go_no_go' ? 'go' : 'Our answer',
        },
      ]),
    );
  };
  await saveAnswers(f.store.db, ctx, row.id, {
    answers: answer('hk-aiaia', 'planning'),
    tierAnswers: answer('hk-genai-tier', null),
  });
  if (state === 'submitted') await submitAssessment(f.store.db, ctx, row.id);
  return row.id;
}

CASES.push(...governanceAssessmentCases());
CASES.push(...accountabilityCases());
CASES.push(...dataGovernanceCases());

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

CASES.push(...assistantCases());

describe('authorisation matrix', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  it('covers every route in the OpenAPI document', async () => {
    const paths = (f.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  for (const c of CASES) {
    const label = `${c.method} ${c.route}${c.variant ? ` (${c.variant})` : ''}${c.target === 'other' ? ' on another department' : ''}`;
    it(label, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const caller of [...ROLES, null] as Caller[]) {
        const target = c.target === 'other' ? f.other : f.own;
        const options = await c.request(f, target, caller);
        const before = await f.auditCount();
        const response = await f.as(caller, { ...options, method: c.method } as InjectOptions);
        const written = (await f.auditCount()) - before;
        const ok = response.statusCode < 300;
        const auditOk = written === (ok && MUTATING.has(c.method) && !c.readOnly ? (c.auditEntries ?? 1) : 0);
        outcomes.push(
          `${caller ?? 'anonymous'}: ${response.statusCode}${auditOk ? '' : ` (audit entries: ${written})`}`,
        );
        expected.push(`${caller ?? 'anonymous'}: ${c.expect(caller)}`);
        if (!ok) {
          expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
          if (c.target === 'other') {
            // A refusal never carries the other department's data.
            expect(response.body).not.toContain(f.other.department.nameEn);
            expect(response.body).not.toContain(f.other.bystander.displayName);
          }
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('lists never include another department’s objects', async () => {
    for (const role of READERS.filter((r) => r !== 'platform_admin')) {
      const users = (await f.as(role, { method: 'GET', url: '/api/v1/users' })).json() as {
        items: { departmentId: string }[];
      };
      expect(users.items.length).toBeGreaterThan(0);
      expect(users.items.every((u) => u.departmentId === f.own.department.id)).toBe(true);
      const audit = (await f.as(role, { method: 'GET', url: '/api/v1/audit?limit=500' })).json() as {
        items: { departmentId: string | null }[];
      };
      expect(audit.items.length).toBeGreaterThan(0);
      expect(audit.items.every((e) => e.departmentId === f.own.department.id)).toBe(true);
    }
    const departments = (await f.as('editor', { method: 'GET', url: '/api/v1/departments' })).json() as {
      items: { id: string }[];
    };
    expect(departments.items.map((d) => d.id)).toEqual([f.own.department.id]);
  });

  it('a department admin cannot grant or manage platform admins', async () => {
    const grant = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: 'X', roles: ['platform_admin'] },
    });
    expect(grant.statusCode).toBe(403);
    const manage = await f.as('dept_admin', {
      method: 'PATCH',
      url: `/api/v1/users/${f.own.users.platform_admin.id}`,
      payload: { status: 'disabled' },
    });
    expect(manage.statusCode).toBe(403);
  });
});

/** Drafts from templates (issue #17): the officer's own drafts, the second officer's approval. */
function assistantDraftCases(): RouteCase[] {
  const users: Role[] = ['platform_admin', 'dept_admin', 'editor', 'approver', 'reviewer', 'agent'];
  const approvers: Role[] = ['platform_admin', 'dept_admin', 'approver'];
  const drafts = '/api/v1/assistant/drafts';
  const memo = {
    templateId: 'internal-memo',
    language: 'en',
    slots: { reference: 'M/1', to: 'Licensing', from: 'Registry', date: '4 March 2026', subject: 'Dog licences' },
    facts: ['120 dog licences were issued in March.'],
  };
  /** A draft of the department's bystander (so no caller wrote it), optionally awaiting approval. */
  const draftOf = async (f: Fixture, t: DepartmentFixture, pending = false): Promise<string> => {
    const principal = { id: t.bystander.id, roles: t.bystander.roles, departmentId: t.department.id, keyId: null };
    const ctx = { principal, requestId: 'matrix' };
    const draft = await createDraft(f.store.db, ctx, { ...memo, language: 'en' });
    if (pending) await requestApproval(f.store.db, ctx, draft.id);
    return draft.id;
  };
  const cases: RouteCase[] = [
    {
      method: 'GET',
      route: '/api/v1/assistant/draft-templates',
      request: () => ({ url: '/api/v1/assistant/draft-templates' }),
      expect: only(users, 200),
    },
    { method: 'POST', route: drafts, request: () => ({ url: drafts, payload: memo }), expect: only(users, 201) },
    {
      method: 'POST',
      route: drafts,
      target: 'other',
      request: (_f, t) => ({ url: drafts, payload: { ...memo, departmentId: t.department.id } }),
      expect: crossDepartment(users, 201),
    },
    { method: 'GET', route: drafts, request: () => ({ url: drafts }), expect: only(users, 200) },
  ];
  for (const target of ['own', 'other'] as const) {
    const expectFor = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    cases.push(
      {
        method: 'GET',
        route: `${drafts}/{id}`,
        target,
        request: async (f, t) => ({ url: `${drafts}/${await draftOf(f, t)}` }),
        expect: expectFor(users, 200),
      },
      {
        method: 'POST',
        route: `${drafts}/{id}/versions`,
        target,
        request: async (f, t) => ({
          url: `${drafts}/${await draftOf(f, t)}/versions`,
          payload: { text: 'MEMO\n\nTo: Licensing\n\n120 dog licences were issued in March.' },
        }),
        expect: expectFor(users, 201),
      },
      {
        method: 'POST',
        route: `${drafts}/{id}/regenerate`,
        variant: 'the model call is audited too',
        target,
        request: async (f, t) => {
          await gatewayProvider(f);
          return {
            url: `${drafts}/${await draftOf(f, t)}/regenerate`,
            payload: { model: { provider: 'matrix', model: 'm' } },
          };
        },
        expect: expectFor(users, 201),
        auditEntries: 2,
      },
      {
        method: 'GET',
        route: `${drafts}/{id}/issues`,
        target,
        request: async (f, t) => ({ url: `${drafts}/${await draftOf(f, t)}/issues` }),
        expect: expectFor(users, 200),
      },
      {
        method: 'POST',
        route: `${drafts}/{id}/approval-request`,
        target,
        request: async (f, t) => ({ url: `${drafts}/${await draftOf(f, t)}/approval-request` }),
        expect: expectFor(users, 200),
      },
      {
        method: 'POST',
        route: `${drafts}/{id}/approval`,
        target,
        request: async (f, t) => ({
          url: `${drafts}/${await draftOf(f, t, true)}/approval`,
          payload: { decision: 'approve' },
        }),
        // Only an officer of the draft's own department decides: a platform admin elsewhere is refused.
        expect:
          target === 'own'
            ? only(approvers, 200)
            : (caller) =>
                caller === null ? 401 : approvers.includes(caller) && caller !== 'platform_admin' ? 404 : 403,
      },
      {
        method: 'POST',
        route: `${drafts}/{id}/finalise`,
        target,
        request: async (f, t) => ({ url: `${drafts}/${await draftOf(f, t)}/finalise` }),
        expect: expectFor(users, 200),
      },
    );
  }
  return cases;
}

/** What the console's assessment form and reviewer queue read (issue #16). */
function governanceReviewCases(): RouteCase[] {
  const endorsers: Role[] = ['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer', 'it_board'];
  return [
    {
      method: 'GET',
      route: '/api/v1/governance/templates/{templateId}/{version}',
      request: () => ({ url: '/api/v1/governance/templates/hk-aiaia/1.4' }),
      expect: only(GOV_READERS, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/governance/review-queue',
      request: () => ({ url: '/api/v1/governance/review-queue' }),
      expect: only(endorsers, 200),
    },
    {
      method: 'GET',
      route: '/api/v1/governance/departments',
      request: () => ({ url: '/api/v1/governance/departments' }),
      expect: only(GOV_READERS, 200),
    },
  ];
}

/** Transparency notices and the incident register (issue #18). */
function accountabilityCases(): RouteCase[] {
  const apps = '/api/v1/governance/applications';
  const incidentsPath = '/api/v1/governance/incidents';
  const ctxOf = (t: DepartmentFixture) => ({
    principal: { id: t.bystander.id, roles: t.bystander.roles, departmentId: t.department.id, keyId: null },
    requestId: 'matrix',
  });
  const words = {
    doesNotDo: { en: 'It decides nothing.', zhHant: '它不作決定。' },
    complaints: { en: 'Call 1823.', zhHant: '請致電 1823。' },
  };
  /** An application of `t` with a draft notice, for publishing. */
  const drafted = async (f: Fixture, t: DepartmentFixture) => {
    const id = await application(f, t);
    await saveNoticeDraft(f.store.db, gatewayContext, id, words);
    return id;
  };
  /** An incident of `t` reported by its bystander: open (at `step`), or a guard draft. */
  const incidentOf = async (f: Fixture, t: DepartmentFixture, state: 'open' | 'recovered' | 'draft') => {
    const applicationId = await application(f, t);
    if (state === 'draft') {
      return (
        await openDraftIncident(f.store.db, gatewayContext, {
          departmentId: t.department.id,
          applicationId,
          source: 'guard_attack_burst',
          title: 'Burst',
          description: 'Five blocked attacks',
          severity: 'medium',
          detail: {},
        })
      ).id;
    }
    const incident = await reportIncident(f.store.db, ctxOf(t), {
      title: 'Wrong answers',
      description: 'Citizens were quoted a wrong fee',
      severity: 'high',
      applicationIds: [applicationId],
    });
    if (state === 'recovered')
      await addTimelineEntry(f.store.db, ctxOf(t), incident.id, { step: 'recover', note: 'ok' });
    return incident.id;
  };
  const cases: RouteCase[] = [
    {
      method: 'GET',
      route: '/api/v1/governance/incidents',
      request: () => ({ url: incidentsPath }),
      expect: only(GOV_READERS, 200),
    },
  ];
  for (const target of ['own', 'other'] as const) {
    const onTarget = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    /** Closure: endorsers may try; only an assurance reviewer (not the reporter) of the department closes. */
    const closure: Expectation = (caller) => {
      if (caller === null) return 401;
      if (!GOV_ENDORSERS.includes(caller)) return 403;
      if (target === 'other') return caller === 'platform_admin' ? 403 : 404;
      return caller === 'assurance_reviewer' ? 200 : 403;
    };
    cases.push(
      {
        method: 'GET',
        route: `${apps}/{id}/transparency`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/transparency` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PUT',
        route: `${apps}/{id}/transparency`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await application(f, t)}/transparency`, payload: words }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${apps}/{id}/transparency/publish`,
        target,
        request: async (f, t) => ({ url: `${apps}/${await drafted(f, t)}/transparency/publish` }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: incidentsPath,
        target,
        request: async (f, t) => ({
          url: incidentsPath,
          payload: {
            title: 'Wrong fee',
            description: 'Quoted $80',
            severity: 'high',
            applicationIds: [await application(f, t)],
          },
        }),
        expect: onTarget(GOV_PREPARERS, 201),
        // The incident, and the re-assessment it makes due.
        auditEntries: 2,
      },
      {
        method: 'GET',
        route: `${incidentsPath}/{id}`,
        target,
        request: async (f, t) => ({ url: `${incidentsPath}/${await incidentOf(f, t, 'open')}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'POST',
        route: `${incidentsPath}/{id}/timeline`,
        target,
        request: async (f, t) => ({
          url: `${incidentsPath}/${await incidentOf(f, t, 'open')}/timeline`,
          payload: { step: 'contain', note: 'Bot paused' },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${incidentsPath}/{id}/confirm`,
        target,
        request: async (f, t) => ({ url: `${incidentsPath}/${await incidentOf(f, t, 'draft')}/confirm`, payload: {} }),
        expect: onTarget(GOV_PREPARERS, 200),
        auditEntries: 2,
      },
      {
        method: 'POST',
        route: `${incidentsPath}/{id}/dismiss`,
        target,
        request: async (f, t) => ({
          url: `${incidentsPath}/${await incidentOf(f, t, 'draft')}/dismiss`,
          payload: { note: 'Our own red-team test' },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'POST',
        route: `${incidentsPath}/{id}/close`,
        target,
        request: async (f, t) => ({
          url: `${incidentsPath}/${await incidentOf(f, t, 'recovered')}/close`,
          payload: { note: 'Fixed and checked' },
        }),
        expect: closure,
      },
    );
  }
  // The public notice of a live application: anyone, signed in or not (one per fixture).
  const notices = new WeakMap<Fixture, Promise<string>>();
  const liveNotice = (f: Fixture) => {
    let id = notices.get(f);
    if (!id) {
      id = (async () => {
        const people = {
          preparer: principalOf(f.own.users.editor),
          owner: principalOf(f.own.users.dept_admin),
          assurance: principalOf(f.own.users.assurance_reviewer),
          itBoard: principalOf(f.own.users.it_board),
        };
        const live = await liveApplication(f.store.db, f.own.department.id, people);
        await saveNoticeDraft(f.store.db, gatewayContext, live.id, words);
        await publishNotice(f.store.db, gatewayContext, live.id);
        return live.id;
      })();
      notices.set(f, id);
    }
    return id;
  };
  cases.push(
    {
      method: 'GET',
      route: '/transparency/{application}',
      request: async (f) => ({ url: `/transparency/${await liveNotice(f)}` }),
      expect: publicRoute,
    },
    {
      method: 'GET',
      route: '/transparency/{application}.json',
      request: async (f) => ({ url: `/transparency/${await liveNotice(f)}.json` }),
      expect: publicRoute,
    },
  );
  return cases;
}

/** The data catalogue and the consented data exchange (issue #18). */
function dataGovernanceCases(): RouteCase[] {
  const datasetsPath = '/api/v1/governance/datasets';
  const consentsPath = '/api/v1/governance/consents';
  const requestsPath = '/api/v1/governance/consent-requests';
  let names = 0;
  const entry = () => {
    names += 1;
    return {
      name: `matrix-${names}`,
      titleEn: 'Licence records',
      titleZhHant: '牌照紀錄',
      owner: 'Licensing officer',
      classification: 'internal',
      personalData: false,
      personalDataKinds: [],
      retention: '7 years',
      sourceSystems: ['eLicensing'],
    };
  };
  const datasetOf = async (f: Fixture, t: DepartmentFixture) =>
    (await createDataset(f.store.db, gatewayContext, entry() as DatasetInput, t.department.id)).id;
  const thirds = new WeakMap<Fixture, Promise<string>>();
  /** A department that is neither the own nor the other: the far side of the other department's exchanges. */
  const third = (f: Fixture) => {
    let id = thirds.get(f);
    if (!id) {
      id = createDepartment(f.store.db, gatewayContext, { code: 'gamma', nameEn: 'Gamma', nameZh: '丙部門' }).then(
        (d) => d.id,
      );
      thirds.set(f, id);
    }
    return id;
  };
  /** Provider and consumer of an exchange on `t`'s side: own gives to other; other gives to the third. */
  const sides = async (f: Fixture, t: DepartmentFixture) =>
    t === f.own
      ? { provider: f.own.department.id, consumer: f.other.department.id }
      : { provider: f.other.department.id, consumer: await third(f) };
  const terms = { scope: 'licence-records', purpose: 'eligibility', channel: 'CDEG API' };
  const consentOf = async (f: Fixture, t: DepartmentFixture) => {
    const { provider, consumer } = await sides(f, t);
    return (
      await grantConsent(f.store.db, gatewayContext, {
        ownerKind: 'department',
        ownerRef: 'matrix',
        providerDepartmentId: provider,
        consumerDepartmentId: consumer,
        ...terms,
      })
    ).id;
  };
  const requestOf = async (f: Fixture, t: DepartmentFixture) => {
    const { provider, consumer } = await sides(f, t);
    const ctx = { principal: { ...CLI_PRINCIPAL, roles: [], departmentId: consumer }, requestId: 'matrix' };
    return (await requestConsent(f.store.db, ctx, { providerDepartmentId: provider, justification: 'why', ...terms }))
      .id;
  };
  const cases: RouteCase[] = [
    { method: 'GET', route: datasetsPath, request: () => ({ url: datasetsPath }), expect: only(GOV_READERS, 200) },
    {
      method: 'POST',
      route: datasetsPath,
      request: () => ({ url: datasetsPath, payload: entry() }),
      expect: only(GOV_PREPARERS, 201),
    },
    { method: 'GET', route: consentsPath, request: () => ({ url: consentsPath }), expect: only(GOV_READERS, 200) },
    {
      method: 'GET',
      route: '/api/v1/governance/exchange-departments',
      request: () => ({ url: '/api/v1/governance/exchange-departments' }),
      expect: only(GOV_READERS, 200),
    },
    {
      method: 'POST',
      route: consentsPath,
      request: (f) => ({
        url: consentsPath,
        payload: {
          ownerKind: 'data_subject',
          ownerRef: 'subject-1',
          consumerDepartmentId: f.other.department.id,
          ...terms,
        },
      }),
      expect: only(GOV_PREPARERS, 201),
    },
    {
      method: 'POST',
      route: `${consentsPath}/check`,
      // The other department consents to the own one (the caller's) using its data.
      request: async (f) => {
        await grantConsent(f.store.db, gatewayContext, {
          ownerKind: 'department',
          ownerRef: 'beta',
          providerDepartmentId: f.other.department.id,
          consumerDepartmentId: f.own.department.id,
          ...terms,
        });
        return {
          url: `${consentsPath}/check`,
          payload: { providerDepartmentId: f.other.department.id, scope: terms.scope, purpose: terms.purpose },
        };
      },
      expect: only(GOV_PREPARERS, 200),
    },
    { method: 'GET', route: requestsPath, request: () => ({ url: requestsPath }), expect: only(GOV_READERS, 200) },
    {
      method: 'POST',
      route: requestsPath,
      request: (f) => ({
        url: requestsPath,
        payload: { providerDepartmentId: f.other.department.id, justification: 'To check eligibility', ...terms },
      }),
      expect: only(GOV_PREPARERS, 201),
    },
  ];
  for (const target of ['own', 'other'] as const) {
    const onTarget = (roles: readonly Role[], ok: number) =>
      target === 'own' ? only(roles, ok) : crossDepartment(roles, ok);
    cases.push(
      {
        method: 'GET',
        route: `${datasetsPath}/{id}`,
        target,
        request: async (f, t) => ({ url: `${datasetsPath}/${await datasetOf(f, t)}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PATCH',
        route: `${datasetsPath}/{id}`,
        target,
        request: async (f, t) => ({
          url: `${datasetsPath}/${await datasetOf(f, t)}`,
          payload: { retention: '10 years' },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'GET',
        route: '/api/v1/governance/applications/{id}/datasets',
        target,
        request: async (f, t) => ({ url: `/api/v1/governance/applications/${await application(f, t)}/datasets` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'PUT',
        route: '/api/v1/governance/knowledge-sources/{sourceId}/dataset',
        target,
        request: async (f, t) => {
          const { sourceId } = await knowledgeDraft(f.store, t);
          return {
            url: `/api/v1/governance/knowledge-sources/${sourceId}/dataset`,
            payload: { datasetId: await datasetOf(f, t) },
          };
        },
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'GET',
        route: `${consentsPath}/{id}`,
        target,
        request: async (f, t) => ({ url: `${consentsPath}/${await consentOf(f, t)}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'POST',
        route: `${consentsPath}/{id}/revoke`,
        target,
        request: async (f, t) => ({
          url: `${consentsPath}/${await consentOf(f, t)}/revoke`,
          payload: { reason: 'The subject withdrew it' },
        }),
        expect: onTarget(GOV_PREPARERS, 200),
      },
      {
        method: 'GET',
        route: `${requestsPath}/{id}`,
        target,
        request: async (f, t) => ({ url: `${requestsPath}/${await requestOf(f, t)}` }),
        expect: onTarget(GOV_READERS, 200),
      },
      {
        method: 'POST',
        route: `${requestsPath}/{id}/decision`,
        target,
        request: async (f, t) => ({
          url: `${requestsPath}/${await requestOf(f, t)}/decision`,
          payload: { approve: false, note: 'Not needed for that purpose' },
        }),
        expect: onTarget(GOV_ENDORSERS, 200),
      },
    );
  }
  return cases;
}
