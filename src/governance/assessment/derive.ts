import type { Answers } from './answer.ts';
import { type AssessmentIssue, answerProblem, assessmentIssue } from './assessment-problems.ts';
import type { GenAiTier, LocalizedText, Question, Template } from './template-schema.ts';
import { templateQuestions } from './template-schema.ts';

/**
 * The derivation rules, explained (docs/governance.md states them for people):
 * - impact: high when any ungrouped gating criterion (A, B, D–H) is yes, or when every question
 *   of a group (C(i), C(ii), C(iii)) is yes; otherwise low;
 * - GenAI tier: the most severe tier with a yes answer (unacceptable > high > limited), else low;
 * - privacy risk: the highest rating among the PCPD risk factors; the human oversight it requires:
 *   high → in-the-loop, medium → in-command, low → out-of-the-loop.
 * Which question does what is data (`effect` in the template); this file only applies the rules.
 */

export type Impact = 'low' | 'high';
export type PrivacyRisk = 'low' | 'medium' | 'high';
export type Oversight = 'in-the-loop' | 'in-command' | 'out-of-the-loop';

/** One answer that produced a result: which question, what it said, and why it counts. */
export interface Reason {
  result: 'impact' | 'tier' | 'oversight';
  templateId: string;
  templateVersion: string;
  questionId: string;
  answer: string;
  text: LocalizedText;
  because: LocalizedText;
}

/** A template and its answers, as given to `derive`. */
export interface AnsweredTemplate {
  template: Template;
  answers: Answers;
}

/** Each result is null when no given template carries its rule. */
export interface Derived {
  impact: Impact | null;
  tier: GenAiTier | null;
  oversight: Oversight | null;
  reasons: Reason[];
}

export type DeriveOutcome =
  | { ok: true; value: Derived }
  | { ok: false; issues: Array<AssessmentIssue & { templateId: string }> };

/** The human oversight the PCPD framework requires for a privacy risk level. */
export function oversightFor(risk: PrivacyRisk): Oversight {
  return ({ high: 'in-the-loop', medium: 'in-command', low: 'out-of-the-loop' } as const)[risk];
}

const OVERSIGHT_TEXT: Record<Oversight, LocalizedText> = {
  'in-the-loop': { en: 'human-in-the-loop', zhHant: '人在環中' },
  'in-command': { en: 'human-in-command', zhHant: '人為管控' },
  'out-of-the-loop': { en: 'human-out-of-the-loop', zhHant: '人在環外' },
};
/** Each GenAI risk tier in words. */
export const TIER_TEXT: Record<GenAiTier, LocalizedText> = {
  unacceptable: { en: 'unacceptable', zhHant: '不可接受' },
  high: { en: 'high', zhHant: '高' },
  limited: { en: 'limited', zhHant: '有限' },
  low: { en: 'low', zhHant: '低' },
};
const LEVEL_TEXT: Record<PrivacyRisk, LocalizedText> = {
  high: { en: 'high', zhHant: '高' },
  medium: { en: 'medium', zhHant: '中' },
  low: { en: 'low', zhHant: '低' },
};

interface Ruled {
  set: AnsweredTemplate;
  question: Question;
  value: string;
}

function reason(result: Reason['result'], { set, question, value }: Ruled, because: LocalizedText): Reason {
  return {
    result,
    templateId: set.template.id,
    templateVersion: set.template.version,
    questionId: question.id,
    answer: value,
    text: question.text,
    because,
  };
}

function deriveImpact(ruled: Ruled[]): { impact: Impact; reasons: Reason[] } {
  const groups = new Map<string, Ruled[]>();
  const decisive: Ruled[] = [];
  for (const r of ruled) {
    const group = r.question.effect?.kind === 'impact' ? r.question.effect.group : undefined;
    if (group) groups.set(group, [...(groups.get(group) ?? []), r]);
    else if (r.value === 'yes') decisive.push(r);
  }
  const reasons = decisive.map((r) =>
    reason('impact', r, {
      en: `Criterion ${r.question.id} is yes: high impact.`,
      zhHant: `準則 ${r.question.id} 為「是」：高影響。`,
    }),
  );
  for (const [group, members] of groups) {
    if (!members.every((m) => m.value === 'yes')) continue;
    for (const m of members) {
      reasons.push(
        reason('impact', m, {
          en: `All parts of criterion ${group} are yes: high impact.`,
          zhHant: `準則 ${group} 各部分均為「是」：高影響。`,
        }),
      );
    }
  }
  if (reasons.length > 0) return { impact: 'high', reasons };
  // Low impact: every answer counted; a partly-yes group says why it did not count.
  return {
    impact: 'low',
    reasons: ruled.map((r) => {
      const group = r.question.effect?.kind === 'impact' ? r.question.effect.group : undefined;
      const because: LocalizedText =
        group && r.value === 'yes'
          ? {
              en: `Criterion ${group} counts only when all its parts are yes; not all are.`,
              zhHant: `準則 ${group} 須各部分全部為「是」才計算；現時並非全部。`,
            }
          : { en: `Criterion ${r.question.id} is no.`, zhHant: `準則 ${r.question.id} 為「否」。` };
      return reason('impact', r, because);
    }),
  };
}

