import { inArray } from 'drizzle-orm';
import type { Principal } from '../../access/index.ts';
import { type Block, type ExportDocument, type ExportLanguage, type Inline, textRun } from '../../assistant/index.ts';
import { type Executor, type StoredAnswer, type StoredAnswerSet, users } from '../../store/index.ts';
import { getTemplate, templateQuestions } from '../assessment/index.ts';
import { datasetsOfApplication } from '../bom/index.ts';
import { listEvaluationRuns } from '../evaluation/index.ts';
import { listIncidents } from '../incidents/index.ts';
import { getApplication } from '../registry/index.ts';
import { decisionsOf, latestPerStage } from '../workflow/index.ts';

/** The report's languages: English or Traditional Chinese first; labels carry both. */
export type ReportLanguage = 'en' | 'zh-Hant';

type Words = { en: string; zh: string };

const W = {
  title: { en: 'Assessment report', zh: '評估報告' },
  application: { en: 'Application', zh: '應用程式' },
  field: { en: 'Field', zh: '項目' },
  value: { en: 'Value', zh: '內容' },
  name: { en: 'Name', zh: '名稱' },
  purpose: { en: 'Purpose', zh: '用途' },
  bot: { en: 'Bot', zh: '聊天機械人' },
  status: { en: 'Status', zh: '狀態' },
  impact: { en: 'Impact', zh: '影響' },
  tier: { en: 'Tier', zh: '級別' },
  oversight: { en: 'Human oversight', zh: '人為監督' },
  stage: { en: 'Stage', zh: '階段' },
  answers: { en: 'Answers', zh: '答案' },
  question: { en: 'Question', zh: '問題' },
  answer: { en: 'Answer', zh: '答案' },
  justification: { en: 'Justification', zh: '理由' },
  comment: { en: 'Reviewer comment', zh: '審閱意見' },
  derivation: { en: 'Derivation', zh: '推導' },
  result: { en: 'Result', zh: '結果' },
  reason: { en: 'Reason', zh: '原因' },
  endorsements: { en: 'Endorsements', zh: '認可' },
  capacity: { en: 'Capacity', zh: '身分' },
  person: { en: 'Person', zh: '人員' },
  decision: { en: 'Decision', zh: '決定' },
  round: { en: 'Round', zh: '輪次' },
  date: { en: 'Date', zh: '日期' },
  evaluations: { en: 'Evaluation history', zh: '測試紀錄' },
  suite: { en: 'Suite', zh: '測試套件' },
  score: { en: 'Score', zh: '分數' },
  grade: { en: 'Grade', zh: '等級' },
  items: { en: 'Items passed', zh: '通過項目' },
  incidents: { en: 'Open incidents', zh: '未結事故' },
  incident: { en: 'Incident', zh: '事故' },
  none: { en: 'None.', zh: '沒有。' },
  notAssessed: { en: 'Not assessed yet.', zh: '尚未評估。' },
  notDerived: { en: 'Not submitted yet: nothing derived.', zh: '尚未提交：未有推導結果。' },
  data: { en: 'Data used', zh: '使用的數據' },
  dataset: { en: 'Dataset', zh: '數據集' },
  classification: { en: 'Classification', zh: '保密級別' },
  personalData: { en: 'Personal data', zh: '個人資料' },
  retention: { en: 'Retention', zh: '保存期' },
  lineage: { en: 'Source systems', zh: '來源系統' },
  usedThrough: { en: 'Used through', zh: '使用途徑' },
  registered: { en: 'registered on the application', zh: '登記於應用程式' },
  knowledgeSources: { en: 'knowledge sources', zh: '知識來源' },
  bom: { en: 'AI bill of materials', zh: '人工智能物料清單' },
  bomText: {
    en: 'The CycloneDX 1.6 AI bill of materials of this application (models, knowledge sources, packages) is at',
    zh: '本應用程式的 CycloneDX 1.6 人工智能物料清單（模型、知識來源、套件）載於',
  },
} satisfies Record<string, Words>;

function label(words: Words, language: ReportLanguage): string {
  return language === 'en' ? `${words.en} ${words.zh}` : `${words.zh} ${words.en}`;
}

/** A label cell: both languages, each run tagged with its own. */
function labelRuns(words: Words, language: ReportLanguage, bold = false): Inline[] {
  const en = textRun(words.en, { lang: 'en', bold });
  const zh = textRun(words.zh, { lang: 'zh-Hant', bold });
  return language === 'en' ? [en, textRun(' ', { lang: 'en' }), zh] : [zh, textRun(' ', { lang: 'en' }), en];
}

