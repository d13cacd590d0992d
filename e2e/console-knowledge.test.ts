import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../src/knowledge/testing/make-files.ts';
import {
  importThroughApi,
  officerWithKey,
  type ConsoleHarness,
  chooseLanguage,
  keepScreenshot,
  seriousAxeViolations,
  signInWithKey,
  startConsoleHarness,
  apiCaller,
} from './support/console-harness.ts';

/**
 * The knowledge pages in real Chromium: an editor uploads an FAQ sheet (by keyboard) and a PDF (by
 * drag and drop) and imports a web page as a background job; an approver, another person in another
 * browser, reads the findings and the diff, approves over the findings with a reason, then rolls
 * back; the server's maker-checker refusal reaches the person who imported a draft.
 */

const FAQ_V1 = [
  'id,question,answer',
  'fee,How much is a dog licence?,The fee is HK$80 for three years.',
  'where,Where do I pay?,At any AFCD Animal Management Centre.',
  'age,At what age must a dog be licensed?,From five months old.',
].join('\n');
// v2: one answer changed, one entry removed, one added with personal data (a finding).
const FAQ_V2 = [
  'id,question,answer',
  'fee,How much is a dog licence?,The fee is HK$90 for three years.',
  'age,At what age must a dog be licensed?,From five months old.',
  'contact,Who can I call?,Call Mr Chan Tai-man on 9123 4567 or email chan.taiman@gmail.com.',
].join('\n');

const WEB_PAGE = `<!doctype html><html lang="en"><head><title>Microchips</title></head><body><main>
<h1>Microchip implantation</h1><p>Every licensed dog must carry a microchip implanted by a veterinary surgeon.</p>
</main></body></html>`;

