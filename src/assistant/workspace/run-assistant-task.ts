import { auditContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError } from '../../core/index.ts';
import type { GatewayRequest, GatewayResult } from '../../gateway/index.ts';
import { englishOnly, type ReasonText } from '../../guard/index.ts';
import { type Job, type JobContext, type JobWorker, PermanentJobError } from '../../jobs/index.ts';
import type { Extracted } from '../../knowledge/index.ts';
import type { Db } from '../../store/index.ts';
import { buildMinutes, type Minutes, minutesWithModel, parseTranscript, rewriteForRecord } from '../minutes/index.ts';
import { parseGlossary, translateOffline, translateWithModel } from '../translate/index.ts';
import {
  type CompleteText,
  combineDocuments,
  combineWithModel,
  summariseDocument,
  summariseWithModel,
  type SummaryDocument,
  toSummaryDocument,
} from '../summarise/index.ts';
import { getDepartmentGlossary } from '../translate-store/department-glossary.ts';
import type { GlossaryUsed } from '../translate-store/translation-review.ts';
import { getAssistantPolicy } from './assistant-policy.ts';
import {
  ASSISTANT_TASK_JOB,
  type AssistantTaskPayload,
  type AssistantTaskRequest,
  documentIdsOf,
} from './assistant-task.ts';
import { documentText } from './extract-workspace-file.ts';
import { carriesInstruction, type DocumentFinding, personalDataIn } from './scan-document.ts';
import { NOTES, type Note } from './task-notes.ts';
import { documentsForTask, type WorkspaceDocument } from './workspace-documents.ts';

/** The gateway as a task needs it (ModelGateway satisfies it): every call allow-listed, metered and audited there. */
export interface TaskModel {
  complete(request: GatewayRequest): Promise<GatewayResult>;
}

/** An instruction found in a document the task used: reported on the result, never followed. */
export interface InstructionFinding {
  documentId: string;
  document: string;
  passage: number;
  line: number;
  /** The guard's reasons (English, the record), at most five. */
  reasons: string[];
  /** The same reasons one for one, worded for a reader in English and Traditional Chinese. */
  reasonTexts: ReasonText[];
}

/** What every task's result carries besides its output. */
export interface AssistantTaskResult {
  task: AssistantTaskRequest['task'];
  /** `extractive` / `rule-based`: no model was used; `generative`: the model named wrote it through the gateway. */
  mode: 'extractive' | 'rule-based' | 'generative';
  model: { provider: string; model: string } | null;
  /** What was done and what needs a model, in English and Traditional Chinese. */
  note: Note;
  documents: { id: string; name: string }[];
  findings: {
    /** Passages of the documents that carry instructions to a model: withheld from any model, reported here. */
    instructions: InstructionFinding[];
    /** Personal data types (and counts) in the output, never the values. */
    outputPersonalData: Record<string, number>;
    /** Whether personal data was masked before every model call (the department's policy). */
    personalDataMasked: boolean;
  };
  usage: { modelCalls: number; promptTokens: number; completionTokens: number };
  output: unknown;
}

interface RunState {
  db: Db;
  payload: AssistantTaskPayload;
  job: Job;
  documents: WorkspaceDocument[];
  progress: JobContext['progress'];
  usage: AssistantTaskResult['usage'];
  complete: CompleteText | null;
  maskPersonalData: boolean;
}

/**
 * Runs queued assistant tasks on the node's job worker. Progress is reported per document, per
 * model call or per block of lines; the result is stored on the job; the run is audited (who,
 * which documents, which model, tokens) whether it succeeds or fails.
 */
