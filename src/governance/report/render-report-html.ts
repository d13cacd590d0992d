import { type Block, type ExportDocument, type Inline, languageTag } from '../../assistant/index.ts';

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

function inlines(content: readonly Inline[], documentLang: string): string {
  return content
    .map((inline) => {
      if (inline.kind === 'note') return '';
      const lang = languageTag(inline.lang);
      let html = escapeHtml(inline.text);
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.italic) html = `<em>${html}</em>`;
      return lang === documentLang ? html : `<span lang="${lang}">${html}</span>`;
    })
    .join('');
}

/**
 * A report document as a whole HTML page, server-rendered with no script: real headings, every
 * table with a caption (the heading it sits under) and column headers, and a `lang` on the page
 * and on every run in another language, so a screen reader reads each in its own voice.
 *
 * @example reply.type('text/html').send(renderReportHtml(await buildAssessmentReport(db, p, id, 'en')))
 */
export function renderReportHtml(document: ExportDocument): string {
  const lang = languageTag(document.language);
  const body: string[] = [];
  let caption = '';
  for (const block of document.blocks as Block[]) {
    switch (block.kind) {
      case 'heading':
        caption = inlines(block.content, lang);
        body.push(`<h${block.level + 1}>${caption}</h${block.level + 1}>`);
        break;
      case 'paragraph':
        body.push(
          `<p${block.tone && block.tone !== 'normal' ? ` class="${block.tone}"` : ''}>${inlines(block.content, lang)}</p>`,
        );
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>${block.items.map((item) => `<li>${inlines(item, lang)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'table':
        body.push(
          `<table><caption>${caption}</caption><thead><tr>${block.header
            .map((h) => `<th scope="col">${inlines(h, lang)}</th>`)
            .join('')}</tr></thead><tbody>${block.rows
            .map((row) => `<tr>${row.map((c) => `<td>${inlines(c, lang)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
    }
  }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>
body { font-family: system-ui, "Noto Sans HK", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.muted { color: #555; }
.warning { color: #8a1c00; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.title)}</h1>
${document.subtitle ? `<p>${escapeHtml(document.subtitle)}</p>` : ''}
${body.join('\n')}
</main>
</body>
</html>
`;
}
