import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { botIdsQuery, policyQuery, verdictsQuery } from '../api/guard-api.ts';
import { BlocklistPanel } from '../components/blocklist-panel.tsx';
import { PolicyEditor } from '../components/policy-editor.tsx';
import { PolicyTable } from '../components/policy-table.tsx';
import { VerdictsTable } from '../components/verdicts-table.tsx';
import { guardMessages } from '../messages.ts';

/** The guard: the policy in force (department or one bot) and its editor, recent findings, the blocklist. */
export default function GuardPage() {
  const t = useMessages(guardMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const scopeId = useId();
  const [botId, setBotId] = useState('');
  const bots = useQuery(botIdsQuery);
  const policy = useQuery(policyQuery(botId));
  const verdicts = useQuery({ ...verdictsQuery, enabled: me.can('audit:read') });
  const department = locale === 'en' ? me.department.nameEn : me.department.nameZh;
  const scope = botId ? t('scopeBot', { id: botId }) : department;
  const platformAdmin = me.user.roles.includes('platform_admin');
  return (
    <Page title={t('title')} description={t('intro')}>
      <div className="field">
        <label htmlFor={scopeId}>{t('scopeLabel')}</label>
        <select id={scopeId} value={botId} onChange={(event) => setBotId(event.target.value)}>
          <option value="">{t('scopeDepartment')}</option>
          {(bots.data ?? []).map((id) => (
            <option key={id} value={id}>
              {t('scopeBot', { id })}
            </option>
          ))}
        </select>
      </div>
      <Section id="guard-effective" title={t('effectiveTitle')}>
        <QueryView query={policy}>
          {(view) => <PolicyTable policy={view.effective} caption={t('effectiveCaption', { scope })} />}
        </QueryView>
      </Section>
      {me.can('guard:manage') ? (
        <Section id="guard-edit" title={t('editTitle')}>
          <QueryView query={policy}>
            {(view) => <PolicyEditor key={botId} botId={botId} stored={view.stored} />}
          </QueryView>
        </Section>
      ) : null}
      <Section id="guard-verdicts" title={t('verdictsTitle')}>
        {me.can('audit:read') ? (
          <QueryView query={verdicts}>{(entries) => <VerdictsTable entries={entries} />}</QueryView>
        ) : (
          <p className="muted">{t('verdictsNeedAudit')}</p>
        )}
      </Section>
      <Section id="guard-blocklist" title={t('blocklistTitle')}>
        {platformAdmin ? <BlocklistPanel /> : <p className="muted">{t('blocklistPlatformOnly')}</p>}
      </Section>
    </Page>
  );
}
