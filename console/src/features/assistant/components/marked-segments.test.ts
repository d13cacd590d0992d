import { describe, expect, it } from 'vitest';
import { markedSegments } from './marked-segments.ts';

describe('markedSegments', () => {
  it('marks each span once, in order, and keeps every character', () => {
    const text = 'The Department of Health and the Buildings Department';
    const segments = markedSegments(text, [
      { start: 33, end: 53 },
      { start: 4, end: 24 },
      { start: 10, end: 20 },
    ]);
    expect(segments).toEqual([
      { text: 'The ', marked: false },
      { text: 'Department of Health', marked: true },
      { text: ' and the ', marked: false },
      { text: 'Buildings Department', marked: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores spans outside the text or empty', () => {
    expect(
      markedSegments('衛生部', [
        { start: 2, end: 9 },
        { start: 1, end: 1 },
      ]),
    ).toEqual([{ text: '衛生部', marked: false }]);
  });
});
