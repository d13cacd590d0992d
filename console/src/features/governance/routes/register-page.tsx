import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { Page, ProblemMessage, SelectField, TextField, Tick } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useKept } from '../../../lib/kept-form.ts';
import { fieldMessageOf, problemIssues } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type NewApplication, peopleQuery, useRegisterApplication } from '../api/catalogue-api.ts';
import { APPLICATION_TYPES, LIFECYCLE_STAGES, valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** `/console/governance/new`: register an external AI application of the department. */
export default function RegisterPage() {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const register = useRegisterApplication();
  const send = useSendOnce(register);
  const people = useQuery({ ...peopleQuery, enabled: me.can('user:read') });
  // A new record: what is typed is kept through a session idling out.
  const [form, setForm, sent] = useKept('new-application', {
    nameEn: '',
    nameZh: '',
    purposeEn: '',
    purposeZh: '',
    type: 'ocr' as NewApplication['type'],
    ownerId: me.user.id,
    publicFacing: false,
    generative: false,
    personalData: false,
    personalDataKinds: '',
    models: '',
    dataSources: '',
    lifecycleStage: 'strategy' as NonNullable<NewApplication['lifecycleStage']>,
  });
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const at = (field: string) => fieldMessageOf(register.error, `body.${field}`);
  // A list typed one item a line: the server names the item (`body.models.1.provider`), said here by its line.
  const atLines = (field: 'models' | 'dataSources') => {
    const reasons = problemIssues(register.error).flatMap((issue) => {
      const item = /^body\.\w+\.(\d+)/.exec(issue.field);
      return issue.field.startsWith(`body.${field}.`) && item
        ? [t('lineReason', { line: Number(item[1]) + 1, reason: issue.message })]
        : [];
    });
    return at(field) ?? (reasons.length > 0 ? reasons.join(' ') : undefined);
  };
  const owners = [
    { id: me.user.id, label: me.user.displayName },
    ...(people.data ?? [])
      .filter((person) => person.id !== me.user.id && person.departmentId === me.department.id)
      .map((person) => ({ id: person.id, label: person.displayName })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewApplication = {
      ownerId: form.ownerId,
      type: form.type,
      name: { en: form.nameEn, zhHant: form.nameZh },
      purpose: { en: form.purposeEn, zhHant: form.purposeZh },
      publicFacing: form.publicFacing,
      generative: form.generative,
      personalData: form.personalData,
      lifecycleStage: form.lifecycleStage,
      models: lines(form.models).map((line) => {
        const [provider = '', ...model] = line.split('/');
        return { provider: provider.trim(), model: model.join('/').trim() };
      }),
      dataSources: lines(form.dataSources),
      ...(form.personalData
        ? {
            personalDataKinds: form.personalDataKinds
              .split(/[,，]/)
              .map((kind) => kind.trim())
              .filter(Boolean),
          }
        : {}),
    };
    send(body, (created, here) => {
      sent();
      if (here) void navigate(`../applications/${created.id}`);
    });
  };

  return (
    <Page
      title={t('registerTitle')}
      description={t('registerIntro')}
      actions={
        <Link className="button" to="..">
          {t('backToCatalogue')}
        </Link>
      }
    >
      <Form className="gov-form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('nameEn')}
          inputLang="en"
          value={form.nameEn}
          onChange={set('nameEn')}
          isRequired
          error={at('name.en')}
        />
        <TextField
          label={t('nameZh')}
          inputLang="zh-Hant-HK"
          value={form.nameZh}
          onChange={set('nameZh')}
          isRequired
          error={at('name.zhHant')}
        />
        <TextField
          label={t('purposeEn')}
          inputLang="en"
          multiline
          rows={3}
          value={form.purposeEn}
          onChange={set('purposeEn')}
          isRequired
          error={at('purpose.en')}
        />
        <TextField
          label={t('purposeZh')}
          inputLang="zh-Hant-HK"
          multiline
          rows={3}
          value={form.purposeZh}
          onChange={set('purposeZh')}
          isRequired
          error={at('purpose.zhHant')}
        />
        <SelectField
          label={t('colType')}
          value={form.type}
          onChange={(value) => set('type')(value as NewApplication['type'])}
          options={APPLICATION_TYPES.filter((type) => type !== 'lionrock_bot').map((type) => ({
            id: type,
            label: t(valueKey('type', type)),
          }))}
          error={at('type')}
        />
        <SelectField
          label={t('owner')}
          description={t('ownerHelp')}
          value={form.ownerId}
          onChange={set('ownerId')}
          options={owners}
          error={at('ownerId')}
        />
        <SelectField
          label={t('lifecycleStage')}
          value={form.lifecycleStage}
          onChange={(value) => set('lifecycleStage')(value as typeof form.lifecycleStage)}
          options={LIFECYCLE_STAGES.map((stage) => ({ id: stage, label: t(valueKey('lifecycle', stage)) }))}
        />
        <Tick isSelected={form.publicFacing} onChange={set('publicFacing')}>
          {t('publicFacing')}
        </Tick>
        <Tick isSelected={form.generative} onChange={set('generative')}>
          {t('generative')}
        </Tick>
        <Tick isSelected={form.personalData} onChange={set('personalData')}>
          {t('personalData')}
        </Tick>
        {form.personalData ? (
          <TextField
            label={t('personalDataKinds')}
            description={t('personalDataKindsHelp')}
            value={form.personalDataKinds}
            onChange={set('personalDataKinds')}
            error={at('personalDataKinds')}
          />
        ) : null}
        <TextField
          label={t('models')}
          description={t('modelsHelp')}
          multiline
          rows={2}
          value={form.models}
          onChange={set('models')}
          error={atLines('models')}
        />
        <TextField
          label={t('dataSources')}
          description={t('dataSourcesHelp')}
          multiline
          rows={2}
          value={form.dataSources}
          onChange={set('dataSources')}
          error={atLines('dataSources')}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={register.isPending}>
            {register.isPending ? common('saving') : t('registerAction')}
          </Button>
        </div>
        {register.error ? <ProblemMessage error={register.error} /> : null}
      </Form>
    </Page>
  );
}
