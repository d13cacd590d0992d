import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Route, Routes, useSearchParams } from 'react-router';
import { Page, SelectField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { departmentsQuery } from '../api/people-api.ts';
import { DepartmentsSection } from '../components/departments-section.tsx';
import { KeysSection } from '../components/keys-section.tsx';

import { UsersSection } from '../components/users-section.tsx';
import { peopleMessages } from '../messages.ts';

export default function PeopleRoutes() {
  return (
    <Routes>
      <Route index element={<PeoplePage />} />
    </Routes>
  );
}

type TabId = 'people' | 'keys' | 'departments';

/**
 * `/console/people`: tabs for the department's people, API keys and (platform admins) departments;
 * each tab and action appears only for the roles that may use it. The tab and the department shown
 * are kept in the address (`?tab=keys&department=…`), so a reload or a shared link keeps them.
 */
function PeoplePage() {
  const t = useMessages(peopleMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState('');
  const platformAdmin = me.can('department:create');
  const departments = useQuery({ ...departmentsQuery, enabled: platformAdmin });
  const departmentId = (platformAdmin && params.get('department')) || me.department.id;
  const department = departments.data?.find((row) => row.id === departmentId) ?? me.department;
  const departmentName = locale === 'en' ? department.nameEn : department.nameZh;
  const tabs: TabId[] = [
    ...(me.can('user:read') ? (['people'] as const) : []),
    'keys',
    ...(platformAdmin ? (['departments'] as const) : []),
  ];
  const requested = params.get('tab') as TabId | null;
  const tab = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'keys');
  const update = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) next.set(key, value);
      return next;
    });

  return (
    <Page title={t('title')} description={t('description')}>
      {platformAdmin && tab !== 'departments' ? (
        <div className="people-toolbar">
          <SelectField
            label={t('departmentPicker')}
            description={t('departmentPickerHelp')}
            value={departmentId}
            onChange={(id) => update({ department: id })}
            options={(departments.data ?? [me.department]).map((row) => {
              const name = locale === 'en' ? row.nameEn : row.nameZh;
              return { id: row.id, label: row.status === 'archived' ? t('archivedSuffix', { name }) : name };
            })}
          />
        </div>
      ) : null}
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <Tabs
        className="people-tabs"
        selectedKey={tab}
        onSelectionChange={(key) => {
          setNotice('');
          update({ tab: String(key) });
        }}
      >
        <TabList aria-label={t('tabsLabel')}>
          {tabs.map((id) => (
            <Tab key={id} id={id}>
              {t(id === 'people' ? 'tabPeople' : id === 'keys' ? 'tabKeys' : 'tabDepartments')}
            </Tab>
          ))}
        </TabList>
        {tabs.includes('people') ? (
          <TabPanel id="people">
            <UsersSection departmentId={departmentId} departmentName={departmentName} onNotice={setNotice} />
          </TabPanel>
        ) : null}
        <TabPanel id="keys">
          <KeysSection departmentId={departmentId} departmentName={departmentName} onNotice={setNotice} />
        </TabPanel>
        {platformAdmin ? (
          <TabPanel id="departments">
            <DepartmentsSection onNotice={setNotice} />
          </TabPanel>
        ) : null}
      </Tabs>
    </Page>
  );
}
