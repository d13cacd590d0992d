import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { providersQuery } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';
import { ProviderForm } from './provider-form.tsx';

/** Providers: the list, and for platform admins the forms to add, edit and disable one. */
export function ProvidersSection() {
  const t = useMessages(gatewayMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const providers = useQuery(providersQuery);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const editedProvider = (id: string) => {
    const provider = providers.data?.find((p) => p.id === id);
    return provider ? { provider } : {};
  };
  const done = (message: string) => {
    setEditing(null);
    setAnnouncement(message);
  };
  return (
    <Section id="gateway-providers" title={t('providers')}>
      <p className="muted">{t('providersIntro')}</p>
      <p role="status" className={announcement ? 'notice' : 'visually-hidden'}>
        {announcement}
      </p>
      <QueryView query={providers}>
        {(items) => (
          <>
            {items.length === 0 ? <p>{t('noProviders')}</p> : null}
            <table className="data">
              <caption>{t('providersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('baseUrl')}</th>
                  <th scope="col">{t('models')}</th>
                  <th scope="col">{t('apiKey')}</th>
                  <th scope="col">{common('status')}</th>
                  <th scope="col">{common('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((provider) => (
                  <tr key={provider.id} data-provider={provider.name}>
                    <th scope="row">{provider.name}</th>
                    <td className="break">{provider.baseUrl}</td>
                    <td>{format.list(provider.models)}</td>
                    <td>
                      <span className={`badge ${provider.hasApiKey ? 'badge-ok' : 'badge-neutral'}`}>
                        {provider.hasApiKey ? t('keyStored') : t('noKey')}
                      </span>
                    </td>
                    <td>
                      <span className={`badge ${provider.status === 'active' ? 'badge-ok' : 'badge-warn'}`}>
                        {provider.status === 'active' ? t('statusActive') : t('statusDisabled')}
                      </span>
                    </td>
                    <td>
                      <Button
                        className="button"
                        aria-label={t('editNamed', { name: provider.name })}
                        onPress={() => {
                          setAnnouncement('');
                          setEditing(provider.id);
                        }}
                      >
                        {common('edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {editing === null ? (
              <p>
                <Button
                  className="button button-primary"
                  onPress={() => {
                    setAnnouncement('');
                    setEditing('new');
                  }}
                >
                  {t('addProvider')}
                </Button>
              </p>
            ) : (
              <ProviderForm
                key={editing}
                onDone={done}
                onCancel={() => setEditing(null)}
                {...editedProvider(editing)}
              />
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}
