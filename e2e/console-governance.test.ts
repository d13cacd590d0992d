import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../src/access/index.ts';
import { extractSource, importIntoKnowledge, reviewVersion } from '../src/knowledge/index.ts';
import {
  officerWithKey,
  type ConsoleHarness,
  ConsoleSessions,
  pressOn as press,
  typeInto,
  untilUsable as usable,
  chooseLanguage,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  startConsoleHarness,
  apiCaller,
  ARTIFACTS,
} from './support/console-harness.ts';

/**
 * Issue 16's console pages in real Chromium, each person in their own browser: a new bot is refused
 * publication with its unmet go-live conditions listed and a link to its governance page; an
 * officer searches the catalogue (English and Chinese words), registers an application and asks to
 * reuse another department's; the officer answers the bot's deployment assessment in 繁體中文 (a
 * refused submission shows its problem beside the question) and submits it in English; the project
 * owner, the assurance reviewer and the IT board / CIO (the answers make the impact high) endorse it
 * from their reviewer queues; the officer starts an evaluation run and reads its items; the gate is
 * met and the owner publishes. Every control is reached from the keyboard; axe on every page state.
 */

const BOT_ID = 'gate-bot';
const BOT_NAME = { en: 'Parking permit assistant', zh: '泊車證助手' };