/** A value cell, as written (its language guessed from its text). */
const cell = (value: string | number | null | undefined): Inline[] => [
  textRun(value === null || value === undefined || value === '' ? '—' : String(value)),
];
const heading = (level: 1 | 2 | 3, words: Words, language: ReportLanguage, suffix = ''): Block => ({
  kind: 'heading',
  level,
  content: [...labelRuns(words, language), ...(suffix ? [textRun(` ${suffix}`)] : [])],
});
const header = (language: ReportLanguage, ...columns: Words[]) => columns.map((c) => labelRuns(c, language, true));
const none = (words: Words, language: ReportLanguage): Block => ({
  kind: 'paragraph',
  tone: 'muted',
  content: labelRuns(words, language),
});
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

interface DerivationReason {
  result?: string;
  questionId?: string;
  answer?: string;
  text?: { en: string; zhHant: string };
  because?: { en: string; zhHant: string };
}

function answerRows(
  set: StoredAnswerSet | { templateId: string; templateVersion: string; answers: Record<string, StoredAnswer> },
  language: ReportLanguage,
) {
  const template = getTemplate(set.templateId, set.templateVersion);
  const questions = template ? templateQuestions(template) : [];
  const order = [...questions.map((q) => q.id), ...Object.keys(set.answers)];
  const seen = new Set<string>();
  const rows: Inline[][][] = [];
  for (const id of order) {
    const answer = set.answers[id];
    if (!answer || seen.has(id)) continue;
    seen.add(id);
    const question = questions.find((q) => q.id === id);
    const text = question ? (language === 'en' ? question.text.en : question.text.zhHant) : id;
    rows.push([cell(`${id} ${text}`), cell(answer.value), cell(answer.justification), cell(answer.reviewerComment)]);
  }
  return rows;
}

/**
 * The assessment report of an application the principal may read (another department's: 404), as
 * a document the assistant's writers turn into PDF or DOCX and `renderReportHtml` into HTML: the
 * latest assessment of each stage with its answers and reviewer comments, the derivation of
 * impact, tier and oversight with the answers behind each, endorsements, the bot's evaluation
 * history, open incidents, the catalogue's datasets it uses and where the AI bill of materials is. Labels are bilingual, the
 * language given first; answers stay as written.
 *
 * @example const doc = await buildAssessmentReport(db, principal, applicationId, 'en')
 */
