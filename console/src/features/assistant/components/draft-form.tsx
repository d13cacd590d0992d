import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Label, RadioGroup, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { Choice, ProblemMessage, SelectField, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { modelsQuery } from '../api/assistant-api.ts';
import { type DraftTemplate, type NewDraftBody, useCreateDraft } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import './draft.css';
import { inLocale } from './draft-labels.ts';

const NO_MODEL = 'none';
const SEPARATOR = '\u0001';

/**
 * A new draft: the template (its audience shown), language, tone, length, the template's slots with
 * their labels in the officer's language, the facts, and a model from the department's allow-list or none.
 */
export function DraftForm({ templates }: { templates: readonly DraftTemplate[] }) {
  const t = useMessages(draftMessages);
  const { locale } = useI18n();
  const navigate = useNavigate();
  const create = useCreateDraft();
  const send = useSendOnce(create);
  const models = useQuery(modelsQuery);
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState<NewDraftBody['language']>(locale === 'en' ? 'en' : 'zh-Hant');
  const [title, setTitle] = useState('');
  const [tone, setTone] = useState('');
  const [length, setLength] = useState('');
  const [slots, setSlots] = useState<Record<string, string>>({});
  const [facts, setFacts] = useState('');
  const [model, setModel] = useState(NO_MODEL);
  const [missing, setMissing] = useState(false);
  const template = templates.find((entry) => entry.id === templateId);
  const problem = create.error instanceof ProblemError ? create.error : null;

  const chooseTemplate = (id: string) => {
    const next = templates.find((entry) => entry.id === id);
    setTemplateId(id);
    setTone(next?.tones[0]?.id ?? '');
    setLength(next?.lengths[1]?.id ?? next?.lengths[0]?.id ?? '');
    setMissing(false);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!template) {
      setMissing(true);
      return;
    }
    const [provider, chosen] = model === NO_MODEL ? [] : model.split(SEPARATOR);
    const filled = Object.fromEntries(
      template.slots.map((slot) => [slot.name, (slots[slot.name] ?? '').trim()]).filter(([, value]) => value),
    );
    const body: NewDraftBody = {
      templateId: template.id,
      language,
      slots: filled,
      facts: facts
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(tone ? { tone } : {}),
      ...(length ? { length } : {}),
      ...(provider && chosen ? { model: { provider, model: chosen } } : {}),
    };
    send(body, (draft, here) => here && void navigate(draft.id));
  };
  const allowed = (models.data ?? []).filter((entry) => entry.model !== '*');

  return (
    <Form className="form" onSubmit={submit} aria-label={t('newSection')} validationBehavior="aria">
      <RadioGroup
        className="assistant-choice"
        value={templateId}
        onChange={chooseTemplate}
        isInvalid={missing || problem?.fieldMessage('body.templateId') !== undefined}
      >
        <Label>{t('templateLabel')}</Label>
        {templates.map((entry) => (
          <Choice key={entry.id} value={entry.id}>
            {inLocale(entry.title, locale)}
          </Choice>
        ))}
        {missing || problem?.fieldMessage('body.templateId') ? (
          <Text slot="errorMessage" className="field-error">
            {missing ? t('chooseTemplate') : problem?.fieldMessage('body.templateId')}
          </Text>
        ) : null}
      </RadioGroup>
      {template ? (
        <p>
          <strong>{t('audienceLabel')}</strong>{' '}
          {t(template.audience === 'external' ? 'audienceExternal' : 'audienceInternal')}.{' '}
          {inLocale(template.description, locale)}
        </p>
      ) : null}
      <RadioGroup
        className="assistant-choice"
        value={language}
        onChange={(value) => setLanguage(value as NewDraftBody['language'])}
      >
        <Label>{t('languageLabel')}</Label>
        <Choice value="en">{t('languageEn')}</Choice>
        <Choice value="zh-Hant">{t('languageZh')}</Choice>
      </RadioGroup>
      <TextField
        label={t('titleLabel')}
        value={title}
        onChange={setTitle}
        error={problem?.fieldMessage('body.title')}
      />
      {template ? (
        <>
          <SelectField
            label={t('toneLabel')}
            options={template.tones.map((entry) => ({ id: entry.id, label: inLocale(entry.label, locale) }))}
            value={tone}
            onChange={setTone}
            error={problem?.fieldMessage('body.tone')}
          />
          <SelectField
            label={t('lengthLabel')}
            options={template.lengths.map((entry) => ({
              id: entry.id,
              label: t('lengthOption', {
                label: inLocale(entry.label, locale),
                words: entry.words,
                characters: entry.characters,
              }),
            }))}
            value={length}
            onChange={setLength}
            error={problem?.fieldMessage('body.length')}
          />
          <fieldset className="draft-slots">
            <legend>{t('slotsLegend')}</legend>
            {template.slots.map((slot) => (
              <TextField
                key={slot.name}
                label={
                  slot.required
                    ? inLocale(slot.label, locale)
                    : t('slotOptional', { label: inLocale(slot.label, locale) })
                }
                value={slots[slot.name] ?? ''}
                onChange={(value) => setSlots((current) => ({ ...current, [slot.name]: value }))}
                isRequired={slot.required}
                multiline={slot.kind === 'multiline'}
                type={slot.kind === 'email' ? 'email' : 'text'}
                error={problem?.fieldMessage(`body.slots.${slot.name}`)}
              />
            ))}
          </fieldset>
        </>
      ) : null}
      <TextField
        label={t('factsLabel')}
        description={t('factsHelp')}
        value={facts}
        onChange={setFacts}
        multiline
        rows={4}
        error={problem?.fieldMessage('body.facts')}
      />
      <SelectField
        label={t('modelLabel')}
        options={[
          { id: NO_MODEL, label: t('modelNone') },
          ...allowed.map((entry) => ({
            id: `${entry.provider}${SEPARATOR}${entry.model}`,
            label: `${entry.provider} / ${entry.model}`,
          })),
        ]}
        value={model}
        onChange={setModel}
        description={allowed.length ? t('modelHelp') : t('modelHelpNone')}
        error={problem?.fieldMessage('body.model')}
      />
      <Button type="submit" className="button button-primary" isPending={create.isPending}>
        {create.isPending ? t('creating') : t('create')}
      </Button>
      {create.isError ? <ProblemMessage error={create.error} /> : null}
    </Form>
  );
}
