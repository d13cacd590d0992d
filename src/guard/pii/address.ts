import { type Detector, finding, type PiiFinding } from './detector.ts';
import { HK_PLACES_EN, HK_PLACES_ZH } from './hk-places.ts';

/**
 * Addresses, Hong Kong first: the parts people write (flat, floor, block, building, street and
 * number, district) are found one by one, then neighbouring parts are joined into one address.
 * Two or more parts make an address; a lone street with its number is a weaker one.
 */
const ZH_PART = new RegExp(
  [
    `(?:${HK_PLACES_ZH.join('|')})`,
    String.raw`[\u4e00-\u9fff]{1,6}(?:道|路|街|里|徑|径|坊|巷|圍|围|村|邨|苑|臺|台|花園|花园|大廈|大厦|中心|廣場|广场|閣|阁|樓宇|山莊|山庄)(?:東|西|南|北|东)?`,
    String.raw`[0-9０-９]{1,4}(?:-[0-9]{1,4})?\s?[號号]`,
    String.raw`[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s?[座幢期]`,
    String.raw`[0-9０-９一二三四五六七八九十]{1,3}\s?[樓楼層层]`,
    String.raw`[0-9０-９A-Za-z]{1,4}\s?室`,
  ].join('|'),
  'g',
);
const EN_PART = new RegExp(
  [
    String.raw`\b(?:Flat|Room|Rm|Unit|Apt|Apartment|Suite)\.?\s?[A-Z0-9]{1,5}\b`,
    String.raw`\b\d{1,3}\s?/\s?F\b|\b\d{1,3}(?:st|nd|rd|th)\s+Floor\b|\bG/F\b`,
    String.raw`\b(?:Block|Tower|Blk)\s?[A-Z0-9]{1,3}\b`,
    String.raw`\b\d{1,5}[A-Z]?(?:-\d{1,5})?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Path|Terrace|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Circuit|Crescent)\b\.?`,
    // International forms: `28245 Puruntie 82`, `233 Erzsébet tér 19.`, `PSC 6293, Box 8158`, `APO AP 04336`.
    String.raw`\b\d{1,6}\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{L}[\p{L}'’.-]*){0,3}\s\d{1,5}[A-Za-z]?\b\.?`,
    String.raw`\b(?:PSC|Unit)\s\d{3,5},?\s+Box\s\d{3,5}\b|\b(?:APO|FPO|DPO)\s[A-Z]{2}\s\d{5}\b`,
    String.raw`\b(?:Apt|Suite|Ste)\.?\s?#?\d{1,5}\b`,
    String.raw`\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:[Ss]tr|Pass|Union|Square|Sq|Highway|Hwy|Parkway|Pkwy|Trail|Row|Close|Loop|Crossing|Forges?|Mews|Plaza|Walk|Gardens|Hill|Ridge|Ville|Grove|Meadows?|Heights)\b\.?`,
    String.raw`\b(?:[A-Z][a-z]+\s+){1,3}(?:Building|Bldg|Mansion|House|Court|Centre|Center|Garden|Gardens|Estate|Plaza|Tower|Villa|Terrace)\b`,
    String.raw`\b(?:${HK_PLACES_EN.join('|')})\b`,
  ].join('|'),
  'gu',
);
const HAS_CJK = /[\u4e00-\u9fff]/;
/** Words that say an address follows: one part after them is enough. */
const CUE =
  /(?:address(?: is)?|lives? (?:at|on)|located at|moved to|sent to|send it to|ship(?:ped)? to|deliver(?:ed)? to|meet (?:you|me) at|地址|住喺|住在)\s*[:：]?\s*$/i;
/** What may stand between two parts of one address. */
const GLUE = /^[\s,，、.()（）-]{0,6}$/;
const PLACE_ONLY = new RegExp(`^(?:${HK_PLACES_ZH.join('|')}|${HK_PLACES_EN.join('|')})$`);
const STREET =
  /(?:道|路|街|里|Road|Rd|Street|St|Avenue|Ave|Lane|Path|Terrace|Drive|Way|[Ss]tr|Pass|Square|Highway|Parkway|Trail|Close|Loop)\.?$/;

interface Part {
  start: number;
  end: number;
  place: boolean;
  street: boolean;
}

function parts(text: string, pattern: RegExp): Part[] {
  const out: Part[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      place: PLACE_ONLY.test(m[0]),
      street: STREET.test(m[0]) && /\d/.test(m[0]),
    });
  }
  return out;
}

export const addressDetector: Detector = {
  type: 'ADDRESS',
  detect(text) {
    // Chinese parts need Chinese characters; skipping the pattern saves most of the time on English text.
    const zh = HAS_CJK.test(text) ? parts(text, ZH_PART) : [];
    const all = [...zh, ...parts(text, EN_PART)].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: PiiFinding[] = [];
    let group: Part[] = [];
    const flush = () => {
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) return;
      const nonPlace = group.filter((p) => !p.place).length;
      const cued = CUE.test(text.slice(Math.max(0, first.start - 40), first.start));
      const strong = group.length >= 3 || (group.length >= 2 && nonPlace >= 1) || (cued && nonPlace >= 1);
      if (strong || group.some((p) => p.street)) {
        out.push(
          finding(
            'ADDRESS',
            text,
            first.start,
            last.end,
            strong ? 0.85 : 0.6,
            'address parts (flat, floor, building, street, district)',
          ),
        );
      }
    };
    let end = -1;
    for (const part of all) {
      if (part.end <= end) continue;
      if (group.length > 0 && (part.start < end || GLUE.test(text.slice(end, part.start)))) {
        group.push(part);
      } else {
        flush();
        group = [part];
      }
      end = Math.max(end, part.end);
    }
    flush();
    return out;
  },
};
