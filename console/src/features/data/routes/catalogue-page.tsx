import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { Choice, MessageWithData, Page, QueryView, SaidList, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { CLASSIFICATIONS, type Classification, datasetsQuery } from '../api/datasets-api.ts';
import { DataTabs } from '../components/data-tabs.tsx';
import { datasetMatches } from '../dataset-form.ts';
import { dataMessages } from '../messages.ts';

const isClassification = (value: string | null): value is Classification =>
  (CLASSIFICATIONS as readonly string[]).includes(value ?? '');

/**
 * `/console/data`: the department's data catalogue. Classification and personal data filter on the
 * server; the search box narrows what is listed. The filters live in the address, so a view can be shared.
 */
export default function CataloguePage() {
  const t = useMessages(dataMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const classification = params.get('classification');
  const personal = params.get('personalData');
  // The box keeps its own text (the address follows it a navigation later, which would drop fast keystrokes).
  const [words, setWords] = useState(params.get('q') ?? '');
  const datasets = useQuery(
    datasetsQuery({
      ...(isClassification(classification) ? { classification } : {}),
      ...(personal === 'true' || personal === 'false' ? { personalData: personal } : {}),
    }),
  );
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== 'any') next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return (
    <Page
      title={t('catalogueTitle')}
      description={t('catalogueIntro')}
      actions={
        me.can('governance:prepare') ? (
          <Link className="button button-primary" to="/data/datasets/new">
            {t('addDataset')}
          </Link>
        ) : null
      }
    >
      <DataTabs />
      <div className="data-filters">
        <TextField
          label={t('searchLabel')}
          description={t('searchHelp')}
          type="search"
          value={words}
          onChange={(q) => {
            setWords(q);
            setParam('q', q);
          }}
        />
        <RadioGroup
          value={isClassification(classification) ? classification : 'any'}
          onChange={(value) => setParam('classification', value)}
          orientation="horizontal"
        >
          <Label className="data-group-label">{t('classificationFilter')}</Label>
          <div className="data-choices">
            <Choice value="any">{t('anyClassification')}</Choice>
            {CLASSIFICATIONS.map((c) => (
              <Choice key={c} value={c}>
                {t(`classification_${c}`)}
              </Choice>
            ))}
          </div>
        </RadioGroup>
        <RadioGroup
          value={personal === 'true' || personal === 'false' ? personal : 'any'}
          onChange={(value) => setParam('personalData', value)}
          orientation="horizontal"
        >
          <Label className="data-group-label">{t('personalDataFilter')}</Label>
          <div className="data-choices">
            <Choice value="any">{t('personalAny')}</Choice>
            <Choice value="true">{t('personalYes')}</Choice>
            <Choice value="false">{t('personalNo')}</Choice>
          </div>
        </RadioGroup>
      </div>
      <QueryView query={datasets}>
        {(items) => {
          const shown = items.filter((dataset) => datasetMatches(dataset, words));
          return shown.length === 0 ? (
            <p role="status">{t('noDatasets')}</p>
          ) : (
            <table className="data">
              <caption>{t('datasetsCaption', { count: shown.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colDataset')}</th>
                  <th scope="col">{t('colOwner')}</th>
                  <th scope="col">{t('colClassification')}</th>
                  <th scope="col">{t('colPersonalData')}</th>
                  <th scope="col">{t('colRetention')}</th>
                  <th scope="col">{t('colSources')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((dataset) => (
                  <tr key={dataset.id}>
                    <th scope="row">
                      <Link to={`/data/datasets/${dataset.id}`}>
                        {locale === 'en' ? dataset.titleEn : dataset.titleZhHant}
                      </Link>{' '}
                      <code>{dataset.name}</code>
                    </th>
                    <td>{dataset.owner}</td>
                    <td>{t(`classification_${dataset.classification}`)}</td>
                    <td>
                      {dataset.personalData ? (
                        <MessageWithData
                          template={t('personalDataYes')}
                          data={{ kinds: <SaidList items={dataset.personalDataKinds} /> }}
                        />
                      ) : (
                        t('personalDataNone')
                      )}
                    </td>
                    <td>{dataset.retention}</td>
                    <td>
                      <SaidList items={dataset.sourceSystems} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryView>
    </Page>
  );
}
