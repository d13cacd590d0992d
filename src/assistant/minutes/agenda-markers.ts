/**
 * Explicit agenda markers a chair says when moving to an item, English and Chinese (Traditional,
 * Simplified and Cantonese), each capturing the title that follows it when one is given:
 * "Item 2: Budget", "Agenda item three – staffing", "next item", "議程二：預算", "第三項議程", "下一項議程".
 */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[一二三四五六七八九十]+)`;
const MARKERS: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:(?:we\s+(?:now\s+)?(?:move|turn|come|go)\s+(?:on\s+)?to\s+)|(?:moving|turning)\s+(?:on\s+)?to\s+)?(?:agenda\s+)?item\s+${NUMBER}\b[\s:：.,–—-]*(.*)$`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:move|turn|go|come|proceed)\s+(?:on\s+)?to\s+(?:agenda\s+)?item\s+${NUMBER}\b[\s:：.,–—-]*(.*)$`,
    'iu',
  ),
  /\b(?:the\s+)?next\s+(?:agenda\s+)?(?:item|topic)\b(?:\s+(?:is|on\s+the\s+agenda\s+is))?[\s:：.,–—-]*(.*)$/iu,
  new RegExp(String.raw`^(?:.{0,12}?)(?:议程|議程)(?:第)?${NUMBER}(?:項|项)?[\s:：.,，、–—-]*(.*)$`, 'u'),
  new RegExp(String.raw`^(?:.{0,12}?)第${NUMBER}(?:項|项)(?:议程|議程)?[\s:：.,，、–—-]*(.*)$`, 'u'),
  /(?:下一|下個|下个)(?:項|项|個|个)?(?:議程|议程|議題|议题)[\s:：.,，、是係]*(.*)$/u,
];

/** When the sentence opens an agenda item: the title it gives ('' when none). Null otherwise. */
export function agendaMarker(sentence: string): { title: string } | null {
  for (const pattern of MARKERS) {
    const match = pattern.exec(sentence.trim());
    if (match) return { title: cleanTitle(match[1] ?? '') };
  }
  return null;
}

function cleanTitle(raw: string): string {
  const title = raw
    .replace(/^(?:is|on|about|關於|关于|係|是)\s*/iu, '')
    .replace(/[。.!！?？,，;；]+$/u, '')
    .trim();
  return Array.from(title).length > 80 ? '' : title;
}
