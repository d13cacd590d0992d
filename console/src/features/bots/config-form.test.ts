import { describe, expect, it } from 'vitest';
import type { BotConfig } from './api/bots.ts';
import { botStatus, matchesFilter } from './bot-status.ts';
import {
  changesFrom,
  configOf,
  formOf,
  issuesAt,
  newBotBody,
  newBotForm,
  rebased,
  withFieldsFrom,
} from './config-form.ts';

const SAVED: BotConfig = {
  name: { zh: '狗牌助手', en: 'Dog licence assistant' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '人工智能', en: 'AI' },
  fallback: { zh: '請致電 1823。', en: 'Call 1823.' },
  languages: ['zh-Hant', 'zh-Hans', 'en'],
  answerMode: 'extractive',
  threshold: 0.35,
  sourceIds: [],
  model: null,
  guardPolicy: { context: { injection: { action: 'block', threshold: 0.6 } } },
  publicRatePerMinute: 30,
};

describe('bot configuration form', () => {
  it('round-trips a saved configuration, so an untouched form changes nothing', () => {
    const form = formOf('dog-bot', SAVED);
    expect(configOf(form)).toEqual(SAVED);
    expect(changesFrom(SAVED, form)).toEqual({});
  });

  it("moves the officer's changes onto a version someone else saved: theirs elsewhere, the officer's where both changed", () => {
    const mine = { ...formOf('dog-bot', SAVED), threshold: 'abc', modelProvider: 'local', modelName: 'qwen' };
    const sameName = { ...mine, name: { zh: '狗牌', en: 'Dog licences' } };
    const latest: BotConfig = {
      ...SAVED,
      name: { zh: '狗牌', en: 'Dog licences' },
      threshold: 0.5,
      publicRatePerMinute: 45,
      model: { provider: 'cloud', model: 'x' },
    };
    const { form, clashes } = rebased(SAVED, sameName, latest);
    // The officer's threshold is kept as typed (the server names what is wrong with it), their model whole.
    expect(form).toMatchObject({ threshold: 'abc', modelProvider: 'local', modelName: 'qwen' });
    expect(form.publicRatePerMinute).toBe('45');
    // Both changed the threshold and the model, to different values; the name to the same one.
    expect(clashes).toEqual(['threshold', 'model']);
    expect(changesFrom(latest, form)).toEqual({ threshold: 'abc', model: { provider: 'local', model: 'qwen' } });
    // Taking theirs for one field takes every form field that holds it.
    const theirs = withFieldsFrom(form, formOf('dog-bot', latest), ['model']);
    expect(theirs).toMatchObject({ modelProvider: 'cloud', modelName: 'x', threshold: 'abc' });
  });

  it('sends only the fields that changed, with numbers as numbers and the model as one object', () => {
    const form = {
      ...formOf('dog-bot', SAVED),
      threshold: ' 0.5 ',
      modelProvider: 'local',
      modelName: 'qwen',
      languages: ['en' as const, 'zh-Hant' as const],
    };
    expect(changesFrom(SAVED, form)).toEqual({
      threshold: 0.5,
      model: { provider: 'local', model: 'qwen' },
      languages: ['zh-Hant', 'en'],
    });
  });

  it('sends a value that is not a number as typed, for the server to name the field', () => {
    const body = newBotBody({ ...newBotForm(), id: ' new-bot ', threshold: 'high' });
    expect(body.id).toBe('new-bot');
    expect(body.config.threshold).toBe('high');
  });

  it('places server issues on the form field whether they came from a create or a change', () => {
    const issues = [
      { field: 'body.config.threshold', message: 'too big' },
      { field: 'body.name.zh', message: 'too short' },
      { field: 'body.config.guardPolicy.input.pii.action', message: 'bad action' },
    ];
    expect(issuesAt(issues, 'threshold', false, '；')).toBe('too big');
    expect(issuesAt(issues, 'name.zh', false, '；')).toBe('too short');
    expect(issuesAt(issues, 'name', false, '；')).toBeUndefined();
    expect(issuesAt(issues, 'guardPolicy', true, '；')).toBe('bad action');
  });

  it('joins two messages for one field with the separator of the officer’s language', () => {
    const twice = [
      { field: 'threshold', message: '太大' },
      { field: 'threshold', message: '須為數字' },
    ];
    expect(issuesAt(twice, 'threshold', false, '；')).toBe('太大；須為數字');
    const english = twice.map((issue, index) => ({ ...issue, message: ['too big', 'not a number'][index] ?? '' }));
    expect(issuesAt(english, 'threshold', false, '; ')).toBe('too big; not a number');
  });
});

describe('bot list', () => {
  it('says whether a bot is a draft, published, a draft over a published version or withdrawn', () => {
    expect(botStatus({ publishedVersion: null, latestVersion: 1, latestStatus: 'draft' }).key).toBe('statusDraft');
    expect(botStatus({ publishedVersion: 2, latestVersion: 2, latestStatus: 'published' }).key).toBe('statusPublished');
    expect(botStatus({ publishedVersion: 2, latestVersion: 3, latestStatus: 'draft' })).toMatchObject({
      key: 'statusDraftOverPublished',
      values: { version: 3, published: 2 },
    });
    expect(botStatus({ publishedVersion: null, latestVersion: 2, latestStatus: 'superseded' }).key).toBe(
      'statusUnpublished',
    );
  });

  it('filters by id or either name, ignoring case', () => {
    const bot = { id: 'dog-bot', name: { zh: '狗牌助手', en: 'Dog Licence' } };
    expect(matchesFilter(bot, 'licence')).toBe(true);
    expect(matchesFilter(bot, '狗牌')).toBe(true);
    expect(matchesFilter(bot, 'DOG-')).toBe(true);
    expect(matchesFilter(bot, 'parking')).toBe(false);
    expect(matchesFilter(bot, '  ')).toBe(true);
  });
});
