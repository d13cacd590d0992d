import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OnOffSwitch, ProblemMessage, TextField, Tick } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type Provider, useCreateProvider, useUpdateProvider } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';
import {
  emptyProviderForm,
  newProviderBody,
  providerChangeBody,
  providerForm,
  type ProviderFormValues,
} from '../provider-form-values.ts';

/**
 * Adds a provider, or edits one (`provider` given). The API key is a write-only password field:
 * the server never returns it, so the form starts empty and an empty field keeps the stored key.
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
  const [values, setValues] = useState<ProviderFormValues>(() =>
    provider ? providerForm(provider) : emptyProviderForm(),
  );
  // The settings as the form was made from them: the server sets only what differs from these, and
  // refuses a setting someone else has changed since (the list may be read again while the form is open).
  const [base] = useState(() => (provider ? providerChangeBody(providerForm(provider)) : undefined));
  const create = useCreateProvider();
  const update = useUpdateProvider();
  const mutation = provider ? update : create;
  const error = mutation.error instanceof ProblemError ? mutation.error : null;
  const set =
    <K extends keyof ProviderFormValues>(key: K) =>
    (value: ProviderFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const fieldError = (field: string) => error?.fieldMessage(`body.${field}`);
  const headingId = provider ? `provider-form-${provider.id}` : 'provider-form-new';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (provider) {
      update.mutate(
        { id: provider.id, body: { ...providerChangeBody(values), ...(base ? { base } : {}) } },
        { onSuccess: (saved) => onDone(t('providerSaved', { name: saved.name })) },
      );
    } else {
      create.mutate(newProviderBody(values), {
        onSuccess: (saved) => onDone(t('providerCreated', { name: saved.name })),
      });
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
      {mutation.error ? <ProblemMessage error={mutation.error} /> : null}
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
