/**
 * Finds links in free text: with a scheme (`https://…`, also defanged `hxxp://`), starting with
 * `www.`, and bare domains with a known top-level domain (`hsbc-hk.top/login`). Chinese and
 * full-width punctuation ends a link (`請瀏覽www.gov.hk。`), as does trailing ASCII punctuation.
 */
export interface ExtractedUrl {
  url: string;
  start: number;
  end: number;
}

const STOP = String.raw`\s<>"'\x60，。、；：！？（）【】「」『』《》〈〉…‘’“”\u3000-\u303f\uff01-\uff0f\uff1a-\uff20`;
const TLDS =
  'com|net|org|hk|cn|tw|mo|sg|uk|us|io|app|dev|co|me|info|biz|top|xyz|icu|vip|cc|shop|site|cfd|life|sbs|click|website|xin|online|live|cyou|guru|cloud|buzz|tk|ml|ga|cf|gq|ru|de|fr|jp|kr|au|in|id|br|es|it|nl|pl|ca|eu|asia|store|club|pro|page|link|work|support|help|fun|lol|rest|bond|ws|su|tech|ink|zip|mov|gov|edu|int|mil|ly|gl|gd|at|to|gy|li|ee|sh|ai|tv|fm|be|ch|se|no|fi|dk|pt|gr|cz|hu|ro|ua|tr|il|ae|sa|za|ng|ke|mx|ar|cl|pe|ve|nz|ph|th|vn|my|pk|bd|lk|np|kh|la|mm|ir|iq';
const PATTERN = new RegExp(
  [
    `(?:https?|hxxps?|ftp)://[^${STOP}]{1,2000}`,
    String.raw`(?<![\w@.-])www\.[^${STOP}]{1,2000}`,
    String.raw`(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}(?:${TLDS})(?::\d{2,5})?(?:/[^${STOP}]{0,2000})?(?![\w.-]*[a-z0-9])`,
    String.raw`(?<![\w@.\-/])(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?/[^${STOP}]{0,2000}`,
  ].join('|'),
  'giu',
);

/** The links in `text`, in order, with their offsets. */
export function extractUrls(text: string): ExtractedUrl[] {
  const out: ExtractedUrl[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    let url = m[0];
    url = url.replace(/[.,;:!?)\]}'"]+$/, '');
    if (url.length < 4) continue;
    out.push({ url, start: m.index, end: m.index + url.length });
  }
  return out;
}