export function registerAssistantJobs(worker: JobWorker, db: Db, model: TaskModel | null): void {
  worker.register(ASSISTANT_TASK_JOB, async ({ job, progress }) => {
    const payload = job.payload as AssistantTaskPayload;
    const ctx = { principal: payload.principal, requestId: `job:${job.id}` };
    const usage = { modelCalls: 0, promptTokens: 0, completionTokens: 0 };
    const { request, departmentId } = payload;
    const named = documentIdsOf(request);
    try {
      const documents = await documentsForTask(
        db,
        departmentId,
        named.map((d) => d.id),
        (i) => named[i]?.field ?? 'body',
      ).catch((error: unknown) => {
        throw error instanceof AppError ? new PermanentJobError('a document was deleted before the task ran') : error;
      });
      const policy = await getAssistantPolicy(db, departmentId);
      const choice = request.model;
      const complete: CompleteText | null =
        choice && model
          ? async (messages) => {
              const result = await model.complete({
                departmentId,
                botId: null,
                provider: choice.provider,
                model: choice.model,
                messages,
                actor: { id: payload.principal.id, roles: payload.principal.roles, departmentId },
                requestId: `job:${job.id}`,
              });
              usage.modelCalls += 1;
              usage.promptTokens += result.promptTokens;
              usage.completionTokens += result.completionTokens;
              return result.text;
            }
          : null;
      const state: RunState = {
        db,
        payload,
        job,
        documents,
        progress,
        usage,
        complete,
        maskPersonalData: !policy.allowPersonalDataToModel,
      };
      const result = await runTask(state);
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(ctx), {
          action: 'assistant.task_complete',
          entityType: 'job',
          entityId: job.id,
          departmentId,
          after: {
            task: request.task,
            documentIds: documents.map((d) => d.id),
            model: result.model,
            mode: result.mode,
            usage,
            instructionsFound: result.findings.instructions.length,
            outputPersonalData: result.findings.outputPersonalData,
          },
        }),
      );
      return result;
    } catch (error) {
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(ctx), {
          action: 'assistant.task_fail',
          entityType: 'job',
          entityId: job.id,
          departmentId,
          after: {
            task: request.task,
            documentIds: named.map((d) => d.id),
            model: request.model ?? null,
            usage,
            error: (error as Error).message,
          },
        }),
      );
      // A refused or failed model call is not fixed by running the same task again.
      if (error instanceof AppError && !(error instanceof PermanentJobError))
        throw new PermanentJobError(`${error.code}: ${error.message}`);
      throw error;
    }
  });
}

async function runTask(state: RunState): Promise<AssistantTaskResult> {
  const { request } = state.payload;
  switch (request.task) {
    case 'summarise':
      return summarise(state, request);
    case 'combine':
      return combine(state, request);
    case 'minutes':
      return minutes(state, request);
    case 'rewrite-cantonese':
      return rewriteCantonese(state, request);
    case 'translate':
      return translate(state, request);
  }
}

function envelope(
  state: RunState,
  mode: AssistantTaskResult['mode'],
  note: Note,
  output: unknown,
  outputText: string,
): AssistantTaskResult {
  const generative = mode === 'generative';
  return {
    task: state.payload.request.task,
    mode,
    model: generative ? (state.payload.request.model ?? null) : null,
    note,
    documents: state.documents.map((d) => ({ id: d.id, name: d.name })),
    findings: {
      instructions: instructionFindings(state.documents),
      outputPersonalData: personalDataIn(outputText),
      personalDataMasked: !generative || state.maskPersonalData,
    },
    usage: state.usage,
    output,
  };
}

function instructionFindings(documents: readonly WorkspaceDocument[]): InstructionFinding[] {
  return documents.flatMap((document) =>
    (document.findings as DocumentFinding[])
      .filter((finding) => finding.kinds.includes('injection'))
      .map((finding) => ({
        documentId: document.id,
        document: document.name,
        passage: finding.passage,
        line: finding.line,
        ...injectionReasons(finding.summary),
      })),
  );
}

/**
 * A stored finding's injection reasons with their words. A document scanned before the guard
 * worded its reasons has the English record only, which is then its words too.
 */
function injectionReasons(summary: DocumentFinding['summary']): Pick<InstructionFinding, 'reasons' | 'reasonTexts'> {
  const injection = summary.injection as { reasons?: string[]; reasonTexts?: ReasonText[] } | undefined;
  const reasons = injection?.reasons ?? [];
  const texts = injection?.reasonTexts?.length === reasons.length ? injection.reasonTexts : reasons.map(englishOnly);
  return { reasons: reasons.slice(0, 5), reasonTexts: texts.slice(0, 5) };
}

/**
 * The documents as the summariser reads them; names made unique, so every citation names one
 * document. Where the upload scan flagged a passage as carrying instructions to an AI, every sentence
 * that carries one is left out (the finding is on the result): a model never sees it, and a summary
 * or brief never quotes it as a point of the document.
 */
function summaryDocuments(documents: readonly WorkspaceDocument[]): SummaryDocument[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const count = (seen.get(document.name) ?? 0) + 1;
    seen.set(document.name, count);
    const name = count === 1 ? document.name : `${document.name} (${count})`;
    return withoutInstructions(toSummaryDocument(name, extractedOf(document)), document);
  });
}

