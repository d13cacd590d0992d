import { type HTMLElement, parse } from 'node-html-parser';
import type { DocumentBlock, Extracted, UploadedFile } from '../extracted.ts';

/** Elements that are never main content. */
const NOISE =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role=navigation], [aria-hidden=true]';
const BLOCKS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'LI',
  'TR',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'CAPTION',
]);

/**
 * Headings and paragraphs of an HTML page's main content (`<main>`, `<article>` or `role=main`
 * when present), tables row by row with cells joined by " | ", navigation and scripts dropped.
 */
export function blocksFromHtml(html: string): { title: string; blocks: DocumentBlock[] } {
  const root = parse(html, { comment: false, blockTextElements: { pre: true } });
  const title = root.querySelector('title')?.text.trim() ?? '';
  for (const node of root.querySelectorAll(NOISE)) node.remove();
  const main =
    root.querySelector('main') ??
    root.querySelector('article') ??
    root.querySelector('[role=main]') ??
    root.querySelector('body') ??
    root;
  const blocks: DocumentBlock[] = [];
  walk(main, blocks);
  return { title: title || (blocks.find((b) => b.type === 'heading')?.text ?? ''), blocks };
}

function walk(element: HTMLElement, blocks: DocumentBlock[]): void {
  for (const child of element.childNodes) {
    if (child.nodeType !== 1) {
      const text = clean(child.text);
      if (text) blocks.push({ type: 'paragraph', text, page: null });
      continue;
    }
    const node = child as HTMLElement;
    const tag = node.tagName;
    if (tag && BLOCKS.has(tag)) {
      const text =
        tag === 'TR'
          ? node
              .querySelectorAll('th, td')
              .map((cell) => clean(cell.text))
              .join(' | ')
          : clean(node.text);
      if (!text) continue;
      const heading = /^H([1-6])$/.exec(tag);
      blocks.push(
        heading
          ? { type: 'heading', level: Number(heading[1]), text, page: null }
          : { type: 'paragraph', text, page: null },
      );
    } else {
      walk(node, blocks);
    }
  }
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function importHtml(file: UploadedFile): Promise<Extracted> {
  const { title, blocks } = blocksFromHtml(file.bytes.toString('utf8'));
  return { kind: 'document', title: title || file.fileName, blocks, pages: null };
}
