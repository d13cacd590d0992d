/** The bot configuration the chat tests publish: bilingual, with the fallback they assert on. */
export const TEST_BOT_CONFIG = {
  name: { zh: '測試助手', en: 'Test assistant' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
  fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
  publicRatePerMinute: 1000,
};

/** FAQ rows as the JSON-lines file an officer uploads. */
export function faqJsonl(rows: readonly Record<string, string>[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n');
}
