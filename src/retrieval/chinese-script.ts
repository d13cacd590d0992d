import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplified: Convert | undefined;
let toTraditional: Convert | undefined;

/**
 * Traditional (Hong Kong, Taiwan or OpenCC standard variants) → Simplified. Many-to-one, so it is
 * the canonical form we index and match on: 裏/裡/里 and 台/臺 all meet. Only ever applied to a copy,
 * after Cantonese mapping, because it mis-maps colloquial 係 → 系.
 */
export function traditionalToSimplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return (toSimplified as Convert)(text);
}

/**
 * Simplified → Hong Kong Traditional, used so that Cantonese written in Simplified can be mapped.
 * Not for text that is already Traditional: it rewrites valid Traditional words into Hong Kong
 * variants (暫准 → 暫準, 公布 → 公佈); see {@link toChineseScript}.
 */
export function simplifiedToTraditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return (toTraditional as Convert)(text);
}

/** The script a Chinese text is written in; `neutral`: no character tells (香港, or no Han at all). */
export type ChineseScript = 'traditional' | 'simplified' | 'neutral';

/** Per Han character: 1 = only Traditional (changes to Simplified), 2 = changes to Traditional. */
const marks = new Map<string, number>();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

function markOf(ch: string): number {
  let mark = marks.get(ch);
  if (mark === undefined) {
    mark = (traditionalToSimplified(ch) !== ch ? 1 : 0) | (simplifiedToTraditional(ch) !== ch ? 2 : 0);
    marks.set(ch, mark);
  }
  return mark;
}

/**
 * Which script a text is in, by majority of telling characters. A character that changes under
 * Simplified → Traditional is weak evidence (准, 布, 里, 台 are also Traditional), one that changes
 * under Traditional → Simplified is strong (暫, 們, 裏), so ties go to Traditional: `暫准` is
 * Traditional.
 *
 * @example chineseScriptOf('暫准居留') // 'traditional'
 */
export function chineseScriptOf(text: string): ChineseScript {
  let traditional = 0;
  let simplified = 0;
  for (const [ch] of text.matchAll(HAN)) {
    const mark = markOf(ch);
    if (mark & 1) traditional++;
    else if (mark & 2) simplified++;
  }
  if (traditional === 0 && simplified === 0) return 'neutral';
  return traditional >= simplified ? 'traditional' : 'simplified';
}

/**
 * `text` for a reader of `script`: verbatim when it is already in that script (or tells neither),
 * converted only across scripts. Approved wording is never rewritten into another variant of the
 * same script (暫准 stays 暫准, 公布 stays 公布, 裡 stays 裡 for a Traditional reader).
 *
 * @example toChineseScript('暫准', 'traditional') // '暫准'; toChineseScript('暫准', 'simplified') // '暂准'
 */
export function toChineseScript(text: string, script: 'traditional' | 'simplified'): string {
  const written = chineseScriptOf(text);
  if (written === 'neutral' || written === script) return text;
  return script === 'simplified' ? traditionalToSimplified(text) : simplifiedToTraditional(text);
}
