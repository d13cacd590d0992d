import { type Detector, finding, type PiiFinding } from './detector.ts';
import { HK_PLACES_EN, HK_PLACES_ZH } from './hk-places.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * Addresses, Hong Kong first: the parts people write (flat, floor, block, building, street and
 * number, district) are found one by one, then neighbouring parts are joined into one address.
 * Two or more parts make an address; a lone street with its number is a weaker one.
 */
/** Hong Kong places, longest first, so `九龍灣` is read whole rather than as `九龍` and a stray `灣`. */
const PLACES_ZH = [...HK_PLACES_ZH].sort((a, b) => b.length - a.length).join('|');
/** Endings of street, estate and building names; a place right before one is part of the name (`大埔道`, `太古城`). */
const NAME_END = '道|路|街|城|花園|花园|廣場|广场|中心|大廈|大厦';
const ZH_PART = new RegExp(
  [
    `(?:${PLACES_ZH})(?!${NAME_END})`,
    // A street name never starts with the word before it (`住喺西環…`, `寄往…`, `地址為…`, `我住嘅大廈`),
    // `台北/台中` are cities and `工作坊` is a workshop. Estates end in 城 (`新都城`; not `城市`, `城牆`, `城隍廟`,
    // `老城區` or `出城`); `哪里` asks where.
    String.raw`(?:(?![住喺在於于到去係是往至為为址居嘅的])[\u4e00-\u9fff]){1,6}(?:道|路|街|(?<![哪那这這])里|徑|径|(?<!工作)坊|巷|圍|围|村|邨|苑|(?<![出進进入])城(?![市門门堡隍牆墙樓楼區区])|(?:臺|台)(?![北中南東灣湾])|花園|花园|大廈|大厦|中心|廣場|广场|閣|阁|樓宇|山莊|山庄)(?:東|西|南|北|东|中(?![間间心學学文國国段]))?`,
    // A block of an estate: two characters and 樓 (`龍昌樓`), never a floor (`十二樓`), a restaurant (`酒樓`), `上樓` or
    // an arcade (`騎樓`).
    String.raw`(?:(?![住喺在於于到去係是往一二三四五六七八九十上下頂顶酒茶大層层騎骑樓楼])[\u4e00-\u9fff]){2}[樓楼](?![宇梯上下價价市盤盘主層层])`,
    String.raw`[0-9０-９]{1,4}(?:-[0-9]{1,4})?\s?[號号]`,
    String.raw`[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s?[座幢期]`,
    String.raw`[0-9０-９一二三四五六七八九十]{1,3}\s?[樓楼層层]`,
    String.raw`[0-9０-９A-Za-z]{1,4}\s?室`,
  ].join('|'),
  'g',
);
/** USPS street suffixes (Publication 28, appendix C1), the words English street names end in. */
const SUFFIX = `(?:Alley|Annex|Arcade|Avenue|Ave|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Blvd|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|Canyon|Cape|Causeway|Circles?|Cliffs?|Close|Commons?|Corners?|Course|Courts?|Ct|Coves?|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drives?|Dr|Estates?|Expressway|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gardens?|Gateway|Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Highway|Hwy|Hills?|Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Landing|Lane|Ln|Lights?|Locks?|Lodge|Loop|Manors?|Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Parkway|Pkwy|Pass|Passage|Path|Pike|Pines?|Place|Pl|Plains?|Plaza|Points?|Ports?|Prairie|Ranch|Rapids?|Ridges?|River|Road|Rd|Route|Row|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Square|Sq|Stravenue|Stream|Streets?|St|Str|Summit|Terrace|Trace|Track|Trail|Tunnel|Turnpike|Underpass|Unions?|Valleys?|Viaduct|Views?|Villages?|Ville|Vista|Walks?|Wall|Ways?|Wells?)`;
/** Street words that come first in Romance and Slavic addresses (`Rua Diadema`, `ul. Miła`). */
const PREFIX = String.raw`(?:Rua|Rue|rue|Via|Viale|Calle|Carrer|Avenida|Av\.?|Avenue|Piazza|Piazzale|Praça|Largo|Strada|Travessa|Boulevard|Bd|Chemin|Allée|Place|C/|ul\.|ulica|Aleja|al\.)`;
/** Street endings of German, Dutch, Nordic, Finnish, Baltic and Hungarian street names. */
const COMPOUND = String.raw`\p{Lu}[\p{L}'’-]*(?:gatan|gata|gade|gate|vägen|väg|vej|veien|vegen|veg|stræde|straße|strasse|straat|stræti|gasse|laan|weg|plein|tie|katu|kuja|polku|kaari|rinne|tanhua|iela|gatve|utca|útja|út|sor|tér|rkp\.?)`;
const WORDS = String.raw`(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}`;
/** A postcode-like number before a street number (`3369 24 Clarke Avenue`). */
const LEAD = String.raw`(?:\d{3,6}\s+)?`;
const EN_PART = new RegExp(
  [
    String.raw`\b(?:PSC|[Uu]nit|UNIT)\s\d{3,5},?\s+(?:Box|box|BOX)\s\d{3,5}\b|\b(?:APO|FPO|DPO|apo|fpo|dpo)\s(?:[A-Z]{2}|[a-z]{2})\s\d{5}\b`,
    String.raw`\b(?:USS|USNS|USNV|USCGC|USNS)\s\p{Lu}[\p{L}'’-]+`,
    String.raw`\bP\.?\s?O\.?\s?Box\s\d{1,6}\b`,
    String.raw`\b(?:Flat|Room|Rm|Unit|Apt|Apartment|Suite)\.?\s?[A-Z0-9]{1,5}\b`,
    String.raw`\b\d{1,3}\s?/\s?F\b|\b\d{1,3}(?:st|nd|rd|th)\s+Floor\b|\bG/F\b`,
    String.raw`\b(?:Block|Tower|Blk)\s?[A-Z0-9]{1,3}\b`,
    String.raw`\b${LEAD}\d{1,5}[A-Z]?(?:-\d{1,5})?,?\s+${WORDS}${SUFFIX}\b\.?`,
    String.raw`\b${LEAD}${PREFIX} (?:[\p{L}'’.-]+ ){0,5}\d{1,5}\b`,
    String.raw`\b${LEAD}\d{1,5} ${PREFIX} [\p{L}'’.-]+(?: [\p{L}'’.-]+){0,4}`,
    String.raw`\b(?:Apt|Suite|Ste)\.?\s?#?\d{1,5}\b`,
    String.raw`\b(?:[A-Z][a-z]+\s+){1,3}(?:Building|Bldg|Mansion|House|Court|Centre|Center|Garden|Gardens|Estate|Plaza|Tower|Villa|Terrace)\b`,
    String.raw`\b(?:${HK_PLACES_EN.join('|')})\b`,
  ].join('|'),
  'gu',
);
/**
 * Weak parts: a street-suffix name with no number (`Inna Loop`) or capitalised words and a
 * number (`Hoge Wei 32`, `28245 Puruntie 82`). They make an address only after an address cue or beside a real part.
 */