describe('console: governance pages', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const sessions = new ConsoleSessions(() => h);
  const { pageErrors } = sessions;
  const signedIn = (key: string, language: 'en' | 'zh-Hant') => sessions.signedIn(key, language);
  const open = (page: Page, path: string, heading: string | RegExp) => sessions.open(page, path, heading);
  const keys = { officer: '', owner: '', assurance: '', board: '' };
  let applicationId = '';
  let departmentId = '';

  // The harness starts in beforeAll: the caller is made at each call.
  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const person = (displayName: string, role: string) => officerWithKey(h.base, h.adminKey, displayName, role);
  const noAxeViolations = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  /** Opens a console address and waits until the page is usable (its h1, nothing loading). */
  /** Chooses an option of a labelled react-aria Select from the keyboard. */
  const choose = async (page: Page, label: string, option: string) => {
    // The Select's button is named by its value and its label.
    await press(page.getByRole('button', { name: new RegExp(`(^|\\s)${label}$`) }));
    await press(page.getByRole('option', { name: option, exact: true }));
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    const me = await call(h.adminKey, 'GET', '/api/v1/me');
    departmentId = String((me.department as { id: string }).id);
    // A FAQ every bot of the department answers from: the new bot's golden Q&A is drawn from it.
    const approver = await person('Approver Chan', 'approver');
    const bytes = await readFile(new URL('../src/chat/demo/faq-dog-licence.jsonl', import.meta.url));
    const content = await extractSource({ type: 'file', file: { fileName: 'shared-dog.jsonl', bytes } });
    const imported = await importIntoKnowledge(h.store.db, { principal: CLI_PRINCIPAL, requestId: 'e2e' }, content, {
      departmentId,
      title: 'Dog licence FAQ (all bots)',
    });
    await reviewVersion(
      h.store.db,
      { principal: { id: approver.id, roles: ['approver'], departmentId, keyId: null }, requestId: 'e2e' },
      imported.version.id,
      { approve: true, override: { reason: 'Demo content reviewed for the end-to-end test' } },
    );
    await h.app.lionrock.knowledgeIndex.refresh();

    const officer = await person('Officer Lee', 'editor');
    const owner = await person('Owner Ho', 'approver');
    const assurance = await person('Assurance Wong', 'assurance_reviewer');
    const board = await person('CIO Cheung', 'it_board');
    Object.assign(keys, { officer: officer.key, owner: owner.key, assurance: assurance.key, board: board.key });

    // A new bot (registered as an application by its creation); its project owner is Owner Ho.
    await call(h.adminKey, 'POST', '/api/v1/bots', {
      id: BOT_ID,
      departmentId,
      config: {
        name: { zh: BOT_NAME.zh, en: BOT_NAME.en },
        greeting: { zh: '你好！', en: 'Hello!' },
        disclosure: {
          zh: '你正在與人工智能助手對話，不是政府人員。',
          en: 'You are chatting with an AI assistant, not a government officer.',
        },
        fallback: { zh: '如需真人協助，請致電 1823。', en: 'For help from a person, call 1823.' },
      },
    });
    const applications = (await call(h.adminKey, 'GET', '/api/v1/governance/applications')) as {
      items: { id: string; botId: string | null }[];
    };
    applicationId = applications.items.find((item) => item.botId === BOT_ID)?.id ?? '';
    await call(h.adminKey, 'PATCH', `/api/v1/governance/applications/${applicationId}`, { ownerId: owner.id });

    // An external application of the department, and another department's, for the catalogue.
    await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      ownerId: owner.id,
      type: 'ocr',
      name: { en: 'Form OCR', zhHant: '表格文字辨識' },
      purpose: { en: 'Reads scanned application forms', zhHant: '讀取掃描的申請表格' },
      publicFacing: false,
      generative: false,
      personalData: true,
      personalDataKinds: ['name', 'hkid'],
      models: [{ provider: 'in-house', model: 'ocr-v3' }],
    });
    const other = await call(h.adminKey, 'POST', '/api/v1/departments', {
      code: 'td',
      nameEn: 'Transport Department',
      nameZh: '運輸署',
    });
    const otherOwner = await call(h.adminKey, 'POST', '/api/v1/users', {
      displayName: 'Owner Tam',
      roles: ['editor'],
      departmentId: other.id,
    });
    await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      departmentId: other.id,
      ownerId: otherOwner.id,
      type: 'scheduling',
      name: { en: 'Examiner rostering', zhHant: '考官編更' },
      purpose: { en: 'Plans driving examiners each week', zhHant: '每週編排駕駛考官' },
      publicFacing: false,
      generative: false,
      personalData: false,
    });
  }, HARNESS_START_TIMEOUT);

  afterAll(async () => {
    await sessions.close();
    await h?.close();
  });

  it('refuses to publish a new bot, listing its unmet conditions with a link to its governance page', async () => {
    const owner = await signedIn(keys.owner, 'en');
    await open(owner, `/bots/${BOT_ID}`, /gate-bot/);
    await press(owner.getByRole('button', { name: 'Publish version 1' }));
    const refusal = owner.getByRole('alert').filter({ hasText: 'Not published: the go-live gate found' });
    await refusal.waitFor();
    // The conditions in the officer's language, e.g. the deployment assessment and the evaluations.
    expect(await refusal.getByRole('listitem').count()).toBeGreaterThan(2);
    await noAxeViolations(owner);
    await keepScreenshot(owner, 'governance-publish-refused-en');

    await press(refusal.getByRole('link', { name: /governance page/ }));
    await usable(owner, BOT_NAME.en);
    const gate = owner.getByRole('region', { name: 'Go-live gate' });
    await gate.getByText(/Not ready to go live: \d+ conditions unmet/).waitFor();
    await gate.getByRole('rowheader', { name: 'Deployment-stage impact assessment complete' }).waitFor();
    expect(await gate.getByText('deployment_assessment_complete').count()).toBe(0);
    await noAxeViolations(owner);
    await keepScreenshot(owner, 'governance-application-not-ready-en');
    expect(pageErrors).toEqual([]);
  });

  it('searches the catalogue in English and Chinese, filters it, registers an application and asks to reuse one', async () => {
    const officer = await signedIn(keys.officer, 'en');
    await open(officer, '/governance', 'AI tool catalogue');
    await typeInto(officer.getByRole('searchbox', { name: 'Search the catalogue' }), 'OCR');
    await officer.keyboard.press('Enter');
    await officer.getByRole('link', { name: 'Form OCR' }).waitFor();
    // Each entry's latest assessment, endorsers and evaluation: none yet for the new OCR application.
    await officer.getByRole('columnheader', { name: 'Endorsed by' }).waitFor();
    await officer.getByRole('cell', { name: 'None yet' }).first().waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-catalogue-en');

    await chooseLanguage(officer, 'zh-Hant');
    await usable(officer, '人工智能工具目錄');
    await typeInto(officer.getByRole('searchbox', { name: '搜尋目錄' }), '編更');
    await officer.keyboard.press('Enter');
    await officer.getByRole('link', { name: '考官編更' }).waitFor();
    await choose(officer, '類別', '排程及編更');
    await officer.getByRole('caption').filter({ hasText: '目錄項目，共 1 項' }).waitFor();
    // Another department's entry says whose it is.
    await officer.getByRole('cell', { name: '運輸署' }).waitFor();
    await officer.getByRole('columnheader', { name: '最近一次評測' }).waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-catalogue-zh');

    // Another department's entry: what the catalogue shares, and a request to reuse it.
    await press(officer.getByRole('link', { name: '考官編更' }));
    await usable(officer, '考官編更');
    await press(officer.getByRole('button', { name: '申請重用' }));
    await officer.getByRole('status').filter({ hasText: '已在你的部門登記 考官編更' }).waitFor();
    await noAxeViolations(officer);

    await chooseLanguage(officer, 'en');
    await open(officer, '/governance/new', 'Register an AI application');
    await typeInto(officer.getByRole('textbox', { name: 'Name (English)' }), 'Licence photo check');
    await typeInto(officer.getByRole('textbox', { name: 'Name (繁體中文)' }), '牌照相片檢查');
    await typeInto(officer.getByRole('textbox', { name: 'Purpose (English)' }), 'Checks that a photo meets the rules');
    await typeInto(officer.getByRole('textbox', { name: 'Purpose (繁體中文)' }), '檢查相片是否符合規定');
    await choose(officer, 'Type', 'Image analysis');
    await press(officer.getByRole('checkbox', { name: 'It uses personal data' }), 'Space');
    await typeInto(officer.getByRole('textbox', { name: 'Kinds of personal data' }), 'photo, name');
    // A model line without its provider: the reason is said beside the list, by its line.
    const models = officer.getByRole('textbox', { name: 'Models' });
    await typeInto(models, 'in-house/ocr-v3\n/photo-check');
    await press(officer.getByRole('button', { name: 'Register an application' }));
    await expect.poll(() => models.getAttribute('aria-invalid')).toBe('true');
    await officer.getByText(/^Line 2: /).waitFor();
    expect(await officer.getByText('body.models').count()).toBe(0);
    await noAxeViolations(officer);
    await typeInto(models, 'in-house/ocr-v3');
    await press(officer.getByRole('button', { name: 'Register an application' }));
    await usable(officer, 'Licence photo check');
    await officer.getByText('photo and name').waitFor();
    expect(pageErrors).toEqual([]);
  });

  /** Answers every question of the form on the page: Yes / No / Go by kind, text where asked, from the keyboard. */
  const answerAll = async (page: Page, words: { yes: string; no: string; go: string }, naQuestion: string) => {
    const questions = page.locator('.gov-question');
    const total = await questions.count();
    const tierIds = new Set<string | null>();
    for (const question of await page.locator('[data-set="tierAnswers"] .gov-question').all()) {
      tierIds.add(await question.getAttribute('data-question'));
    }
    for (let index = 0; index < total; index += 1) {
      const question = questions.nth(index);
      const id = (await question.getAttribute('data-question')) ?? '';
      const radios = question.getByRole('radio');
      if ((await radios.count()) === 0) {
        await typeInto(question.getByRole('textbox').first(), `Answered 已作答 ${id}`);
        continue;
      }
      const names = (await question.locator('label.tick').allTextContents()).map((name) => name.trim());
      // Gating criterion A (a high-impact answer: the IT board / CIO must endorse) and every other gating or tier question "no".
      const gating = tierIds.has(id) || names.length === 2;
      const answer =
        id === naQuestion
          ? names[2]
          : names.includes(words.go)
            ? words.go
            : gating
              ? id === 'A'
                ? words.yes
                : words.no
              : words.yes;
      await press(question.getByRole('radio', { name: answer ?? words.yes, exact: true }), 'Space');
    }
    return total;
  };

  it('answers the deployment assessment (繁體中文, a refusal beside its question) and submits it (English)', {
    timeout: 180_000,
  }, async () => {
    const officer = await signedIn(keys.officer, 'zh-Hant');
    await open(officer, `/governance/applications/${applicationId}`, BOT_NAME.zh);
    await press(officer.getByRole('button', { name: '開始部署階段評估' }));
    await usable(officer, `部署階段評估：${BOT_NAME.zh}`);
    // The templates by their titles, not their ids (`hk-aiaia@1.4`).
    await officer.getByText(/^範本：人工智能應用程式影響評估 1\.4/).waitFor();
    await noAxeViolations(officer);
    const naQuestion = 'Q1';
    const first = officer
      .locator('.gov-question[data-question]')
      .filter({ has: officer.getByRole('radio', { name: '不適用' }) });
    const naId = (await first.first().getAttribute('data-question')) ?? naQuestion;
    const answered = await answerAll(officer, { yes: '是', no: '否', go: '推行' }, naId);
    expect(answered).toBeGreaterThan(60);
    // The question shows which principles it serves.
    await officer
      .getByText(/對應原則：/)
      .first()
      .waitFor();
    await press(officer.getByRole('button', { name: '儲存草稿' }));
    await officer.getByRole('status').filter({ hasText: '已儲存草稿。' }).waitFor();

    // N/A without a justification: the submission is refused and the refusal shows beside the question.
    await press(officer.getByRole('button', { name: '提交審批' }));
    await officer.getByRole('alert').filter({ hasText: '評估未能提交：有 1 項問題' }).waitFor();
    const naField = officer.locator(`.gov-question[data-question="${naId}"]`);
    await naField.getByText(`問題 ${naId} 答「不適用」但未有說明理據。`).waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-assessment-refused-zh');

    await chooseLanguage(officer, 'en');
    await typeInto(
      naField.getByRole('textbox', { name: `Why N/A for ${naId.replace(/^Q/, '')}` }).or(naField.getByRole('textbox')),
      'The bot has no such step: it answers from approved FAQs only.',
    );
    await press(officer.getByRole('button', { name: 'Submit for review' }));
    await officer.getByRole('status').filter({ hasText: 'Submitted for review' }).waitFor();
    await officer.getByRole('region', { name: 'Risk' }).getByText('High impact', { exact: true }).waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-assessment-submitted-en');
    expect(pageErrors).toEqual([]);
  });

  it('the IT board / CIO returns it with a comment and the officer resubmits it', async () => {
    const board = await signedIn(keys.board, 'en');
    await open(board, '/governance/reviews', 'Reviews waiting for me');
    await press(board.getByRole('link', { name: `Review ${BOT_NAME.en}` }));
    await usable(board, `Deployment assessment: ${BOT_NAME.en}`);
    // A return says why: without a comment it is refused, the reason beside the comment box.
    await press(board.getByRole('button', { name: 'Return with comments' }));
    const comment = board.getByRole('textbox', { name: 'Comment' });
    await expect.poll(async () => comment.getAttribute('aria-invalid')).toBe('true');
    await typeInto(comment, 'Name the officer who answers complaints about parking permits.');
    await press(board.getByRole('button', { name: 'Return with comments' }));
    await board.getByRole('status').filter({ hasText: 'Returned to the preparers.' }).waitFor();
    await noAxeViolations(board);

    const officer = await signedIn(keys.officer, 'en');
    await open(officer, `/governance/applications/${applicationId}`, BOT_NAME.en);
    await press(officer.getByRole('link', { name: 'Open the Deployment assessment' }));
    await usable(officer, `Deployment assessment: ${BOT_NAME.en}`);
    const decisions = officer.getByRole('table', { name: 'Decisions, every round' });
    await decisions
      .getByRole('cell', { name: 'Name the officer who answers complaints about parking permits.' })
      .waitFor();
    await press(officer.getByRole('button', { name: 'Submit for review' }));
    await officer.getByRole('status').filter({ hasText: 'Submitted for review' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('the owner, the assurance reviewer and the IT board / CIO endorse it from their reviewer queues', async () => {
    const reviewers = [
      { key: keys.owner, capacity: 'Project owner' },
      { key: keys.assurance, capacity: 'Assurance reviewer' },
      { key: keys.board, capacity: 'IT board / CIO' },
    ];
    for (const [index, reviewer] of reviewers.entries()) {
      const page = await signedIn(reviewer.key, index === 1 ? 'zh-Hant' : 'en');
      if (index === 1) {
        await open(page, '/governance/reviews', '待我審批');
        await page.getByRole('cell', { name: '項目保證審核人' }).waitFor();
        await noAxeViolations(page);
        await keepScreenshot(page, 'governance-reviews-zh');
        await chooseLanguage(page, 'en');
      }
      await open(page, '/governance/reviews', 'Reviews waiting for me');
      await page.getByRole('cell', { name: reviewer.capacity, exact: true }).waitFor();
      await noAxeViolations(page);
      if (index === 0) await keepScreenshot(page, 'governance-reviews-en');
      await press(page.getByRole('link', { name: `Review ${BOT_NAME.en}` }));
      await usable(page, `Deployment assessment: ${BOT_NAME.en}`);
      await typeInto(page.getByRole('textbox', { name: 'Comment' }), 'Checked against the deployment plan.');
      await press(page.getByRole('button', { name: 'Endorse', exact: true }));
      await page
        .getByRole('status')
        .filter({ hasText: `Endorsed as ${reviewer.capacity}.` })
        .waitFor();
      await noAxeViolations(page);
    }
    const status = (await call(
      h.adminKey,
      'GET',
      `/api/v1/governance/applications/${applicationId}/assessment-status`,
    )) as {
      stages: { deployment: { status: string; missingEndorsements: string[] } };
    };
    expect(status.stages.deployment).toMatchObject({ status: 'complete', missingEndorsements: [] });
    expect(pageErrors).toEqual([]);
  });

  it('starts an evaluation run that passes and shows its items; the gate is then met and the owner publishes', {
    timeout: 240_000,
  }, async () => {
    const officer = await signedIn(keys.officer, 'en');
    await open(officer, `/governance/applications/${applicationId}`, BOT_NAME.en);
    const evaluations = officer.getByRole('region', { name: 'Evaluations' });
    await press(evaluations.getByRole('button', { name: 'Start the run' }));
    await evaluations.getByRole('status').filter({ hasText: 'Run started' }).waitFor();
    await evaluations.getByRole('cell', { name: 'Passed' }).first().waitFor({ timeout: 120_000 });
    // The other suites a public-facing bot needs, started through the API and awaited.
    const suites = ['attacks', 'pii-leakage', 'fairness'];
    for (const suiteId of suites) {
      await call(keys.officer, 'POST', `/api/v1/bots/${BOT_ID}/evaluations`, { suiteId });
    }
    await expect
      .poll(
        async () => {
          const runs = (await call(keys.officer, 'GET', `/api/v1/bots/${BOT_ID}/evaluations`)) as {
            items: { suiteId: string; status: string }[];
          };
          return suites.map((suiteId) => runs.items.find((run) => run.suiteId === suiteId)?.status);
        },
        { timeout: 180_000, interval: 1_000 },
      )
      .toEqual(['passed', 'passed', 'passed']);
    await open(officer, `/governance/applications/${applicationId}`, BOT_NAME.en);
    await officer.getByRole('region', { name: 'Go-live gate' }).getByText('Ready to go live').waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-application-ready-en');
    // The catalogue lists the bot's application with its assessment, endorsers and latest evaluation.
    await open(officer, '/governance', 'AI tool catalogue');
    const listed = officer.getByRole('row').filter({ has: officer.getByRole('link', { name: BOT_NAME.en }) });
    await listed.getByText(/^Deployment, Complete, /).waitFor();
    await listed.getByText(/\(Project owner\)$/).waitFor();
    await listed.getByText(/: score [\d.]+, grade [A-E], /).waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-catalogue-governed-en');
    await open(officer, `/governance/applications/${applicationId}`, BOT_NAME.en);

    await press(officer.getByRole('link', { name: /^Run of Golden Q&A/ }).first());
    await officer.getByRole('heading', { level: 1, name: /^Evaluation run:/ }).waitFor();
    const items = officer.getByRole('table', { name: 'Items: prompt, answer and verdict' });
    await items.getByRole('cell', { name: 'Pass', exact: true }).first().waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-evaluation-en');
    await items.getByRole('cell', { name: 'cited the expected entry' }).first().waitFor();
    // The same run in 繁體中文: each item's reason in Chinese, from the server's reason table.
    const runPath = new URL(officer.url()).pathname.replace(/^\/console/, '');
    const officerZh = await signedIn(keys.officer, 'zh-Hant');
    await open(officerZh, runPath, /^評測：/);
    const itemsZh = officerZh.getByRole('table', { name: '評測項目：提問、回答及判定' });
    await itemsZh.getByRole('cell', { name: '引用了預期的條目' }).first().waitFor();
    await noAxeViolations(officerZh);
    await keepScreenshot(officerZh, 'governance-evaluation-zh-Hant');
    // The application page in 繁體中文: the answers behind the risk and the gate's tier and suites in
    // words, not the codes the server stores (`no`, `limited`, `golden-qa`).
    await open(officerZh, `/governance/applications/${applicationId}`, new RegExp(`${BOT_NAME.zh}|${BOT_NAME.en}`));
    const riskAnswers = await officerZh
      .getByRole('table', { name: '得出風險的答案' })
      .locator('tbody td:nth-child(3)')
      .allTextContents();
    expect(riskAnswers.length).toBeGreaterThan(0);
    const gateZh = await officerZh.getByRole('region', { name: '上線關卡' }).innerText();
    expect({
      latinAnswers: riskAnswers.filter((answer) => /[A-Za-z]/.test(answer)),
      tier: /生成式人工智能風險級別為「[^A-Za-z」]+」/.test(gateZh),
      suites: gateZh.includes('標準問答準確度') && !/golden-qa|pii-leakage/.test(gateZh),
    }).toEqual({ latinAnswers: [], tier: true, suites: true });

    const owner = await signedIn(keys.owner, 'en');
    await open(owner, `/bots/${BOT_ID}`, /gate-bot/);
    await press(owner.getByRole('button', { name: 'Publish version 1' }));
    await owner.getByRole('status').filter({ hasText: 'Version 1 is published' }).waitFor();
    await noAxeViolations(owner);
    expect(pageErrors).toEqual([]);
  });
  it("two preparers on one assessment: answers saved meanwhile join the officer's, a question both answered is the officer's choice", async () => {
    const admin = (await call(h.adminKey, 'GET', '/api/v1/me')) as { user: { id: string } };
    const app = await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      ownerId: admin.user.id,
      type: 'other',
      name: { en: 'Reply drafter', zhHant: '回覆草擬' },
      purpose: { en: 'Drafts replies to letters', zhHant: '草擬信件回覆' },
      publicFacing: false,
      generative: true,
      personalData: false,
    });
    const assessment = await call(keys.officer, 'POST', `/api/v1/governance/applications/${app.id}/assessments`, {
      stage: 'planning',
    });
    const path = `/api/v1/governance/assessments/${assessment.id}`;
    const officer = await signedIn(keys.officer, 'en');
    await open(officer, `/governance/assessments/${assessment.id}`, 'Planning assessment: Reply drafter');
    const question = (id: string) => officer.locator(`.gov-question[data-question="${id}"]`);
    const q1 = question('Q1').getByRole('textbox');

    // Another preparer saves two answers while the officer is answering.
    await call(h.adminKey, 'PATCH', path, {
      answers: { A: { value: 'no' }, Q1: { value: 'Drafts replies to letters.' } },
    });
    await typeInto(q1, 'Answers enquiries by e-mail.');
    await press(question('B').getByRole('radio', { name: 'Yes', exact: true }), 'Space');
    await press(officer.getByRole('button', { name: 'Save draft' }));

    // Nothing saved over theirs: their A is in the form, the officer's 1 and B kept, 1 marked.
    const told = officer
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved answers to 2 questions after you opened this assessment' });
    await told.waitFor();
    // Said where the officer is, above the Save button at the foot of the window, not at the page's end.
    const inWindow = async (locator: Locator) => {
      const box = await locator.boundingBox();
      const height = officer.viewportSize()?.height ?? 0;
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    expect(await officer.evaluate('document.documentElement.scrollHeight > 3 * innerHeight')).toBe(true);
    expect(await inWindow(told)).toBe(true);
    await officer.screenshot({ path: join(ARTIFACTS, 'governance-assessment-others-answered-window.png') });
    expect(await question('A').getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await q1.inputValue()).toBe('Answers enquiries by e-mail.');
    await question('Q1').getByText('Someone else answered this after you opened the assessment').waitFor();
    await noAxeViolations(officer);
    await keepScreenshot(officer, 'governance-assessment-others-answered');

    // Reloaded (as after an idle sign-out), the draft is still the officer's.
    await officer.reload();
    await usable(officer, 'Planning assessment: Reply drafter');
    await told.waitFor();
    expect(await q1.inputValue()).toBe('Answers enquiries by e-mail.');
    expect(await question('B').getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);

    // The officer takes their answer to 1 and saves: theirs for A and 1, the officer's B.
    await press(told.getByRole('button', { name: 'Use their answer: 1' }));
    expect(await q1.inputValue()).toBe('Drafts replies to letters.');
    await press(officer.getByRole('button', { name: 'Save draft' }));
    await officer.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
    expect(await inWindow(officer.getByRole('status').filter({ hasText: 'Draft saved.' }))).toBe(true);
    const stored = (await call(keys.officer, 'GET', path)) as { answers: Record<string, { value: string }> };
    expect(stored.answers).toMatchObject({
      A: { value: 'no' },
      Q1: { value: 'Drafts replies to letters.' },
      B: { value: 'yes' },
    });
    expect(pageErrors).toEqual([]);
  });
});