describe('console knowledge pages in headless Chromium', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  let site: Server;
  let siteUrl: string;
  let editorKey: string;
  let approverKey: string;
  let editorContext: BrowserContext;
  let approverContext: BrowserContext;
  let editor: Page;
  let approver: Page;
  let faqSourceId: string;

  // The harness starts in beforeAll: the caller is made at each call.
  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const uploadThroughApi = (key: string, fileName: string, content: string) =>
    importThroughApi(h.base, key, fileName, content);
  const officer = async (displayName: string, role: string) =>
    (await officerWithKey(h.base, h.adminKey, displayName, role)).key;
  const noAxeViolations = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  beforeAll(async () => {
    site = createServer((request, response) => {
      if (request.url?.endsWith('.exe')) {
        // Not a document any importer reads: the job fails for good, with the reason.
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(WEB_PAGE);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/microchips.html`;
    // The fetched page is on this machine: private addresses are allowed for this test only.
    h = await startConsoleHarness({ allowPrivateUrls: true });
    editorKey = await officer('Editor Wong', 'editor');
    approverKey = await officer('Approver Lee', 'approver');
    // Version 1 of the FAQ sheet, imported and approved through the API: the browser reviews version 2.
    const v1 = await uploadThroughApi(editorKey, 'dog-licence-faq.csv', FAQ_V1);
    faqSourceId = v1.source.id;
    await call(approverKey, 'POST', `/api/v1/knowledge/versions/${v1.version.id}/approve`, {});
    editorContext = await h.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    approverContext = await h.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    editor = await editorContext.newPage();
    approver = await approverContext.newPage();
    // A missing element fails the step it belongs to, not the whole test's time budget.
    editorContext.setDefaultTimeout(20_000);
    approverContext.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('the editor sees the sources with their status, version and findings', async () => {
    await signInWithKey(editor, h, editorKey);
    await editor.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Knowledge' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Knowledge sources' }).waitFor();
    const table = editor.getByRole('table', { name: 'Knowledge sources of the department' });
    const row = table.getByRole('row').filter({ hasText: 'dog-licence-faq' });
    await row.getByText('Published').waitFor();
    await expect(row.getByRole('cell').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['FAQ sheet', '1', 'None']),
    );
    await noAxeViolations(editor);
  });

  it('the editor uploads version 2 of the FAQ sheet by keyboard alone and hears the outcome', async () => {
    const input = editor.getByLabel('File to import');
    const chooser = editor.waitForEvent('filechooser');
    await input.press('Space'); // focuses the input, then Space opens the file chooser, as for a keyboard user
    await (await chooser).setFiles({ name: 'dog-licence-faq.csv', mimeType: 'text/csv', buffer: Buffer.from(FAQ_V2) });
    await editor.getByText('Chosen: dog-licence-faq.csv').waitFor();
    await editor.getByRole('button', { name: 'Upload and scan' }).focus();
    await editor.keyboard.press('Enter');
    await status(editor, 'version 2 is a draft (findings: 1)').waitFor();
    const row = editor.getByRole('row').filter({ hasText: 'dog-licence-faq' });
    await row.getByText('In review').waitFor();
    // Published version 1, latest version 2, one finding.
    expect((await row.getByRole('cell').allInnerTexts()).slice(2, 5)).toEqual(['1', '2', '1']);
    await noAxeViolations(editor);
  });

  it('refuses an empty upload beside the file input, and takes a PDF dropped on the upload area', async () => {
    await editor.getByLabel('File to import').setInputFiles([]);
    await editor.getByRole('button', { name: 'Upload and scan' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Choose a file to upload.' }).waitFor();

    const pdf = await makePdf([
      { heading: 'Rabies vaccination', paragraphs: ['Dogs must be vaccinated against rabies every three years.'] },
    ]);
    // Built in the page (the server's tsconfig has no DOM types, so the page code is a string).
    const dataTransfer = await editor.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      const bytes = new Uint8Array(${JSON.stringify([...pdf])});
      transfer.items.add(new File([bytes], 'rabies-guide.pdf', { type: 'application/pdf' }));
      return transfer;
    })()`);
    await editor.locator('.drop-area').dispatchEvent('drop', { dataTransfer });
    await editor.getByText('Chosen: rabies-guide.pdf').waitFor();
    await editor
      .getByRole('form', { name: 'Upload a file' })
      .getByLabel('Title (optional)')
      .fill('Rabies guide 狂犬病指引');
    await editor.getByRole('button', { name: 'Upload and scan' }).click();
    await status(editor, 'Rabies guide 狂犬病指引: version 1 is a draft (findings: 0)').waitFor();
    await editor.getByRole('row').filter({ hasText: 'Rabies guide' }).getByText('In review').waitFor();
  });

  it('the editor imports a web page as a job and follows its progress until it is done', async () => {
    await editor.getByRole('radio', { name: 'Import a web page' }).check();
    await editor.getByLabel('Address (URL)').fill(siteUrl);
    await editor
      .getByRole('form', { name: 'Import from an address' })
      .getByLabel('Title (optional)')
      .fill('Microchips');
    await editor.getByRole('button', { name: 'Start import' }).press('Enter');
    await status(editor, 'Import finished: version 1 is a draft awaiting review.').waitFor({ timeout: 30_000 });
    await editor.locator('.job-progress').getByRole('link', { name: 'Open the draft review' }).waitFor();
    await editor.getByRole('row').filter({ hasText: 'Microchips' }).getByText('In review').waitFor();
    await noAxeViolations(editor);
    await keepScreenshot(editor, 'knowledge-sources-en');
  });

  it("shows a failed import job with the server's reason, announced as an alert", async () => {
    const form = editor.getByRole('form', { name: 'Import from an address' });
    await form.getByLabel('Address (URL)').fill(siteUrl.replace('microchips.html', 'setup.exe'));
    await form.getByLabel('Title (optional)').fill('Not a document');
    await form.getByRole('button', { name: 'Start import' }).press('Enter');
    const failed = editor.getByRole('alert').filter({ hasText: 'Import failed:' });
    await failed.waitFor();
    await expect(failed.innerText()).resolves.toMatch(/unsupported|type/i);
    await noAxeViolations(editor);
  });

  it("tells the editor that approving is another person's task", async () => {
    await editor.getByRole('row').filter({ hasText: 'dog-licence-faq' }).getByRole('link').click();
    await editor.getByRole('link', { name: 'Review version 2' }).click();
    await editor.getByText('Your role may read drafts but not approve or reject them.').waitFor();
    await expect(editor.getByRole('button', { name: 'Approve with override' }).count()).resolves.toBe(0);
  });

  it('the approver, in another browser, reads the findings and the diff in English and 繁體中文', async () => {
    await signInWithKey(approver, h, approverKey);
    await approver.goto(`${h.base}/console/knowledge`);
    await approver.getByRole('row').filter({ hasText: 'dog-licence-faq' }).getByRole('link').click();
    await approver.getByRole('link', { name: 'Review version 2' }).click();
    await approver.getByRole('heading', { level: 1, name: 'Review: dog-licence-faq, version 2' }).waitFor();

    const findings = approver.getByRole('table', { name: 'What the import scan found, by entry' });
    const finding = findings.getByRole('row').filter({ hasText: 'contact' });
    await finding.getByText('Personal data').waitFor();
    await finding.getByText('entry #3').waitFor();
    await finding.getByText('Phone number: 1').waitFor();

    const diff = approver.getByRole('region', { name: 'Changes' });
    await diff.getByText('Changes from version 1 to version 2').waitFor();
    await diff.getByText('1 added, 1 removed, 1 changed').waitFor();
    await diff.getByRole('listitem').filter({ hasText: 'Removed' }).getByText('Q: Where do I pay?').waitFor();
    await expect(diff.locator('del').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('HK$80'), expect.stringContaining('Where do I pay?')]),
    );
    await expect(diff.locator('ins').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('HK$90'), expect.stringContaining('Who can I call?')]),
    );
    await diff.getByText('Changed', { exact: false }).first().waitFor();
    await noAxeViolations(approver);
    await keepScreenshot(approver, 'knowledge-review-en');

    await chooseLanguage(approver, 'zh-Hant');
    await approver.getByRole('heading', { level: 1, name: '審批：dog-licence-faq 第 2 版' }).waitFor();
    // The maker by name, not by an id: an approver may not list users, so the server sends the names.
    await approver.getByText(/Editor Wong 於 .+ 匯入/).waitFor();
    await approver.getByRole('region', { name: '改動' }).getByText('新增 1 項，刪除 1 項，修改 1 項').waitFor();
    // The full-width colon carries its own space.
    await expect(
      approver.getByRole('region', { name: '改動' }).getByText('由第 1 版至第 2 版的改動').innerText(),
    ).resolves.toBe('由第 1 版至第 2 版的改動：新增 1 項，刪除 1 項，修改 1 項');
    const zhFindings = approver.getByRole('table', { name: '匯入檢查結果（按項目）' });
    await zhFindings.getByText('個人資料').waitFor();
    await zhFindings.getByText('電話號碼：1').waitFor();
    // The sheet is in English and says so nowhere: in the Chinese console its lines still carry
    // lang="en", so a screen reader speaks them with an English voice.
    // Typed without the DOM library: the e2e files compile for Node.
    type InPage = { closest(selector: string): { getAttribute(name: string): string | null } | null };
    const languageOf = (element: unknown) => (element as InPage).closest('[lang]')?.getAttribute('lang');
    const zhChanges = approver.getByRole('region', { name: '改動' });
    await expect(zhChanges.locator('ins').filter({ hasText: 'HK$90' }).evaluate(languageOf)).resolves.toBe('en');
    await expect(zhChanges.locator('del').filter({ hasText: 'Where do I pay?' }).evaluate(languageOf)).resolves.toBe(
      'en',
    );
    const zhEntries = approver.getByRole('table').filter({ hasText: 'Who can I call?' });
    await expect(zhEntries.getByRole('cell', { name: 'Who can I call?' }).evaluate(languageOf)).resolves.toBe('en');
    const zhHeading = approver.getByRole('heading', { level: 1 });
    await expect(zhHeading.evaluate(languageOf)).resolves.toBe('zh-Hant-HK');
    await expect(zhHeading.getByText('dog-licence-faq').evaluate(languageOf)).resolves.toBe('en');
    await noAxeViolations(approver);
    await keepScreenshot(approver, 'knowledge-review-zh');
    await chooseLanguage(approver, 'en');
  });

  it('asks for a reason in a modal dialog that traps focus and returns it on Escape', async () => {
    const reject = approver.getByRole('button', { name: 'Reject' });
    await reject.focus();
    await approver.keyboard.press('Enter');
    const dialog = approver.getByRole('dialog', { name: 'Reject' });
    await dialog.waitFor();
    await expect(
      approver.evaluate("document.querySelector('[role=dialog]').contains(document.activeElement)"),
    ).resolves.toBe(true);
    for (let i = 0; i < 6; i += 1) await approver.keyboard.press('Tab');
    await expect(
      approver.evaluate("document.querySelector('[role=dialog]').contains(document.activeElement)"),
    ).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.getByText('Give the reason for rejecting.').waitFor();
    await noAxeViolations(approver);
    await approver.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // react-aria gives focus back in the frame after the dialog is gone (FocusScope's requestAnimationFrame).
    await expect.poll(() => approver.evaluate('document.activeElement.textContent')).toBe('Reject');
  });

  it('the approver approves over the findings with a written reason', async () => {
    await approver.getByRole('button', { name: 'Approve with override' }).press('Enter');
    const dialog = approver.getByRole('dialog', { name: 'Approve with override' });
    await dialog.getByRole('button', { name: 'Approve with override' }).click();
    await dialog.getByText('Give the reason for overriding the findings.').waitFor();
    await dialog
      .getByLabel('Override reason')
      .fill('The hotline officer agreed to publish his office number; the e-mail is the team mailbox.');
    await dialog.getByRole('button', { name: 'Approve with override' }).press('Enter');
    await status(approver, 'Version 2 is published.').waitFor();
    await approver.getByText('Published over findings: The hotline officer agreed').waitFor();
    await noAxeViolations(approver);
  });

  it('the versions list shows who did what, and the approver rolls back to version 1', async () => {
    await approver.getByRole('link', { name: 'Back to the source' }).click();
    const versions = approver.getByRole('table', { name: 'Versions of this source, newest first' });
    await versions.getByRole('row').filter({ hasText: 'Approver Lee' }).first().waitFor();
    const v2 = versions.getByRole('row').filter({ has: approver.getByRole('rowheader', { name: '2', exact: true }) });
    await v2.locator('.badge', { hasText: 'Published' }).waitFor();
    await v2.getByText('Published over findings').waitFor();
    const v1 = versions.getByRole('row').filter({ has: approver.getByRole('rowheader', { name: '1', exact: true }) });
    await v1.locator('.badge', { hasText: 'Superseded' }).waitFor();
    await noAxeViolations(approver);

    await v1.getByRole('button', { name: 'Republish version 1' }).press('Enter');
    const dialog = approver.getByRole('dialog', { name: 'Republish version 1?' });
    await dialog.getByText('replaces what citizens are served now').waitFor();
    await noAxeViolations(approver);
    await dialog.getByRole('button', { name: 'Republish version 1' }).press('Enter');
    await status(approver, 'Version 1 is published again.').waitFor();
    await v1.locator('.badge', { hasText: 'Published' }).waitFor();
    const detail = (await call(approverKey, 'GET', `/api/v1/knowledge/sources/${faqSourceId}`)) as {
      source: { publishedVersion: number };
    };
    expect(detail.source.publishedVersion).toBe(1);
  });

  it('withdrawal: the editor asks with a reason, the approver confirms, both in dialogs', async () => {
    await editor.goto(`${h.base}/console/knowledge/sources/${faqSourceId}`);
    await editor.getByRole('button', { name: 'Ask to withdraw…' }).press('Enter');
    const ask = editor.getByRole('dialog', { name: 'Ask to withdraw dog-licence-faq?' });
    await ask.getByLabel('Reason for withdrawal').fill('The licence fee changes next month.');
    await ask.getByRole('button', { name: 'Ask to withdraw' }).press('Enter');
    await status(editor, 'Withdrawal requested.').waitFor();

    await approver.reload();
    await approver.getByText('Withdrawal requested by').waitFor();
    await approver.getByRole('button', { name: 'Confirm withdrawal…' }).press('Enter');
    const confirm = approver.getByRole('dialog', { name: 'Withdraw dog-licence-faq now?' });
    await confirm.getByRole('button', { name: 'Withdraw now' }).press('Enter');
    await status(approver, 'The source is withdrawn.').waitFor();
    await approver.getByRole('region', { name: 'Details' }).getByText('Withdrawn').waitFor();
    await noAxeViolations(approver);
  });

  it("shows the server's maker-checker refusal to the person who imported the draft", async () => {
    // The platform admin may both import and approve: approving their own draft is refused by the server.
    const own = await uploadThroughApi(h.adminKey, 'own-draft.csv', 'question,answer\nOpening hours?,9am to 5pm.\n');
    const admin = await (await h.browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    admin.context().setDefaultTimeout(20_000);
    await signInWithKey(admin, h, h.adminKey);
    await admin.goto(`${h.base}/console/knowledge/versions/${own.version.id}`);
    await admin.getByText('You imported this draft. Maker-checker: another approver must review it.').waitFor();
    await admin.getByRole('button', { name: 'Approve and publish' }).press('Enter');
    await admin.getByRole('alert').filter({ hasText: 'another approver must review it' }).waitFor();
    await noAxeViolations(admin);
    await admin.context().close();
  });
});
