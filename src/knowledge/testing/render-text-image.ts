import { chromium } from 'playwright-core';

/** Debian's Chromium, started the way this machine's closed network needs (no background traffic). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A PNG "scan" of the given lines, rendered by real Chromium with the system's CJK font. */
export async function renderTextImage(lines: string[]): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 120 + lines.length * 70 } });
    const html = lines.map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    await page.setContent(
      `<html><body style="margin:40px;background:#fff;color:#000;font:36px 'Noto Sans CJK TC','Noto Sans CJK HK',sans-serif">${html}</body></html>`,
    );
    return await page.screenshot({ type: 'png', fullPage: true });
  } finally {
    await browser.close();
  }
}
