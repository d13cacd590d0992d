import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { Page, QueryView, SelectField, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { type CatalogueFilter, catalogueQuery, departmentsQuery } from '../api/catalogue-api.ts';
import { suitesQuery } from '../api/evaluations-api.ts';
import { CatalogueGovernanceCells } from '../components/catalogue-governance-cells.tsx';
import { APPLICATION_STATUSES, APPLICATION_TYPES, RISK_LEVELS, riskBadge, statusBadge, valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';
import { accountabilityMessages } from '../accountability-messages.ts';

const FILTERS = ['departmentId', 'type', 'riskLevel', 'status'] as const;

/** `/console/governance`: search the AI tool catalogue in Chinese or English, filter, open an entry. */
export default function CataloguePage() {
  const t = useMessages(governanceMessages);
  const accountability = useMessages(accountabilityMessages);
  const { format, locale } = useI18n();
  const pick = useBilingual();
  const { can } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [words, setWords] = useState(params.get('q') ?? '');
  const filter: CatalogueFilter = {};
  const q = params.get('q');
  if (q) filter.q = q;
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) (filter as Record<string, string>)[name] = value;
  }
  const results = useQuery(catalogueQuery(filter));
  const departments = useQuery(departmentsQuery);
  const suites = useQuery(suitesQuery);
  const suiteName = (id: string) => suites.data?.find((s) => s.id === id)?.name[locale] ?? id;
  const departmentName = (id: string) => {
    const department = departments.data?.find((d) => d.id === id);
    return department ? (locale === 'en' ? department.nameEn : department.nameZh) : '';
  };
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParam('q', words.trim());
  };
  const any = { id: '', label: t('filterAny') };

  return (
    <Page
      title={t('catalogueTitle')}
      description={t('catalogueIntro')}
      actions={
        <>
          <Link className="button" to="incidents">
            {accountability('incidentsLink')}
          </Link>
          {can('governance:endorse') ? (
            <Link className="button" to="reviews">
              {t('reviewQueueAction')}
            </Link>
          ) : null}
          {can('governance:prepare') ? (
            <Link className="button button-primary" to="new">
              {t('registerAction')}
            </Link>
          ) : null}
        </>
      }
    >
      <search>
        <form className="governance-search" onSubmit={search}>
          <TextField
            label={t('searchLabel')}
            description={t('searchHelp')}
            type="search"
            name="q"
            value={words}
            onChange={setWords}
          />
          <Button type="submit" className="button button-primary">
            {t('searchButton')}
          </Button>
        </form>
      </search>
      <div className="governance-filters">
        <SelectField
          label={t('filterDepartment')}
          value={params.get('departmentId') ?? ''}
          onChange={(value) => setParam('departmentId', value)}
          options={[
            any,
            ...(departments.data ?? []).map((d) => ({ id: d.id, label: locale === 'en' ? d.nameEn : d.nameZh })),
          ]}
        />
        <SelectField
          label={t('filterType')}
          value={params.get('type') ?? ''}
          onChange={(value) => setParam('type', value)}
          options={[any, ...APPLICATION_TYPES.map((type) => ({ id: type, label: t(valueKey('type', type)) }))]}
        />
        <SelectField
          label={t('filterRisk')}
          value={params.get('riskLevel') ?? ''}
          onChange={(value) => setParam('riskLevel', value)}
          options={[any, ...RISK_LEVELS.map((level) => ({ id: level, label: t(valueKey('risk', level)) }))]}
        />
        <SelectField
          label={t('filterStatus')}
          value={params.get('status') ?? ''}
          onChange={(value) => setParam('status', value)}
          options={[
            any,
            ...APPLICATION_STATUSES.map((status) => ({ id: status, label: t(valueKey('status', status)) })),
          ]}
        />
      </div>
      <QueryView query={results}>
        {(items) => (
          <>
            <p role="status" className="visually-hidden">
              {t('resultsCaption', { count: format.number(items.length) })}
            </p>
            <table className="data">
              <caption>{t('resultsCaption', { count: format.number(items.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colDepartment')}</th>
                  <th scope="col">{t('colType')}</th>
                  <th scope="col">{t('colRisk')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col">{t('colStage')}</th>
                  <th scope="col">{t('colLatestAssessment')}</th>
                  <th scope="col">{t('colEndorsers')}</th>
                  <th scope="col">{t('colLatestEvaluation')}</th>
                  {q ? (
                    <th scope="col" className="number">
                      {t('colMatch')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map(({ entry, confidence, governance }) => (
                  <tr key={entry.id}>
                    <th scope="row">
                      <Link to={`applications/${entry.id}`}>{pick(entry.name)}</Link>
                      <div className="muted governance-purpose">{pick(entry.purpose)}</div>
                    </th>
                    <td>{departmentName(entry.departmentId)}</td>
                    <td>{t(valueKey('type', entry.type))}</td>
                    <td>
                      <span className={riskBadge(entry.riskLevel)}>
                        {entry.riskLevel ? t(valueKey('risk', entry.riskLevel)) : t('riskUnassessed')}
                      </span>
                    </td>
                    <td>
                      <span className={statusBadge(entry.status)}>{t(valueKey('status', entry.status))}</span>
                    </td>
                    <td>{t(valueKey('lifecycle', entry.lifecycleStage))}</td>
                    <CatalogueGovernanceCells governance={governance} suiteName={suiteName} />
                    {q ? <td className="number">{confidence === null ? '' : format.percent(confidence)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length === 0 ? <p className="muted">{t('noEntries')}</p> : null}
          </>
        )}
      </QueryView>
    </Page>
  );
}
