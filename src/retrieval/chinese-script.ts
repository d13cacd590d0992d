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

/** Simplified → Hong Kong Traditional, used so that Cantonese written in Simplified can be mapped. */
export function simplifiedToTraditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return (toTraditional as Convert)(text);
}
