import { changedMeanwhile } from '../../lib/changed-meanwhile.ts';
import type { GuardPolicy } from '../../lib/guard-policy.ts';
import type { BotConfig, BotConfigPatch, NewBot } from './api/bots.ts';

/**
 * The bot editor's state and its translation to and from the server's configuration schema. Every
 * field of the schema has a section here ({@link FIELD_SECTION} is typed by the generated API types,
 * so a field added to the server's schema fails the console's typecheck until the form shows it).
 */

export type SectionId = 'identity' | 'knowledge' | 'answering' | 'fallback' | 'guard' | 'model';
export const FIELD_SECTION: Record<keyof BotConfig, SectionId> = {
  name: 'identity',
  greeting: 'identity',
  disclosure: 'identity',
  languages: 'identity',
  sourceIds: 'knowledge',
  answerMode: 'answering',
  threshold: 'answering',
  publicRatePerMinute: 'answering',
  fallback: 'fallback',
  guardPolicy: 'guard',
  model: 'model',
};

export type { GuardPolicy };
export type Bilingual = { zh: string; en: string };
export type Language = BotConfig['languages'][number];
export const LANGUAGES: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];

export interface BotForm {
  id: string;
  name: Bilingual;
  greeting: Bilingual;
  disclosure: Bilingual;
  fallback: Bilingual;
  languages: Language[];
  answerMode: BotConfig['answerMode'];
  /** As typed: the server says what is wrong with it. */
  threshold: string;
  publicRatePerMinute: string;
  sourceIds: string[];
  modelProvider: string;
  modelName: string;
  guardPolicy: GuardPolicy | null;
}

const empty = (): Bilingual => ({ zh: '', en: '' });

/** A new bot's form: the schema's defaults. */
export function newBotForm(): BotForm {
  return {
    id: '',
    name: empty(),
    greeting: empty(),
    disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to an AI assistant.' },
    fallback: { zh: '請致電 1823 查詢。', en: 'Please call 1823.' },
    languages: [...LANGUAGES],
    answerMode: 'extractive',
    threshold: '0.35',
    publicRatePerMinute: '30',
    sourceIds: [],
    modelProvider: '',
    modelName: '',
    guardPolicy: null,
  };
}

export function formOf(id: string, config: BotConfig): BotForm {
  return {
    id,
    name: { ...config.name },
    greeting: { ...config.greeting },
    disclosure: { ...config.disclosure },
    fallback: { ...config.fallback },
    languages: [...config.languages],
    answerMode: config.answerMode,
    threshold: String(config.threshold),
    publicRatePerMinute: String(config.publicRatePerMinute),
    sourceIds: [...config.sourceIds],
    modelProvider: config.model?.provider ?? '',
    modelName: config.model?.model ?? '',
    guardPolicy: config.guardPolicy,
  };
}

/**
 * A number when the text is one, else the text itself: the server, not the console, decides what is
 * valid, and it names the field when it is not (`body.config.threshold`).
 */
function numberOrText(text: string): number {
  const trimmed = text.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  return (Number.isFinite(value) ? value : text) as number;
}

/** The configuration the form describes, for `POST /api/v1/bots` (`config`) or a comparison. */
export function configOf(form: BotForm): BotConfig {
  const provider = form.modelProvider.trim();
  const model = form.modelName.trim();
  return {
    name: form.name,
    greeting: form.greeting,
    disclosure: form.disclosure,
    fallback: form.fallback,
    // In the order the schema lists them, so "the first" is stable whatever order they were ticked in.
    languages: LANGUAGES.filter((language) => form.languages.includes(language)),
    answerMode: form.answerMode,
    threshold: numberOrText(form.threshold),
    publicRatePerMinute: numberOrText(form.publicRatePerMinute),
    sourceIds: form.sourceIds,
    model: provider || model ? { provider, model } : null,
    guardPolicy: form.guardPolicy,
  };
}

export function newBotBody(form: BotForm): NewBot {
  return { id: form.id.trim(), config: configOf(form) };
}

/** Only the fields that differ from the saved configuration: a PATCH replaces exactly those. */
export function changesFrom(saved: BotConfig, form: BotForm): BotConfigPatch {
  const next = configOf(form);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(FIELD_SECTION) as (keyof BotConfig)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(saved[key])) patch[key] = next[key];
  }
  return patch as BotConfigPatch;
}

/** The form's fields that hold each configuration field. */
const FORM_FIELDS: Record<keyof BotConfig, readonly (keyof BotForm)[]> = {
  name: ['name'],
  greeting: ['greeting'],
  disclosure: ['disclosure'],
  fallback: ['fallback'],
  languages: ['languages'],
  answerMode: ['answerMode'],
  threshold: ['threshold'],
  publicRatePerMinute: ['publicRatePerMinute'],
  sourceIds: ['sourceIds'],
  model: ['modelProvider', 'modelName'],
  guardPolicy: ['guardPolicy'],
};

/** `form` with the configuration fields `keys` as `from` has them. */
export function withFieldsFrom(form: BotForm, from: BotForm, keys: readonly (keyof BotConfig)[]): BotForm {
  const next: Record<string, unknown> = { ...form };
  for (const key of keys) for (const field of FORM_FIELDS[key]) next[field] = from[field];
  return next as unknown as BotForm;
}

/**
 * The officer's changes to `base` moved onto `latest`, a version someone else saved since: the
 * fields the officer changed keep their values, every other field shows what was saved. `clashes`
 * are the fields both changed, to different values — those the server refuses to save over
 * without a word (src/chat/bots.ts, `baseVersion`).
 */
export function rebased(
  base: BotConfig,
  form: BotForm,
  latest: BotConfig,
): { form: BotForm; clashes: (keyof BotConfig)[] } {
  const mine = changesFrom(base, form) as Partial<BotConfig>;
  const fields = Object.keys(mine) as (keyof BotConfig)[];
  return {
    form: withFieldsFrom(formOf(form.id, latest), form, fields),
    clashes: changedMeanwhile<unknown>(fields, { base, stored: latest, next: mine }) as (keyof BotConfig)[],
  };
}

/**
 * Where a server issue belongs in the form: `body.config.name.zh` (create) and `body.name.zh`
 * (change) are both `name.zh`; `body.id` is `id`.
 */
export function formField(field: string): string {
  return field.replace(/^body\.(config\.)?/, '');
}

/**
 * The server's messages for one form field (exactly it, or `under` it when asked), joined with
 * `separator`: the common `clauseSeparator`, since the messages come in the officer's language ("；" in Chinese).
 */
export function issuesAt(
  issues: ReadonlyArray<{ field: string; message: string }>,
  key: string,
  under: boolean,
  separator: string,
): string | undefined {
  const messages = issues
    .filter((issue) => {
      const field = formField(issue.field);
      return field === key || (under && field.startsWith(`${key}.`));
    })
    .map((issue) => issue.message);
  return messages.length > 0 ? messages.join(separator) : undefined;
}
