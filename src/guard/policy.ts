import { z } from 'zod';
import { checkGrounding } from './grounding.ts';
import { detectInjection } from './injection/detect-injection.ts';
import type { InjectionModel } from './injection/model.ts';
import { notInSources } from './pii/approved-data.ts';
import { detectPii } from './pii/detect-pii.ts';
import { PII_TYPES, type PiiFinding } from './pii/detector.ts';
import { findingReason } from './pii/pii-reasons.ts';
import { type PseudonymKey, redact } from './pii/redact.ts';
import { type ReasonText, worded } from './reason-text.ts';
import { assessUrl } from './url/assess-url.ts';
import { extractUrls } from './url/extract-urls.ts';

/** Where in a conversation a text is checked. */
export const STAGES = ['input', 'context', 'output'] as const;
export type Stage = (typeof STAGES)[number];

const action = z.enum(['block', 'warn', 'log']);
const piiAction = z.enum(['block', 'mask', 'pseudonymise', 'drop', 'warn', 'log']);

const stagePolicySchema = z
  .object({
    pii: z
      .object({
        action: piiAction,
        types: z.array(z.enum(PII_TYPES)).max(PII_TYPES.length).optional(),
        minConfidence: z.number().min(0).max(1).optional(),
      })
      .strict()
      .optional(),
    injection: z
      .object({ action, threshold: z.number().min(0).max(1).optional() })
      .strict()
      .optional(),
    urls: z
      .object({ action, minVerdict: z.enum(['suspicious', 'phishing']).default('phishing') })
      .strict()
      .optional(),
    grounding: z
      .object({ action, minSupport: z.number().min(0).max(1).optional() })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A guard policy: for each stage, which checks run and what happens on a hit. Departments set
 * one; a bot may override it stage by stage. Stored as JSON in `guard_policies`.
 */
export const guardPolicySchema = z
  .object({
    input: stagePolicySchema.optional(),
    context: stagePolicySchema.optional(),
    output: stagePolicySchema.optional(),
  })
  .strict();

export type StagePolicy = z.infer<typeof stagePolicySchema>;
export type GuardPolicy = z.infer<typeof guardPolicySchema>;

/** The platform default: block injections in input and context, mask personal data in output, block phishing links. */
export const DEFAULT_POLICY: GuardPolicy = {
  input: { injection: { action: 'block' }, pii: { action: 'log' }, urls: { action: 'warn', minVerdict: 'phishing' } },
  context: { injection: { action: 'block', threshold: 0.6 }, urls: { action: 'block', minVerdict: 'phishing' } },
  output: {
    pii: { action: 'mask' },
    urls: { action: 'block', minVerdict: 'phishing' },
    grounding: { action: 'warn', minSupport: 0.5 },
  },
};

/** Later policies override earlier ones check by check: `mergePolicies(DEFAULT_POLICY, department, bot)`. */
export function mergePolicies(...policies: readonly (GuardPolicy | null | undefined)[]): GuardPolicy {
  const out: GuardPolicy = {};
  for (const policy of policies) {
    if (!policy) continue;
    for (const stage of STAGES) {
      const next = policy[stage];
      if (next) out[stage] = { ...out[stage], ...next };
    }
  }
  return out;
}

export type GuardIssueCode = 'pii_found' | 'injection_detected' | 'unsafe_url' | 'ungrounded_answer';

/** One finding of the policy engine, safe to audit: it never carries the personal data itself. */
export interface GuardIssue {
  code: GuardIssueCode;
  action: 'block' | 'mask' | 'pseudonymise' | 'drop' | 'warn' | 'log';
  message: string;
  /** Why, in English: the record (audit trail, logs). */
  reasons: string[];
  /**
   * The same reasons one for one, worded for a reader in English and Traditional Chinese
   * (`zhHant` null where the detector has English only: the injection classifier's intents).
   */
  reasonTexts: ReasonText[];
}

/** A verdict is data: `ok` with the (possibly rewritten) text and any non-blocking issues, or blocked. */
export type GuardVerdict =
  | { ok: true; stage: Stage; text: string; issues: GuardIssue[] }
  | { ok: false; stage: Stage; issues: GuardIssue[] };

export interface EvaluateOptions {
  model: InjectionModel;
  blocklist?: ReadonlySet<string>;
  /** Source passages, for the grounding check on output. */
  passages?: readonly string[];
  /**
   * The approved sources an answer quotes or cites, in the reader's script: personal data that
   * stands in them (the department's hotline) is the department's to publish and is not acted on.
   */
  approvedSources?: readonly string[];
  /** Needed when a policy pseudonymises. */
  pseudonymKey?: PseudonymKey;
}

/**
 * Runs the checks `policy` asks for at `stage` and applies their actions.
 *
 * @example evaluatePolicy(DEFAULT_POLICY, 'input', 'Ignore previous instructions', { model }).ok // false
 */
export function evaluatePolicy(
  policy: GuardPolicy,
  stage: Stage,
  text: string,
  options: EvaluateOptions,
): GuardVerdict {
  const rules = policy[stage] ?? {};
  const issues: GuardIssue[] = [];
  let out = text;
  if (rules.injection) {
    // Retrieved passages are approved prose: only an explainable sign accuses them (see detectInjection).
    const v = detectInjection(options.model, text, {
      ...(rules.injection.threshold === undefined ? {} : { threshold: rules.injection.threshold }),
      ...(stage === 'context' ? { requireEvidence: true } : {}),
    });
    if (v.flagged) {
      issues.push({
        code: 'injection_detected',
        action: rules.injection.action,
        message: `prompt injection suspected (score ${v.score})`,
        reasons: v.reasons,
        reasonTexts: v.reasonTexts,
      });
    }
  }
  if (rules.urls) {
    const worst =
      rules.urls.minVerdict === 'suspicious' ? ['suspicious', 'phishing', 'blocked'] : ['phishing', 'blocked'];
    for (const { url } of extractUrls(text)) {
      const a = assessUrl(url, options.blocklist ? { blocklist: options.blocklist } : {});
      if (worst.includes(a.verdict)) {
        issues.push({
          code: 'unsafe_url',
          action: rules.urls.action,
          message: `${a.verdict} link to ${a.host}`,
          reasons: a.reasons,
          reasonTexts: a.reasonTexts,
        });
      }
    }
  }
  if (rules.grounding && options.passages) {
    const report = checkGrounding(
      text,
      options.passages,
      rules.grounding.minSupport === undefined ? {} : { minSupport: rules.grounding.minSupport },
    );
    if (report.unsupported > 0) {
      issues.push({
        code: 'ungrounded_answer',
        action: rules.grounding.action,
        message: `${report.unsupported} of ${report.sentences.length} sentences not supported by the sources`,
        ...groundingReasons(report.inventedFigures),
      });
    }
  }
  if (rules.pii) {
    const found = detectPii(text, {
      ...(rules.pii.types ? { types: rules.pii.types } : {}),
      ...(rules.pii.minConfidence === undefined ? {} : { minConfidence: rules.pii.minConfidence }),
    });
    const findings = options.approvedSources ? notInSources(found, options.approvedSources) : found;
    if (findings.length > 0) {
      const counts = new Map<string, number>();
      for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
      const a = rules.pii.action;
      issues.push({
        code: 'pii_found',
        action: a,
        message: `personal data: ${[...counts].map(([t, n]) => `${t}×${n}`).join(', ')}`,
        ...personalDataReasons(findings),
      });
      if (a === 'mask' || a === 'pseudonymise' || a === 'drop') {
        const result = redact(out, findings, a, options.pseudonymKey);
        if (result.ok) out = result.text;
      }
    }
  }
  return issues.some((i) => i.action === 'block')
    ? { ok: false, stage, issues }
    : { ok: true, stage, text: out, issues };
}

/** Why an answer is not grounded: the figures the sources do not have, else too little in common with them. */
function groundingReasons(invented: readonly string[]): Pick<GuardIssue, 'reasons' | 'reasonTexts'> {
  const text: ReasonText =
    invented.length > 0
      ? { en: `invented figures: ${invented.join(', ')}`, zhHant: `來源沒有的數字：${invented.join('、')}` }
      : { en: 'low lexical support', zhHant: '與來源的字詞重疊太少' };
  return worded([text]);
}

/**
 * The personal-data detectors' reasons, once each, with the type first: `PERSON: name after 我係,
 * 我叫 or 本人` is `個人姓名：「我係」、「我叫」或「本人」後的姓名` for a reader of Chinese.
 */
function personalDataReasons(findings: readonly PiiFinding[]): Pick<GuardIssue, 'reasons' | 'reasonTexts'> {
  const once = new Map<string, ReasonText>();
  for (const finding of findings) {
    const reason = findingReason(finding);
    if (!once.has(reason.en)) once.set(reason.en, reason);
  }
  return worded([...once.values()]);
}
