import { describe, expect, it } from 'vitest';
import { auditActionMessages } from '../action-messages.ts';
import { auditEntityTypeMessages } from '../entity-type-messages.ts';
import { wordsFor } from './code-words.ts';

describe('the words for an audit code', () => {
  it('are the catalogue’s, in the language asked for', () => {
    expect(wordsFor(auditActionMessages, 'en', 'user.create')).toBe('Added a person');
    expect(wordsFor(auditActionMessages, 'zh-Hant', 'user.create')).toBe('新增人員');
    expect(wordsFor(auditEntityTypeMessages, 'en', 'ai_application')).toBe('AI application');
    expect(wordsFor(auditEntityTypeMessages, 'zh-Hant', 'ai_application')).toBe('人工智能應用');
  });

  it('are none for a code the console does not know (a newer server, an old entry), so the code is shown', () => {
    expect(wordsFor(auditActionMessages, 'en', 'user.crate')).toBeNull();
    expect(wordsFor(auditActionMessages, 'zh-Hant', 'bot.clone')).toBeNull();
    expect(wordsFor(auditEntityTypeMessages, 'en', '')).toBeNull();
    expect(wordsFor(auditEntityTypeMessages, 'zh-Hant', 'robot')).toBeNull();
  });

  it('are none for a code spelt like an object’s own property, rather than a function or a crash', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(wordsFor(auditActionMessages, 'en', code), code).toBeNull();
      expect(wordsFor(auditEntityTypeMessages, 'zh-Hant', code), code).toBeNull();
    }
  });
});