const TIER_ORDER: GenAiTier[] = ['unacceptable', 'high', 'limited'];

function deriveTier(ruled: Ruled[]): { tier: GenAiTier; reasons: Reason[] } {
  for (const tier of TIER_ORDER) {
    const yes = ruled.filter(
      (r) => r.question.effect?.kind === 'tier' && r.question.effect.tier === tier && r.value === 'yes',
    );
    if (yes.length > 0) {
      const because = {
        en: `A question of the ${TIER_TEXT[tier].en} tier is yes: tier ${TIER_TEXT[tier].en}.`,
        zhHant: `一項「${TIER_TEXT[tier].zhHant}」風險問題為「是」：屬${TIER_TEXT[tier].zhHant}風險級別。`,
      };
      return { tier, reasons: yes.map((r) => reason('tier', r, because)) };
    }
  }
  const because = { en: 'No tier question is yes: tier low.', zhHant: '沒有風險級別問題為「是」：屬低風險級別。' };
  return { tier: 'low', reasons: ruled.map((r) => reason('tier', r, because)) };
}

function deriveOversight(ruled: Ruled[]): { oversight: Oversight; reasons: Reason[] } {
  const risk: PrivacyRisk = ruled.some((r) => r.value === 'high')
    ? 'high'
    : ruled.some((r) => r.value === 'medium')
      ? 'medium'
      : 'low';
  const oversight = oversightFor(risk);
  const because = {
    en: `Highest risk factor rating is ${LEVEL_TEXT[risk].en}: privacy risk ${LEVEL_TEXT[risk].en}, so ${OVERSIGHT_TEXT[oversight].en}.`,
    zhHant: `風險因素的最高評級為「${LEVEL_TEXT[risk].zhHant}」：私隱風險屬${LEVEL_TEXT[risk].zhHant}，須${OVERSIGHT_TEXT[oversight].zhHant}。`,
  };
  return { oversight, reasons: ruled.filter((r) => r.value === risk).map((r) => reason('oversight', r, because)) };
}

/**
 * Derives impact, GenAI tier and required human oversight from answered templates, with the
 * answers that produced each result. Every question that carries a rule must be answered with a
 * value its kind takes; otherwise the outcome lists the issues (template and question named).
 *
 * @example derive([{ template: latestTemplate('hk-aiaia')!, answers }]).value?.impact // 'high'
 */
export function derive(sets: AnsweredTemplate[]): DeriveOutcome {
  const byKind: Record<'impact' | 'tier' | 'privacy-risk', Ruled[]> = { impact: [], tier: [], 'privacy-risk': [] };
  const present = new Set<string>();
  const issues: Array<AssessmentIssue & { templateId: string }> = [];
  for (const set of sets) {
    for (const question of templateQuestions(set.template)) {
      if (!question.effect) continue;
      present.add(question.effect.kind);
      const answer = set.answers[question.id];
      const problem = answer ? answerProblem(question, answer) : assessmentIssue('unanswered', question.id);
      if (problem) issues.push({ ...problem, templateId: set.template.id });
      else if (answer) byKind[question.effect.kind].push({ set, question, value: answer.value });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const impact = present.has('impact') ? deriveImpact(byKind.impact) : null;
  const tier = present.has('tier') ? deriveTier(byKind.tier) : null;
  const oversight = present.has('privacy-risk') ? deriveOversight(byKind['privacy-risk']) : null;
  return {
    ok: true,
    value: {
      impact: impact?.impact ?? null,
      tier: tier?.tier ?? null,
      oversight: oversight?.oversight ?? null,
      reasons: [...(impact?.reasons ?? []), ...(tier?.reasons ?? []), ...(oversight?.reasons ?? [])],
    },
  };
}
