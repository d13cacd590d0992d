import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, CheckboxGroup, Form, Label, RadioGroup, Text } from 'react-aria-components';
import { Choice, QueryView, Section, TextField, Tick } from '../../../components/index.ts';
import { commonMessages, languageOfText, useMessages } from '../../../i18n/index.ts';
import { sourcesQuery } from '../api/bots.ts';
import { isOwnSetting } from '../../../lib/guard-policy.ts';
import { type BotForm, formField, issuesAt, LANGUAGES, type Language } from '../config-form.ts';
import { type BotMessageKey, botMessages } from '../messages.ts';
import { BilingualField } from './bilingual-field.tsx';
import { GuardPolicyFields } from './guard-policy-fields.tsx';

const LANGUAGE_LABEL: Record<Language, BotMessageKey> = {
  'zh-Hant': 'languageZhHant',
  'zh-Hans': 'languageZhHans',
  en: 'languageEn',
};

type Issues = ReadonlyArray<{ field: string; message: string }>;

/**
 * Every field of a bot's configuration, grouped by what it is for, each labelled and described,
 * with the server's reason beside any field it refused.
 */
export function BotFormFields({
  form,
  onChange,
  issues,
  isNew,
  submitLabel,
  isPending,
  onSubmit,
  onDiscard,
}: {
  form: BotForm;
  onChange: (form: BotForm) => void;
  issues: Issues;
  isNew: boolean;
  submitLabel: string;
  isPending: boolean;
  onSubmit: () => void;
  /** Given while there are unsaved changes: puts the form back to the saved version. */
  onDiscard?: (() => void) | undefined;
}) {
  const t = useMessages(botMessages);
  const common = useMessages(commonMessages);
  const sources = useQuery(sourcesQuery);
  const set =
    <K extends keyof BotForm>(key: K) =>
    (value: BotForm[K]) =>
      onChange({ ...form, [key]: value });
  const clause = common('clauseSeparator');
  const at = (key: string, under = false) => issuesAt(issues, key, under, clause);
  const bilingualErrors = (key: string) => ({ both: at(key), zh: at(`${key}.zh`), en: at(`${key}.en`) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <Form onSubmit={submit} className="bot-form" validationBehavior="aria">
      <Section id="identity" title={t('sectionIdentity')}>
        {isNew ? (
          <TextField
            label={t('botId')}
            name="id"
            value={form.id}
            onChange={set('id')}
            description={t('botIdHelp')}
            error={at('id')}
            autoComplete="off"
            isRequired
          />
        ) : null}
        <BilingualField
          idPrefix="name"
          label={t('name')}
          description={t('nameHelp')}
          value={form.name}
          onChange={set('name')}
          errors={bilingualErrors('name')}
        />
        <BilingualField
          idPrefix="greeting"
          label={t('greeting')}
          description={t('greetingHelp')}
          value={form.greeting}
          onChange={set('greeting')}
          errors={bilingualErrors('greeting')}
          multiline
        />
        <BilingualField
          idPrefix="disclosure"
          label={t('disclosure')}
          description={t('disclosureHelp')}
          value={form.disclosure}
          onChange={set('disclosure')}
          errors={bilingualErrors('disclosure')}
          multiline
        />
        <CheckboxGroup
          className="field choice-group"
          value={form.languages}
          onChange={(values) => set('languages')(values as Language[])}
          isInvalid={at('languages') !== undefined}
        >
          <Label>{t('languages')}</Label>
          <Text slot="description">{t('languagesHelp')}</Text>
          {LANGUAGES.map((language) => (
            <Tick key={language} value={language}>
              {t(LANGUAGE_LABEL[language])}
            </Tick>
          ))}
          {at('languages') ? <p className="field-error">{at('languages')}</p> : null}
        </CheckboxGroup>
      </Section>

      <Section id="knowledge" title={t('sectionKnowledge')}>
        <QueryView query={sources}>
          {(all) => {
            // Retrieval serves a bot the department's shared sources and its own: another bot's are not offered.
            const items = all.filter(
              (source) => source.withdrawnAt === null && (source.botId === null || source.botId === form.id),
            );
            return items.length === 0 ? (
              <p className="muted">{t('noSources')}</p>
            ) : (
              <CheckboxGroup
                className="field choice-group"
                value={form.sourceIds}
                onChange={set('sourceIds')}
                isInvalid={at('sourceIds', true) !== undefined}
              >
                <Label>{t('sources')}</Label>
                <Text slot="description">{t('sourcesHelp')}</Text>
                {items.map((source) => (
                  <Tick key={source.id} value={source.id}>
                    <span lang={languageOfText(source.title)}>{source.title}</span>
                    <span className="muted">
                      {common('inBrackets', {
                        text: t('sourceKind', {
                          kind: t(`kind_${source.kind}`),
                          state:
                            source.publishedVersion === null
                              ? t('sourceUnpublished')
                              : t('sourcePublished', { version: source.publishedVersion }),
                        }),
                      })}
                    </span>
                  </Tick>
                ))}
                {at('sourceIds', true) ? <p className="field-error">{at('sourceIds', true)}</p> : null}
              </CheckboxGroup>
            );
          }}
        </QueryView>
      </Section>

      <Section id="answering" title={t('sectionAnswering')}>
        <RadioGroup
          className="field choice-group"
          value={form.answerMode}
          onChange={(value) => set('answerMode')(value === 'generative' ? 'generative' : 'extractive')}
          isInvalid={at('answerMode') !== undefined}
        >
          <Label>{t('answerMode')}</Label>
          <Text slot="description">{t('answerModeHelp')}</Text>
          <Choice value="extractive">{t('modeExtractive')}</Choice>
          <Choice value="generative">{t('modeGenerative')}</Choice>
          {at('answerMode') ? <p className="field-error">{at('answerMode')}</p> : null}
        </RadioGroup>
        <TextField
          label={t('threshold')}
          name="threshold"
          value={form.threshold}
          onChange={set('threshold')}
          description={t('thresholdHelp')}
          error={at('threshold')}
        />
        <TextField
          label={t('publicRate')}
          name="publicRatePerMinute"
          value={form.publicRatePerMinute}
          onChange={set('publicRatePerMinute')}
          description={t('publicRateHelp')}
          error={at('publicRatePerMinute')}
        />
      </Section>

      <Section id="fallback" title={t('sectionFallback')}>
        <BilingualField
          idPrefix="fallback"
          label={t('fallback')}
          description={t('fallbackHelp')}
          value={form.fallback}
          onChange={set('fallback')}
          errors={bilingualErrors('fallback')}
          multiline
        />
      </Section>

      <Section id="guard" title={t('sectionGuard')}>
        <GuardPolicyFields
          value={form.guardPolicy}
          onChange={set('guardPolicy')}
          error={issuesAt(
            issues.filter(
              (issue) => !isOwnSetting(form.guardPolicy, formField(issue.field).replace(/^guardPolicy\./, '')),
            ),
            'guardPolicy',
            true,
            clause,
          )}
          errorOf={(path) => at(`guardPolicy.${path}`, true)}
        />
      </Section>

      <Section id="model" title={t('sectionModel')}>
        <p className="field-help">{t('modelHelp')}</p>
        {at('model') ? <p className="field-error">{at('model')}</p> : null}
        <div className="bilingual-pair">
          <TextField
            label={t('modelProvider')}
            name="modelProvider"
            value={form.modelProvider}
            onChange={set('modelProvider')}
            description={t('modelProviderHelp')}
            error={at('model.provider')}
          />
          <TextField
            label={t('modelName')}
            name="modelName"
            value={form.modelName}
            onChange={set('modelName')}
            description={t('modelNameHelp')}
            error={at('model.model')}
          />
        </div>
      </Section>

      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={isPending}>
          {submitLabel}
        </Button>
        {onDiscard ? (
          <Button className="button" isPending={isPending} onPress={onDiscard}>
            {t('discardChanges')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
