/**
 * `GET /`: where a person lands after opening the address `lionrock serve` printed. Static,
 * bilingual, no script, and points to what there is to see: the demo bots, the API docs, the
 * OpenAPI document and the health probes.
 */
export function landingPage(): string {
  const links: ReadonlyArray<[href: string, zh: string, en: string]> = [
    ['/demo', '示範聊天機械人：以廣東話、中文或英文提問', 'Demo chatbots: ask in Cantonese, Chinese or English'],
    ['/docs', 'API 文件（可直接試用）', 'API documentation (try it out)'],
    ['/openapi.json', 'OpenAPI 文件', 'The OpenAPI document'],
    ['/readyz', '服務狀態', 'Service status'],
  ];
  const items = links
    .map(([href, zh, en]) => `<li><a href="${href}">${zh} <span lang="en">${en}</span></a></li>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="zh-Hant-HK">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>獅子山 LionRock</title>
    <link rel="icon" href="data:,">
    <style>
      body { margin: 0 auto; max-width: 48rem; padding: 1rem 1.25rem; color: #1a1a1a; background: #f2f4f7; line-height: 1.6;
        font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", sans-serif; }
      a { color: #0b57a3; }
      :focus-visible { outline: 3px solid #0b57a3; outline-offset: 2px; }
      span[lang="en"] { display: block; }
      li { margin: 0.5rem 0; }
    </style>
  </head>
  <body>
    <main>
      <h1>獅子山 <span lang="en">LionRock</span></h1>
      <p>自行託管、受管治的公共服務人工智能平台。<span lang="en">A self-hosted, governed AI platform for public services.</span></p>
      <ul>
        ${items}
      </ul>
      <p>API 金鑰以 <code>Authorization: Bearer &lt;key&gt;</code> 傳送。
        <span lang="en">Send API keys as <code>Authorization: Bearer &lt;key&gt;</code>.</span></p>
    </main>
  </body>
</html>
`;
}
