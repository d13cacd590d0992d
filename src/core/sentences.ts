/** Marks that already close a sentence (a bracket or quote after its full stop included). */
const CLOSED = /[。！？.!?…」』）)"'”’]$/u;

/**
 * Sentences one after another (a reply, a notice), each closed: Chinese ones run on with no space and take
 * 。 when they have no closing mark ("請致電 1823" is a sentence a department configured); English
 * ones take "." and a space. Blank parts are left out.
 */
export function sentences(language: 'en' | 'zh-Hant' | 'zh-Hans', ...parts: readonly string[]): string {
  const chinese = language !== 'en';
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (CLOSED.test(part) ? part : `${part}${chinese ? '。' : '.'}`))
    .join(chinese ? '' : ' ');
}
