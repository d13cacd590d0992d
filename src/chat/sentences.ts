import type { ReplyLanguage } from './reply-language.ts';

/** Marks that already close a sentence (a bracket or quote after its full stop included). */
const CLOSED = /[。！？.!?…」』）)"'”’]$/u;

/**
 * Sentences of a reply one after another, each closed: Chinese ones run on with no space and take
 * 。 when they have no closing mark ("請致電 1823" is a sentence a department configured); English
 * ones take "." and a space. Blank parts are left out.
 */
export function sentences(language: ReplyLanguage, ...parts: readonly string[]): string {
  const chinese = language !== 'en';
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (CLOSED.test(part) ? part : `${part}${chinese ? '。' : '.'}`))
    .join(chinese ? '' : ' ');
}