function extractedOf(document: WorkspaceDocument): Extracted {
  if (document.content) return document.content as Extracted;
  const parsed = parseTranscript(document.rawText ?? '', { fileName: document.name });
  const blocks = parsed.ok
    ? parsed.value.turns.map((turn) => ({
        type: 'paragraph' as const,
        text: turn.speaker ? `${turn.speaker}: ${turn.text}` : turn.text,
        page: null,
      }))
    : [];
  return { kind: 'document', title: document.name, blocks, pages: null };
}

const budgetOf = (request: { chars?: number | undefined; words?: number | undefined }) => (document: SummaryDocument) =>
  document.language === 'zh' ? request.chars : request.words;

async function summarise(
  state: RunState,
  request: Extract<AssistantTaskRequest, { task: 'summarise' }>,
): Promise<AssistantTaskResult> {
  const documents = summaryDocuments(state.documents);
  const lengthOf = budgetOf(request);
  const summaries: { documentId: string; summary: unknown }[] = [];
  const texts: string[] = [];
  if (state.complete) {
    const complete = state.complete;
    for (const [i, document] of documents.entries()) {
      const source = state.documents[i] as WorkspaceDocument;
      const budget = lengthOf(document);
      const summary = await summariseWithModel(document, complete, {
        ...(budget === undefined ? {} : { budget }),
        maskPersonalData: state.maskPersonalData,
        onProgress: (done, total) =>
          void state.progress(
            (i + done / total) / documents.length,
            `${document.name}: model call ${done} of ${total}`,
          ),
      });
      summaries.push({ documentId: source.id, summary });
      texts.push(...summary.keyPoints.map((point) => point.text));
    }
    return envelope(state, 'generative', NOTES.generativeSummary, { summaries }, texts.join('\n'));
  }
  for (const [i, document] of documents.entries()) {
    const budget = lengthOf(document);
    const summary = summariseDocument(document, budget === undefined ? {} : { budget });
    summaries.push({ documentId: (state.documents[i] as WorkspaceDocument).id, summary });
    texts.push(...summary.keyPoints.map((point) => point.text));
    await state.progress((i + 1) / documents.length, `${i + 1} of ${documents.length} documents summarised`);
  }
  return envelope(state, 'extractive', withModelNote(state, NOTES.extractiveSummary), { summaries }, texts.join('\n'));
}

/** `document` without the sentences that carry instructions, where the upload scan flagged `source` as having some. */
function withoutInstructions(document: SummaryDocument, source: WorkspaceDocument): SummaryDocument {
  const flagged = (source.findings as DocumentFinding[]).some((finding) => finding.kinds.includes('injection'));
  if (!flagged) return document;
  return { ...document, sentences: document.sentences.filter((sentence) => !carriesInstruction(sentence.text)) };
}

async function combine(
  state: RunState,
  request: Extract<AssistantTaskRequest, { task: 'combine' }>,
): Promise<AssistantTaskResult> {
  const documents = summaryDocuments(state.documents);
  if (state.complete) {
    const { brief, generative } = await combineWithModel(documents, state.complete, {
      budgetOf: budgetOf(request),
      maskPersonalData: state.maskPersonalData,
      onProgress: (done, total) => void state.progress(done / total, `model call ${done} of ${total}`),
    });
    const text = generative.keyPoints.map((point) => point.text).join('\n');
    return envelope(state, 'generative', NOTES.generativeCombine, { brief, generative }, text);
  }
  const brief = combineDocuments(documents, { budgetOf: budgetOf(request) });
  await state.progress(1, 'combined');
  const text = [...brief.agreements.map((a) => a.point.text), ...brief.differences.map((d) => d.point.text)].join('\n');
  return envelope(state, 'extractive', withModelNote(state, NOTES.extractiveCombine), { brief }, text);
}

