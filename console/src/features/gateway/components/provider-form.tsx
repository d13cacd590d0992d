import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { OnOffSwitch, OthersChanged, ProblemMessage, TextField, Tick } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { isChangedMeanwhile, ProblemError } from '../../../lib/problem.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type Provider, useCreateProvider, useUpdateProvider } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';
import {
  emptyProviderForm,
  newProviderBody,
  providerBase,
  providerChangeBody,
  providerForm,
  type ProviderField,
  type ProviderFormValues,
  providerWithTheirs,
  rebasedProvider,
} from '../provider-form-values.ts';

/** The label of each setting a refusal can name. */
const FIELD_LABEL = { baseUrl: 'baseUrl', models: 'models', timeoutMs: 'timeoutMs' } as const;

/**
 * Adds a provider, or edits one (`provider` given, as the list reads it now). The API key is a
 * write-only password field: the server never returns it, so the form starts empty and an empty field
 * keeps the stored key. An edit sends the settings the form was made from (`base`): the server sets
 * only what the officer changed, what someone else saved meanwhile joins the form, and a setting both
 * changed is refused, marked and offered as theirs.
 */
export function ProviderForm({
  provider,
  onDone,
  onCancel,
}: {
  provider?: Provider;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useMessages(gatewayMessages);
  const common = useMessages(commonMessages);
  const {
    base,
    draft: values,
    theirs,
    clashes,
    setDraft,
    takeTheirs,
  } = useRebasingDraft({
    keptAs: null,
    latest: provider ? providerForm(provider) : emptyProviderForm(),
    rebase: rebasedProvider,
    withTheirs: providerWithTheirs,
  });
  const create = useCreateProvider();
  const update = useUpdateProvider();
  // One form creates or edits: either way a second press while it sends is ignored.
  const sendNew = useSendOnce(create);
  const sendChange = useSendOnce(update);
  const mutation = provider ? update : create;
  const error = mutation.error instanceof ProblemError ? mutation.error : null;
  const changedMeanwhile = isChangedMeanwhile(mutation.error);
  const set =
    <K extends keyof ProviderFormValues>(key: K) =>
    (value: ProviderFormValues[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const fieldError = (field: string) =>
    clashes.includes(field as ProviderField)
      ? t('theyChangedThis')
      : changedMeanwhile
        ? undefined
        : error?.fieldMessage(`body.${field}`);
  const headingId = provider ? `provider-form-${provider.id}` : 'provider-form-new';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (provider) {
      sendChange({ id: provider.id, body: { ...providerChangeBody(values), base: providerBase(base) } }, (saved) =>
        onDone(t('providerSaved', { name: saved.name })),
      );
    } else {
      sendNew(newProviderBody(values), (saved) => onDone(t('providerCreated', { name: saved.name })));
    }
  };

  return (
    <Form className="form gateway-form" onSubmit={submit} aria-labelledby={headingId} validationBehavior="aria">
      <h3 id={headingId}>{provider ? t('editProvider', { name: provider.name }) : t('newProvider')}</h3>
      {provider ? null : (
        <TextField
          label={t('name')}
          name="name"
          value={values.name}
          onChange={set('name')}
          description={t('nameHelp')}
          error={fieldError('name')}
          autoComplete="off"
          isRequired
        />
      )}
      <TextField
        label={t('baseUrl')}
        name="baseUrl"
        type="url"
        value={values.baseUrl}
        onChange={set('baseUrl')}
        description={t('baseUrlHelp')}
        error={fieldError('baseUrl')}
        autoComplete="off"
        isRequired
      />
      <TextField
        label={t('models')}
        name="models"
        multiline
        rows={3}
        value={values.models}
        onChange={set('models')}
        description={t('modelsHelp')}
        error={fieldError('models')}
        isRequired
      />
      <TextField
        label={t('apiKey')}
        name="apiKey"
        type="password"
        autoComplete="new-password"
        value={values.apiKey}
        onChange={set('apiKey')}
        description={provider ? t('apiKeyHelpEdit') : t('apiKeyHelpNew')}
        error={fieldError('apiKey')}
        isDisabled={values.removeKey}
      />
      {provider?.hasApiKey ? (
        <Tick isSelected={values.removeKey} onChange={set('removeKey')}>
          {t('removeKey')}
        </Tick>
      ) : null}
      <TextField
        label={t('timeoutMs')}
        name="timeoutMs"
        type="number"
        value={values.timeoutMs}
        onChange={set('timeoutMs')}
        error={fieldError('timeoutMs')}
      />
      <OnOffSwitch isSelected={values.enabled} onChange={set('enabled')}>
        {t('enabled')}
      </OnOffSwitch>
      {theirs > 0 ? (
        <OthersChanged
          summary={t('providerOthersChanged', { count: theirs })}
          choicesIntro={t('providerOthersClash')}
          choices={clashes.map((field) => ({
            id: field,
            label: t('useTheirs', { field: field === 'enabled' ? common('status') : t(FIELD_LABEL[field]) }),
          }))}
          onTakeTheirs={(field) => takeTheirs(field as ProviderField)}
        />
      ) : null}
      {mutation.error && !changedMeanwhile ? <ProblemMessage error={mutation.error} /> : null}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={mutation.isPending}>
          {mutation.isPending ? common('saving') : common('save')}
        </Button>
        <Button className="button" onPress={onCancel}>
          {common('cancel')}
        </Button>
      </div>
    </Form>
  );
}