export async function buildAssessmentReport(
  db: Executor,
  principal: Principal,
  applicationId: string,
  language: ReportLanguage,
): Promise<ExportDocument> {
  const application = await getApplication(db, principal, applicationId);
  const name = language === 'en' ? application.nameEn : application.nameZhHant;
  const blocks: Block[] = [];

  blocks.push(heading(2, W.application, language));
  blocks.push({
    kind: 'table',
    header: header(language, W.field, W.value),
    rows: [
      [
        labelRuns(W.name, language),
        [textRun(application.nameEn, { lang: 'en' }), textRun(` ${application.nameZhHant}`, { lang: 'zh-Hant' })],
      ],
      [labelRuns(W.purpose, language), cell(language === 'en' ? application.purposeEn : application.purposeZhHant)],
      [labelRuns(W.bot, language), cell(application.botId)],
      [labelRuns(W.status, language), cell(application.status)],
      [labelRuns(W.impact, language), cell(application.impact)],
      [labelRuns(W.tier, language), cell(application.tier)],
    ],
    widths: [1, 3],
  });

  const assessments = await latestPerStage(db, application.id);
  if (!assessments.length) blocks.push(none(W.notAssessed, language));
  for (const assessment of assessments) {
    blocks.push(heading(2, W.stage, language, `${assessment.stage} (${assessment.status})`));
    blocks.push(heading(3, W.answers, language, `${assessment.templateId}@${assessment.templateVersion}`));
    const sets = [
      { templateId: assessment.templateId, templateVersion: assessment.templateVersion, answers: assessment.answers },
      ...(assessment.tierAnswers ? [assessment.tierAnswers] : []),
      ...(assessment.privacyAnswers ? [assessment.privacyAnswers] : []),
    ];
    const rows = sets.flatMap((set) => answerRows(set, language));
    blocks.push(
      rows.length
        ? {
            kind: 'table',
            header: header(language, W.question, W.answer, W.justification, W.comment),
            rows,
            widths: [4, 1, 2, 2],
          }
        : none(W.none, language),
    );

    blocks.push(heading(3, W.derivation, language));
    const derivation = assessment.derivation;
    if (!derivation) blocks.push(none(W.notDerived, language));
    else {
      blocks.push({
        kind: 'table',
        header: header(language, W.result, W.value),
        rows: [
          [labelRuns(W.impact, language), cell(derivation.impact)],
          [labelRuns(W.tier, language), cell(derivation.tier)],
          [labelRuns(W.oversight, language), cell(derivation.oversight)],
        ],
        widths: [1, 3],
      });
      const reasons = derivation.reasons as DerivationReason[];
      blocks.push({
        kind: 'table',
        header: header(language, W.result, W.question, W.answer, W.reason),
        rows: reasons.map((r) => [
          cell(r.result),
          cell(`${r.questionId ?? ''} ${(language === 'en' ? r.text?.en : r.text?.zhHant) ?? ''}`.trim()),
          cell(r.answer),
          cell(language === 'en' ? r.because?.en : r.because?.zhHant),
        ]),
        widths: [1, 3, 1, 3],
      });
    }

    blocks.push(heading(3, W.endorsements, language));
    const decisions = await decisionsOf(db, assessment.id);
    const people = decisions.length
      ? await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(
            inArray(
              users.id,
              decisions.map((d) => d.userId),
            ),
          )
      : [];
    blocks.push(
      decisions.length
        ? {
            kind: 'table',
            header: header(language, W.capacity, W.person, W.decision, W.round, W.date, W.comment),
            rows: decisions.map((d) => [
              cell(d.capacity),
              cell(people.find((p) => p.id === d.userId)?.displayName ?? d.userId),
              cell(d.decision),
              cell(d.round),
              cell(day(d.createdAt)),
              cell(d.comment),
            ]),
          }
        : none(W.none, language),
    );
  }

  blocks.push(heading(2, W.evaluations, language));
  const runs = application.botId ? await listEvaluationRuns(db, principal, application.botId, { limit: 50 }) : [];
  blocks.push(
    runs.length
      ? {
          kind: 'table',
          header: header(language, W.suite, W.status, W.score, W.grade, W.items, W.date),
          rows: runs.map((r) => [
            cell(`${r.suiteId} v${r.suiteVersion} (bot v${r.botVersion})`),
            cell(r.status),
            cell(r.score === null ? null : r.score.toFixed(1)),
            cell(r.grade),
            cell(`${r.passedCount}/${r.itemCount}`),
            cell(day(r.finishedAt ?? r.createdAt)),
          ]),
        }
      : none(W.none, language),
  );

  blocks.push(heading(2, W.incidents, language));
  const open = (await listIncidents(db, principal, { applicationId: application.id })).filter(
    (i) => i.status === 'open' || i.status === 'draft',
  );
  blocks.push(
    open.length
      ? {
          kind: 'table',
          header: header(language, W.incident, W.status, W.date),
          rows: open.map((i) => [cell(i.title), cell(i.status), cell(day(i.createdAt))]),
        }
      : none(W.none, language),
  );

  blocks.push(heading(2, W.data, language));
  const datasets = await datasetsOfApplication(db, application);
  const said = (words: Words) => (language === 'en' ? words.en : words.zh);
  blocks.push(
    datasets.length
      ? {
          kind: 'table',
          header: header(language, W.dataset, W.classification, W.personalData, W.retention, W.lineage, W.usedThrough),
          rows: datasets.map((d) => [
            cell(`${language === 'en' ? d.titleEn : d.titleZhHant} (${d.name}, ${d.departmentName})`),
            cell(d.classification),
            cell(d.personalData ? d.personalDataKinds.join(', ') : '—'),
            cell(d.retention),
            cell(d.sourceSystems.join(', ')),
            cell(
              [
                ...(d.direct ? [said(W.registered)] : []),
                ...(d.viaSources.length ? [`${said(W.knowledgeSources)} (${d.viaSources.length})`] : []),
              ].join('; '),
            ),
          ]),
        }
      : none(W.none, language),
  );

  blocks.push(heading(2, W.bom, language));
  blocks.push({
    kind: 'paragraph',
    content: [
      textRun(`${language === 'en' ? W.bomText.en : W.bomText.zh} `, { lang: language }),
      textRun(`/api/v1/governance/applications/${application.id}/bom`, { lang: 'en' }),
    ],
  });

  return {
    title: `${label(W.title, language)}: ${name}`,
    language: language as ExportLanguage,
    subtitle: `${application.id} · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    blocks,
  };
}