const COMPOUND_PART = new RegExp(String.raw`\b${LEAD}${COMPOUND}\s\d{1,5}[A-Za-z]?\b\.?`, 'gu');
const WEAK_PART = new RegExp(
  [
    String.raw`(?<![\p{L}\d])\p{Lu}[\p{L}'’-]+ (?:\p{Lu}[\p{L}'’-]+ )?${SUFFIX}\b\.?`,
    String.raw`(?<![\p{L}\d])(?:\p{Lu}[\p{L}'’-]+ ){1,3}\d{1,5}\b\.?(?: (?:St|Street)\b\.?)?`,
    // International forms: `28245 Puruntie 82`, `233 Erzsébet tér 19.`.
    String.raw`\b\d{1,6}\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{L}[\p{L}'’.-]*){0,3}\s\d{1,5}[A-Za-z]?\b\.?`,
  ].join('|'),
  'gu',
);
const HAS_CJK = /[\u4e00-\u9fff]/;
/** A word, a space and a number: the cheap test before the costly European and weak patterns. */
const WORD_NUMBER = /\p{L}[ \t]\d/u;
/** Words that say an address follows: one part after them is enough. */
const CUE =
  /(?:address(?:es)?(?: is| with| to)?|lives? (?:at|on)|located at|moved to|sent to|send it to|return (?:it )?to|ship(?:ped)? to|deliver(?:ed)? to|meet (?:you|me) at|corner of|side of|drops? (?:you )?off at|arrived at|stop at|enter on|(?:地址|住址)(?:係|是|為|为)?|住喺|住在|(?:我|佢)住)\s*[:：]?\s*$/i;
