import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '../../core/index.ts';

/** A font file, and the face to take from it when it is a collection (.ttc). */
export interface FontFace {
  path: string;
  /** PostScript name of the face inside a TrueType collection; absent for a single font. */
  postscriptName?: string;
}

/** The faces the PDF writer embeds: one for body text, one for headings and table headers. */
export interface CjkFonts {
  regular: FontFace;
  bold: FontFace;
  /**
   * Faces for characters the main ones lack (Noto Sans HK has no glyph for about a quarter of the
   * common Simplified characters, e.g. 简 报 爱): the system's Noto Sans CJK, which has them all.
   */
  fallback?: { regular: FontFace; bold: FontFace };
  /** Where they came from, for the docs and error messages. */
  source: 'npm' | 'system' | 'given';
}

const require = createRequire(import.meta.url);

/** Debian's fonts-noto-cjk (what CI installs), when the npm package is missing. */
export const SYSTEM_CJK_FONTS: CjkFonts = {
  regular: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKhk-Regular' },
  bold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKhk-Bold' },
  source: 'system',
};

/**
 * Noto Sans HK (SIL OFL 1.1) as installed from npm by `@expo-google-fonts/noto-sans-hk`: TrueType
 * outlines with Hong Kong glyph forms and Latin, so one face sets both languages. Resolved at run
 * time from node_modules; never fetched.
 */
function npmFonts(): CjkFonts | null {
  try {
    const system = existsSync(SYSTEM_CJK_FONTS.regular.path) && existsSync(SYSTEM_CJK_FONTS.bold.path);
    return {
      regular: { path: require.resolve('@expo-google-fonts/noto-sans-hk/400Regular/NotoSansHK_400Regular.ttf') },
      bold: { path: require.resolve('@expo-google-fonts/noto-sans-hk/700Bold/NotoSansHK_700Bold.ttf') },
      ...(system ? { fallback: { regular: SYSTEM_CJK_FONTS.regular, bold: SYSTEM_CJK_FONTS.bold } } : {}),
      source: 'npm',
    };
  } catch {
    return null;
  }
}

/**
 * The CJK fonts to embed: the npm package first, then the system's Noto Sans CJK. Throws a
 * bilingual `capability_unavailable` when neither is there, naming what to install.
 *
 * @example
 * findCjkFonts().regular.path // …/node_modules/@expo-google-fonts/noto-sans-hk/400Regular/NotoSansHK_400Regular.ttf
 */
export function findCjkFonts(candidates: readonly (CjkFonts | null)[] = [npmFonts(), SYSTEM_CJK_FONTS]): CjkFonts {
  for (const fonts of candidates) {
    if (fonts && existsSync(fonts.regular.path) && existsSync(fonts.bold.path)) return fonts;
  }
  throw new AppError('capability_unavailable', {
    en: 'PDF export needs a Chinese (CJK) font and none is installed: run npm ci (it installs @expo-google-fonts/noto-sans-hk) or install fonts-noto-cjk',
    zhHant:
      'PDF 匯出需要中文字型，但未有安裝：請執行 npm ci（會安裝 @expo-google-fonts/noto-sans-hk）或安裝 fonts-noto-cjk',
  });
}
