import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './render-text-image.ts';

/** A PDF of the given HTML body, printed by real Chromium with the system's CJK fonts, as officers make them. */
export async function printPdf(title: string, bodyHtml: string, lang = 'zh-Hant-HK'): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<html lang="${lang}"><head><title>${title}</title></head><body style="font:16px 'Noto Sans CJK TC','Noto Sans CJK HK',sans-serif">${bodyHtml}</body></html>`,
    );
    return await page.pdf({ format: 'A4' });
  } finally {
    await browser.close();
  }
}