const CUE_ANYWHERE = new RegExp(CUE.source.replace(String.raw`\s*[:：]?\s*$`, ''), 'i');
/** What may stand between two parts of one address: punctuation, line breaks and quote marks, or "and". */
const GLUE = /^(?:[\s,，、.()（）>?*-]|and|&){0,10}$/;
/** A line that may follow an address: a town, a region code, a country, a postcode. */
const PLACE_LINE =
  /^[ \t>?*]*(?:,\s*)?(?:[\p{Lu}\d][\p{L}\d'’.()-]*)(?:[ \t,]+(?:\(?[\p{Lu}\d][\p{L}\d'’.()-]*|nad|pod|de|la|le|du|u|del|do|da|di|des|van|von|am|an|im|sur|y|e))*[ \t]*$/u;
const PLACE_ONLY = new RegExp(`^(?:${HK_PLACES_ZH.join('|')}|${HK_PLACES_EN.join('|')})$`);
const STREET = new RegExp(
  `(?:道|路|街|里|${SUFFIX}|${COMPOUND}\\s\\d{1,5}[A-Za-z]?|^${LEAD}(?:\\d{1,5}\\s+)?${PREFIX}\\s.*)\\.?$`,
  'u',
);

/** A line that starts with a number and a word: the first line of an address block, maybe. */
const NUMBER_LINE = /(?:^|\n)[ \t>?*]*\d{1,6}[ \t]+\S/;
/** A postcode at the end of a line of the block. */
const POSTCODE_END = /\b\d{4,6}[ \t]*$/;

function lineStarts(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t>?*]*$/.test(text.slice(lineStart, at));
}

interface Part {
  start: number;
  end: number;
  place: boolean;
  street: boolean;
  weak: boolean;
}

function parts(text: string, pattern: RegExp, weak = false): Part[] {
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
      street: !weak && STREET.test(m[0]) && /\d/.test(m[0]),
      weak,
    });
  }
  return out;
}

/**
 * The town, region and postcode after a comma on the same line (`Harbour Street, Larnaca`,
 * `Kloof St, Sea Point, WC 8005`), or a town in capitals without a comma (`Suite 5
 * WINTERTHUR`, the postal convention): capitalised words, at most three commas, ending the line,
 * the sentence or the clause.
 */
const TOWN = String.raw`\p{Lu}[\p{L}'’.()-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.()-]*|u|de|do|da|del|di|la|le|sur|am|an|im|nad)){0,3}`;
const TOWN_TAIL = new RegExp(
  String.raw`^(?:,[ \t]*${TOWN}(?:,[ \t]*${TOWN}){0,2}|[ \t]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?:[ \t]+\d{4,6})?(?=[ \t]*(?:$|[\n.!?;:),]|,?[ \t]+\p{Ll}))`,
  'u',
);

function extendOverTown(text: string, end: number): number {
  const m = TOWN_TAIL.exec(text.slice(end, end + 120));
  return m ? end + m[0].replace(/[ \t.]+$/, '').length : end;
}

const PHONE_LIKE = /^[^\p{L}]*(?:\d[^\p{L}\d]*){7}/u;

