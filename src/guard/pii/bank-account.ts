import { type Detector, finding, hasContext, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

const CONTEXT = /account|a\/c|acct|bank|iban|戶口|户口|帳戶|账户|賬戶|帳號|账号|銀行|银行|轉賬|转账|過數|入數/i;
/**
 * Hong Kong account numbers as banks print them: a 3-digit bank code and groups of digits split by
 * hyphens or spaces (`012-345-67890-1`, `004-123456-001`), 9–16 digits in all. Bare digit runs only
 * beside a word such as "account" or 戶口, since many other numbers look the same.
 */
const HK_FORM = /(?<![\d-])\d{3}[- ]\d{1,9}(?:[- ]\d{1,9}){0,3}(?![\d-])/g;
const BARE = /(?<![\d-])\d{9,16}(?![\d-])/g;
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;

/** ISO 13616 mod-97 check of an IBAN. */
export function ibanValid(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

export const bankAccountDetector: Detector = {
  type: 'BANK_ACCOUNT',
  detect(text) {
    const grouped = scanRegex(text, HK_FORM, (m) => {
      const end = m.index + m[0].length;
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 9 || digits > 16 || !hasContext(text, m.index, end, CONTEXT, 50)) return null;
      return finding('BANK_ACCOUNT', text, m.index, end, 0.9, PII_REASONS.bankAccountCued);
    });
    const bare = scanRegex(text, BARE, (m) => {
      const end = m.index + m[0].length;
      if (!hasContext(text, m.index, end, CONTEXT, 30)) return null;
      return finding('BANK_ACCOUNT', text, m.index, end, 0.8, PII_REASONS.accountCued);
    });
    const iban = scanRegex(text, IBAN, (m) =>
      ibanValid(m[0]) ? finding('BANK_ACCOUNT', text, m.index, m.index + m[0].length, 0.97, PII_REASONS.iban) : null,
    );
    return [...grouped, ...bare, ...iban];
  },
};
