import { DEMO_BOTS as SEEDED_DEMO_BOTS } from '../chat/index.ts';

/** A demo bot as listed on `/demo`. */
export interface DemoBot {
  id: string;
  zh: string;
  en: string;
}

/** The seeded demo bots (stable ids; published, so anyone may ask them without a key), named as seeded. */
export const DEMO_BOTS: readonly DemoBot[] = SEEDED_DEMO_BOTS.map(({ id, config }) => ({
  id,
  zh: config.name.zh,
  en: config.name.en,
}));

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The `/demo` page: static HTML that embeds each demo bot with the widget script, and nothing inline
 * but styles, so it runs under the API's Content-Security-Policy (`script-src 'self'`).
 */
export function demoPage(bots: readonly DemoBot[] = DEMO_BOTS): string {
  const list = bots
    .map(
      (bot) =>
        `<li><a href="#bot-${escapeHtml(bot.id)}">${escapeHtml(bot.zh)} <span lang="en">${escapeHtml(bot.en)}</span></a></li>`,
    )
    .join('\n        ');
  const widgets = bots
    .map(
      (bot) =>
        `<div class="bot" id="bot-${escapeHtml(bot.id)}">\n        <lionrock-chat bot="${escapeHtml(bot.id)}" lang="zh-Hant"></lionrock-chat>\n      </div>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="zh-Hant-HK">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>LionRock 示範聊天機械人 · Demo chatbots</title>
    <link rel="icon" href="data:,">
    <style>
      body { margin: 0; color: #1a1a1a; background: #f2f4f7; line-height: 1.5;
        font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", sans-serif; }
      header, main, footer { max-width: 80rem; margin: 0 auto; padding: 1rem 1.25rem; }
      h1 { margin: 0.5rem 0; font-size: 1.6rem; }
      a { color: #0b57a3; }
      :focus-visible { outline: 3px solid #0b57a3; outline-offset: 2px; }
      .skip { position: absolute; left: -999rem; }
      .skip:focus { position: static; }
      .note { max-width: 50rem; }
      .note span[lang="en"] { display: block; }
      .bots { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
      footer { color: #4a4a4a; font-size: 0.9rem; }
    </style>
  </head>
  <body>
    <a class="skip" href="#main">跳到主要內容 <span lang="en">Skip to main content</span></a>
    <header>
      <h1>LionRock 示範聊天機械人 <span lang="en">Demo chatbots</span></h1>
      <p class="note">以下機械人只根據已發布的常見問題作答，並註明資料來源；答不到時會轉交職員跟進，並提供參考編號。
        <span lang="en">These bots answer only from published FAQ entries and cite their sources; when they cannot answer,
        they pass your enquiry to a person and give you a reference number.</span></p>
      <p class="note">示範內容由 LionRock 團隊根據公開的政府網頁自行撰寫，並非官方資料；請以各部門網頁為準。
        <span lang="en">The demo content is our own paraphrase of public government web pages, not official
        information: please check the department's page.</span></p>
      <nav aria-label="示範機械人 Demo bots">
        <ul>
        ${list}
        </ul>
      </nav>
    </header>
    <main id="main">
      <div class="bots">
      ${widgets}
      </div>
    </main>
    <footer>
      <p>嵌入方法 <span lang="en">To embed</span>: <code>&lt;script src="/widget.js" defer&gt;&lt;/script&gt;
        &lt;lionrock-chat bot="demo-1823" lang="zh-Hant"&gt;&lt;/lionrock-chat&gt;</code></p>
      <noscript><p>此頁需要 JavaScript。<span lang="en">This page needs JavaScript.</span></p></noscript>
    </footer>
    <script src="/widget.js" defer></script>
  </body>
</html>
`;
}