/** Length of the longest start of `line` that reads as a place line and is followed by punctuation or a lower-case word, or 0. */
function placePrefix(line: string): number {
  for (const m of [...line.matchAll(/[.?!;:,]?(?=[ \t]|$)|[.?!;:](?=\S)/g)].reverse()) {
    const head = line.slice(0, m.index);
    const rest = line.slice(m.index);
    if (/\S/.test(head) && /^(?:[.?!;:,]|[ \t]+\p{Ll})/u.test(rest) && PLACE_LINE.test(head) && !PHONE_LIKE.test(head))
      return head.trimEnd().length;
  }
  return 0;
}

/** Extends an address over the lines right after it that read as town, region, country or postcode (at most 4). */
function extendOverLines(text: string, end: number): number {
  let out = end;
  let at = end;
  for (let lines = 0; lines < 4; lines++) {
    if (!/^[ \t]*\n/.test(text.slice(at, at + 80))) break;
    const from = text.indexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(from, lineEnd);
    if (line.trim() === '') {
      // A blank line is crossed only when a postcode line follows it.
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
      if (lineEnd >= text.length || !/\d{3,}\s*$/.test(next)) break;
      at = lineEnd;
      continue;
    }
    // Seven digits or more and no letter: a phone number under the address, not a postcode.
    if (line.length > 60 || PHONE_LIKE.test(line)) break;
    if (!PLACE_LINE.test(line)) {
      // The block may end mid-line, where the sentence goes on: `Netherlands? Thanks`, `Austria 6020 after the concert`.
      // A postcode ends the head, or the block has no postcode yet and punctuation follows the head.
      const place = placePrefix(line);
      const head = line.slice(0, place);
      const complete = /\d{3,}[ \t]*$/.test(text.slice(Math.max(0, out - 8), out));
      if (place > 0 && (/\d{3,}$/.test(head) || (!complete && /^[.?!;:]/.test(line.slice(place).trimStart()))))
        out = from + place;
      break;
    }
    out = from + line.trimEnd().length;
    at = lineEnd;
  }
  return out;
}

export const addressDetector: Detector = {
  type: 'ADDRESS',
  detect(text) {
    // Chinese parts need Chinese characters; skipping the pattern saves most of the time on English text.
    const zh = HAS_CJK.test(text) ? parts(text, ZH_PART) : [];
    const en = parts(text, EN_PART);
    // European street names and weak parts matter only beside a real part or after a cue; the
    // patterns cost most of the detector's time, so plain text skips them.
    const more =
      (zh.length > 0 || en.length > 0 || CUE_ANYWHERE.test(text) || NUMBER_LINE.test(text)) && WORD_NUMBER.test(text)
        ? [...parts(text, COMPOUND_PART), ...parts(text, WEAK_PART, true)]
        : [];
    const all = [...zh, ...en, ...more].sort(
      (a, b) => a.start - b.start || Number(a.weak) - Number(b.weak) || b.end - a.end,
    );
    const out: PiiFinding[] = [];
    let group: Part[] = [];
    const flush = () => {
      // Parts the previous address already took over its town and postcode lines stay with it.
      const taken = out[out.length - 1]?.end ?? -1;
      group = group.filter((p) => p.start >= taken);
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) return;
      const real = group.filter((p) => !p.place && !p.weak).length;
      const named = group.filter((p) => !p.place).length;
      const cued = CUE.test(text.slice(Math.max(0, first.start - 40), first.start));
      const strong =
        (group.length >= 3 && real + named >= 2) || (group.length >= 2 && real >= 1) || (cued && named >= 1);
      // A weak street that starts a line and heads town and postcode lines is an address block.
      const block = !strong && lineStarts(text, first.start) ? extendOverLines(text, last.end) : last.end;
      const blockStrong = block > last.end && POSTCODE_END.test(text.slice(last.end, block));
      if (strong || blockStrong || group.some((p) => p.street)) {
        out.push(
          finding(
            'ADDRESS',
            text,
            first.start,
            strong || blockStrong
              ? extendOverLines(text, extendOverTown(text, last.end))
              : extendOverTown(text, last.end),
            strong || blockStrong ? 0.85 : 0.6,
            PII_REASONS.addressParts,
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
