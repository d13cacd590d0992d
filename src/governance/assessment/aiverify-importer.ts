import { z } from 'zod';
import type { LocalizedText, Part, Principle, Question, Section, Template } from './template-schema.ts';

/**
 * Imports Singapore's AI Verify process checklists (aiverify.stock.process_checklist,
 * `process_checklists.json`, Apache-2.0) as they are: principle → testable criterion → process,
 * each process answered yes / no / N.A. with an elaboration (our `justification`). Upstream
 * publishes English only, so its texts stay English in both languages; the principle names are
 * ours in Chinese.
 */

const processSchema = z
  .object({
    pid: z.string().regex(/^\d+(\.\d+)+$/),
    process: z.string().min(1),
    metric: z.string().optional(),
    threshold: z.string().optional(),
    processChecks: z.string().optional(),
  })
  .passthrough();

const upstreamSchema = z.record(
  z.string(),
  z.object({
    config: z
      .object({
        principle: z.string().min(1),
        description: z.string().min(1),
        sections: z.array(
          z.object({
            section: z.string().min(1),
            testType: z.string().optional(),
            checklist: z.array(
              z.object({ testableCriteria: z.string().min(1), processes: z.array(processSchema).min(1) }),
            ),
          }),
        ),
        summaryYes: z.string().optional(),
        summaryNotYes: z.string().optional(),
        recommendation: z.string().optional(),
      })
      .passthrough(),
  }),
);

/** Our Traditional Chinese names for AI Verify's principles (upstream has none). */
const PRINCIPLE_ZH: Record<string, string> = {
  Transparency: '透明度',
  Explainability: '可解釋性',
  Reproducibility: '可重現性',
  Safety: '安全',
  Security: '保安',
  Robustness: '穩健性',
  Fairness: '公平性',
  'Data Governance': '數據管治',
  Accountability: '問責',
  'Human Agency & Oversight': '人的自主與監督',
  'Inclusive Growth, Societal & Environmental Well-being': '包容性增長、社會及環境福祉',
  'Organisational Considerations': '機構層面的考慮',
};

/** Upstream's own text in both slots: it has no Chinese edition. */
function asIs(text: string): LocalizedText {
  return { en: text, zhHant: text };
}

function principleId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The leading number of a process id (`9.1.1` → 9): upstream's `groupNumber`, the reading order. */
function groupNumber(pid: string): number {
  return Number(pid.split('.')[0]);
}

export interface AiVerifyImport {
  id: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText | undefined;
  url?: string | undefined;
}

/**
 * Maps the upstream JSON onto our template shape: one part per principle, one section per
 * testable criterion (id `9.1` from the process ids), one `yes_no_na` question per process (id
 * `9.1.1`) keeping metric, process checks and threshold as details.
 *
 * @example importAiVerifyChecklist(JSON.parse(readFileSync(file, 'utf8')), { id: 'aiverify-process-checklist', version: '2.0', title })
 */
export function importAiVerifyChecklist(raw: unknown, meta: AiVerifyImport): Template {
  const upstream = upstreamSchema.parse(raw);
  const principles: Principle[] = [];
  const parts: Array<Part & { order: number }> = [];
  for (const { config } of Object.values(upstream)) {
    const id = principleId(config.principle);
    principles.push({
      id,
      name: { en: config.principle, zhHant: PRINCIPLE_ZH[config.principle] ?? config.principle },
      description: asIs(config.description),
    });
    const sections: Section[] = [];
    for (const upstreamSection of config.sections) {
      for (const criterion of upstreamSection.checklist) {
        const first = criterion.processes[0]?.pid ?? '';
        const questions: Question[] = criterion.processes.map((p) => {
          const details: Record<string, string> = { section: upstreamSection.section };
          if (p.metric) details.metric = p.metric;
          if (p.processChecks) details.processChecks = p.processChecks;
          if (p.threshold) details.threshold = p.threshold;
          return { id: p.pid, number: p.pid, kind: 'yes_no_na', text: asIs(p.process), principles: [id], details };
        });
        sections.push({
          id: first.split('.').slice(0, 2).join('.'),
          title: asIs(criterion.testableCriteria),
          questions,
        });
      }
    }
    const order = groupNumber(config.sections[0]?.checklist[0]?.processes[0]?.pid ?? '0');
    parts.push({
      order,
      id: id,
      title: { en: config.principle, zhHant: PRINCIPLE_ZH[config.principle] ?? config.principle },
      description: asIs(config.description),
      sections,
    });
  }
  parts.sort((a, b) => a.order - b.order);
  return {
    id: meta.id,
    version: meta.version,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    source: {
      name: 'AI Verify Foundation, AI Verify process checklists',
      ...(meta.url ? { url: meta.url } : {}),
      licence: 'Apache-2.0',
      imported: true,
    },
    principles,
    parts: parts.map(({ order: _order, ...part }) => part),
  };
}