async function minutes(
  state: RunState,
  request: Extract<AssistantTaskRequest, { task: 'minutes' }>,
): Promise<AssistantTaskResult> {
  const document = state.documents[0] as WorkspaceDocument;
  const text = document.rawText ?? (document.content ? documentText(document.content as Extracted) : '');
  const parsed = parseTranscript(text, { fileName: document.name });
  if (!parsed.ok) {
    const issues = parsed.issues.slice(0, 5);
    throw new PermanentJobError(
      `${document.name} is not a transcript: ${issues.map((i) => i.message).join('; ')} / ${issues.map((i) => i.messageZh).join('；')}`,
    );
  }
  const options = {
    ...(request.meetingDate === undefined ? {} : { meetingDate: request.meetingDate }),
    ...(request.rewriteCantonese === undefined ? {} : { rewriteCantonese: request.rewriteCantonese }),
  };
  const outputText = (built: Minutes) =>
    built.items.flatMap((item) => [item.summary, ...item.decisions, ...item.actions.map((a) => a.action)]).join('\n');
  if (state.complete) {
    await state.progress(0.1, 'transcript read');
    // Lines the upload scan flagged as carrying instructions to a model are withheld from it.
    const flagged = (document.findings as DocumentFinding[]).some((finding) => finding.kinds.includes('injection'));
    const built = await minutesWithModel(parsed.value, state.complete, {
      ...options,
      maskPersonalData: state.maskPersonalData,
      ...(flagged ? { withhold: carriesInstruction } : {}),
      onProgress: (done, total) => void state.progress(0.1 + (0.9 * done) / total, `model call ${done} of ${total}`),
    });
    return envelope(state, 'generative', NOTES.generativeMinutes, { minutes: built }, outputText(built));
  }
  await state.progress(0.5, 'transcript read');
  const built = buildMinutes(parsed.value, options);
  return envelope(state, 'rule-based', withModelNote(state, NOTES.minutes), { minutes: built }, outputText(built));
}

/** The text a task on one document (or on text sent with the request) works on. */
function taskText(state: RunState, text: string | undefined): string {
  const document = state.documents[0];
  if (text !== undefined || !document) return text ?? '';
  return document.rawText ?? (document.content ? documentText(document.content as Extracted) : '');
}

async function translate(
  state: RunState,
  request: Extract<AssistantTaskRequest, { task: 'translate' }>,
): Promise<AssistantTaskResult> {
  const text = taskText(state, request.text);
  // No glossary sent: the department's own (its newest version) is enforced, and the result says which.
  const stored =
    request.glossary === undefined ? await getDepartmentGlossary(state.db, state.payload.departmentId) : null;
  const parsed =
    request.glossary !== undefined
      ? parseGlossary(request.glossary, 'glossary')
      : stored && parseGlossary(stored.tsv, `department-glossary-v${stored.version}`);
  const glossary: GlossaryUsed = {
    source: request.glossary !== undefined ? 'request' : stored ? 'department' : 'none',
    version: stored?.version ?? null,
  };
  if (parsed && !parsed.ok) {
    const issues = parsed.issues.slice(0, 5);
    throw new PermanentJobError(
      `the glossary is not valid: ${issues.map((i) => i.message).join('; ')} / 詞彙表無效：${issues.map((i) => i.messageZh).join('；')}`,
    );
  }
  const options = { to: request.to, glossary: parsed?.value ?? null };
  // Personal data is always masked before a translation's model call (translateWithModel), whatever the policy.
  const translation = state.complete
    ? await translateWithModel(text, state.complete, {
        ...options,
        ...(request.autoFix === undefined ? {} : { autoFix: request.autoFix }),
        onProgress: (done, total) => void state.progress(done / total, `model call ${done} of ${total}`),
      })
    : translateOffline(text, options);
  const mode = translation.mode === 'model' ? 'generative' : 'rule-based';
  const output = translation.sentences.map((sentence) => sentence.target ?? '').join('\n');
  const result = envelope(
    { ...state, maskPersonalData: true },
    mode,
    translation.note,
    { translation, glossary },
    output,
  );
  return result;
}

async function rewriteCantonese(
  state: RunState,
  request: Extract<AssistantTaskRequest, { task: 'rewrite-cantonese' }>,
): Promise<AssistantTaskResult> {
  const text = taskText(state, request.text);
  const lines: { text: string; written: string }[] = [];
  const all = text.split(/\r?\n/u);
  for (const [i, line] of all.entries()) {
    if (line.trim()) lines.push({ text: line, written: rewriteForRecord(line) });
    if ((i + 1) % 500 === 0) await state.progress((i + 1) / all.length, `${i + 1} of ${all.length} lines`);
  }
  const output = { lines, changed: lines.filter((line) => line.written !== line.text).length };
  return envelope(
    state,
    'rule-based',
    withModelNote(state, NOTES.rewrite),
    output,
    lines.map((line) => line.written).join('\n'),
  );
}

/** A model was named for a task that has no generative path yet: say so, plainly, beside the offline note. */
function withModelNote(state: RunState, note: Note): Note {
  const named = state.payload.request.model;
  if (!named) return note;
  return {
    en: `${note.en} ${NOTES.modelNotUsed.en.replace('{model}', `${named.provider}/${named.model}`)}`,
    zh: `${note.zh}${NOTES.modelNotUsed.zh.replace('{model}', `${named.provider}/${named.model}`)}`,
  };
}
