import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CLASS, firstScreenBlock, firstScreenKey } from './console-first-screen.ts';

/** The JSON between a block's tags, as the browser's parser would hand it to the console. */
const blockText = (html: string) =>
  new RegExp(`^<script type="application/json" class="${FIRST_SCREEN_CLASS}">(.*)</script>\\n$`, 's').exec(html)?.[1];

describe('the console first screen data block', () => {
  it('cannot be closed or commented out by the data it carries, and reads back the same', () => {
    const hostile = {
      '/api/v1/session': {
        user: { displayName: '</script><script>alert(1)</script><!-- </SCRIPT ' },
        note: 'a & b > c \u2028 \u2029 <!DOCTYPE',
      },
    };
    const html = firstScreenBlock(hostile);
    const text = blockText(html);
    expect(text).toBeDefined();
    // The only tags in it are its own: nothing in the data ends the block or opens another.
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text as string)).toEqual(hostile);
  });

  it('files a read under its path and sorted query, whatever order the query was written in', () => {
    expect(firstScreenKey('/api/v1/handoff-cases', new URLSearchParams('status=open&limit=25&offset=0'))).toBe(
      '/api/v1/handoff-cases?limit=25&offset=0&status=open',
    );
    expect(firstScreenKey('/api/v1/session', new URLSearchParams())).toBe('/api/v1/session');
  });
});
