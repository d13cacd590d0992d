import { useQuery } from '@tanstack/react-query';
import { Route, Routes, useSearchParams } from 'react-router';
import { DepartmentPicker, Page, QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { departmentsQuery, usageQuery } from '../api/gateway.ts';
import { AllowlistSection } from '../components/allowlist-section.tsx';
import { ProvidersSection } from '../components/providers-section.tsx';
import { QuotaSection } from '../components/quota-section.tsx';
import { UsageChart } from '../components/usage-chart.tsx';
import { gatewayMessages } from '../messages.ts';
import '../gateway.css';

const USAGE_DAYS = 30;

/**
 * The model gateway page: providers (platform admins), the department's allow-list and quotas,
 * and its usage over the last 30 days. Platform admins pick the department; the others see theirs.
 */
function GatewayPage() {
  const t = useMessages(gatewayMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const platformAdmin = me.user.roles.includes('platform_admin');
  const [params, setParams] = useSearchParams();
  const departmentId = (platformAdmin && params.get('department')) || me.department.id;
  const departments = useQuery({ ...departmentsQuery, enabled: platformAdmin });
  const usage = useQuery({ ...usageQuery(departmentId, USAGE_DAYS), enabled: me.can('usage:read') });
  const department = departments.data?.find((d) => d.id === departmentId) ?? me.department;
  return (
    <Page
      title={common('navGateway')}
      description={t('description', { department: locale === 'en' ? department.nameEn : department.nameZh })}
      actions={
        platformAdmin && departments.data ? (
          <DepartmentPicker
            label={common('department')}
            departments={departments.data}
            value={departmentId}
            onChange={(id) => setParams({ department: id }, { replace: true })}
          />
        ) : null
      }
    >
      {me.can('gateway:manage') ? <ProvidersSection /> : null}
      <AllowlistSection departmentId={departmentId} canManage={me.can('gateway:manage')} />
      <QuotaSection departmentId={departmentId} canEdit={me.can('gateway:quota')} />
      {me.can('usage:read') ? (
        <Section id="gateway-usage" title={t('usage')}>
          <p className="muted">{t('usageIntro', { days: USAGE_DAYS })}</p>
          <QueryView query={usage}>{(data) => <UsageChart usage={data} days={USAGE_DAYS} />}</QueryView>
        </Section>
      ) : null}
    </Page>
  );
}

export default function GatewayRoutes() {
  return (
    <Routes>
      <Route index element={<GatewayPage />} />
    </Routes>
  );
}
