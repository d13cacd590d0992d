import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, CheckboxGroup, Form, Label, RadioGroup, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { Choice, ProblemMessage, SelectField, TextField, Tick } from '../../../components/index.ts';
import { DateField } from '../../../components/date-field.tsx';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { modelsQuery, type TaskBody, useStartTask, type WorkspaceDocument } from '../api/assistant-api.ts';
import { assistantMessages } from '../messages.ts';

type Task = TaskBody['task'];
const TASK_LABEL = {
  summarise: 'taskSummarise',
  combine: 'taskCombine',
  minutes: 'taskMinutes',
  'rewrite-cantonese': 'taskRewrite',
  translate: 'taskTranslate',
} as const satisfies Record<Task, string>;
type TargetLanguage = Extract<TaskBody, { task: 'translate' }>['to'];
const TARGET_LABEL = {
  'zh-Hant': 'toZhHant',
  'zh-Hans': 'toZhHans',
  en: 'toEn',
} as const satisfies Record<TargetLanguage, string>;
const TASKS = Object.keys(TASK_LABEL) as Task[];
const NO_MODEL = 'none';
const SEPARATOR = '\u0001';

/** What the form holds, before it becomes the task's body. */
interface Draft {
  task: Task;
  documentIds: string[];
  documentId: string;
  chars: string;
  words: string;
  meetingDate: string;
  to: TargetLanguage;
  model: string;
  modelName: string;
}

/**
 * Choose a task, its documents and length, and optionally a model from the department's
 * allow-list; the task starts as a job and the officer is taken to its progress.
 */
export function TaskForm({ documents }: { documents: readonly WorkspaceDocument[] }) {
  const t = useMessages(assistantMessages);
  const navigate = useNavigate();
  const start = useStartTask();
  const send = useSendOnce(start);
  const models = useQuery(modelsQuery);
  const [form, setForm] = useState<Draft>({
    task: 'summarise',
    documentIds: [],
    documentId: '',
    chars: '',
    words: '',
    meetingDate: '',
    to: 'zh-Hant',
    model: NO_MODEL,
    modelName: '',
  });
  const [missing, setMissing] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      setForm((current) => ({ ...current, [key]: value }));
      setMissing(false);
    };
  const many = form.task === 'summarise' || form.task === 'combine';
  const least = form.task === 'combine' ? 2 : 1;
  const [provider, chosenModel] = form.model === NO_MODEL ? [] : form.model.split(SEPARATOR);
  const model =
    provider && chosenModel
      ? { provider, model: chosenModel === '*' ? form.modelName.trim() : chosenModel }
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (many ? form.documentIds.length < least : !form.documentId) {
      setMissing(true);
      return;
    }
    const length = {
      ...(form.chars ? { chars: Number(form.chars) } : {}),
      ...(form.words ? { words: Number(form.words) } : {}),
    };
    const withModel = model ? { model } : {};
    const body: TaskBody =
      form.task === 'summarise' || form.task === 'combine'
        ? { task: form.task, documentIds: form.documentIds, ...length, ...withModel }
        : form.task === 'minutes'
          ? {
              task: 'minutes',
              documentId: form.documentId,
              ...(form.meetingDate ? { meetingDate: form.meetingDate } : {}),
              ...withModel,
            }
          : form.task === 'translate'
            ? { task: 'translate', to: form.to, documentId: form.documentId, ...withModel }
            : { task: 'rewrite-cantonese', documentId: form.documentId, ...withModel };
    send(body, (job, here) => here && void navigate(`jobs/${job.id}`));
  };
  const problem = start.error instanceof ProblemError ? start.error : null;
  const modelOptions = [
    { id: NO_MODEL, label: t('modelNone') },
    ...(models.data ?? []).map((entry) => ({
      id: `${entry.provider}${SEPARATOR}${entry.model}`,
      label: `${entry.provider} / ${entry.model}`,
    })),
  ];
  const choiceError = missing
    ? many
      ? t('chooseDocuments', { count: least })
      : t('chooseTranscript')
    : (problem?.fieldMessage('body.documentIds') ?? problem?.fieldMessage('body.documentId'));

  return (
    <Form className="form" onSubmit={submit} aria-label={t('taskSection')} validationBehavior="aria">
      <RadioGroup className="assistant-choice" value={form.task} onChange={(value) => set('task')(value as Task)}>
        <Label>{t('taskLabel')}</Label>
        {TASKS.map((task) => (
          <Choice key={task} value={task}>
            {t(TASK_LABEL[task])}
          </Choice>
        ))}
      </RadioGroup>
      {many ? (
        <CheckboxGroup
          className="assistant-choice"
          value={form.documentIds}
          onChange={set('documentIds')}
          isInvalid={choiceError !== undefined}
        >
          <Label>{t('documentsLabel')}</Label>
          {documents.map((document) => (
            <Tick key={document.id} value={document.id}>
              {document.name}
            </Tick>
          ))}
          {choiceError ? (
            <Text slot="errorMessage" className="field-error">
              {choiceError}
            </Text>
          ) : null}
        </CheckboxGroup>
      ) : (
        <RadioGroup
          className="assistant-choice"
          value={form.documentId}
          onChange={set('documentId')}
          isInvalid={choiceError !== undefined}
        >
          <Label>{form.task === 'minutes' ? t('documentLabel') : t('documentsLabel')}</Label>
          {documents.map((document) => (
            <Choice key={document.id} value={document.id}>
              {document.name}
            </Choice>
          ))}
          {choiceError ? (
            <Text slot="errorMessage" className="field-error">
              {choiceError}
            </Text>
          ) : null}
        </RadioGroup>
      )}
      {many ? (
        <>
          <TextField
            type="number"
            label={t('charsLabel')}
            value={form.chars}
            onChange={set('chars')}
            error={problem?.fieldMessage('body.chars')}
          />
          <TextField
            type="number"
            label={t('wordsLabel')}
            value={form.words}
            onChange={set('words')}
            error={problem?.fieldMessage('body.words')}
          />
        </>
      ) : null}
      {form.task === 'translate' ? (
        <SelectField
          label={t('toLabel')}
          options={Object.entries(TARGET_LABEL).map(([id, label]) => ({ id, label: t(label) }))}
          value={form.to}
          onChange={(value) => set('to')(value as TargetLanguage)}
          description={t('toHelp')}
          error={problem?.fieldMessage('body.to')}
        />
      ) : null}
      {form.task === 'minutes' ? (
        <DateField
          label={t('meetingDateLabel')}
          value={form.meetingDate}
          onChange={set('meetingDate')}
          error={problem?.fieldMessage('body.meetingDate')}
        />
      ) : null}
      <SelectField
        label={t('modelLabel')}
        options={modelOptions}
        value={form.model}
        onChange={set('model')}
        description={models.data?.length ? t('modelHelp') : t('modelHelpNone')}
        error={problem?.fieldMessage('body.model')}
      />
      {chosenModel === '*' ? (
        <TextField label={t('modelNameLabel')} value={form.modelName} onChange={set('modelName')} isRequired />
      ) : null}
      <Button type="submit" className="button button-primary" isPending={start.isPending}>
        {start.isPending ? t('starting') : t('start')}
      </Button>
      {start.isError ? <ProblemMessage error={start.error} /> : null}
    </Form>
  );
}
