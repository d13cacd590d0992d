import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import {
  MessageWithData,
  OthersChanged,
  Page,
  ProblemMessage,
  QueryView,
  Said,
  SaidList,
  Section,
} from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { isChangedMeanwhile, problemIssues } from '../../../lib/problem.ts';
import { readAgainIfChangedMeanwhile } from '../../../lib/read-again.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { applicationsQuery, type Dataset, datasetQuery, sourcesQuery, useUpdateDataset } from '../api/datasets-api.ts';
import { DatasetFields } from '../components/dataset-fields.tsx';
import { DataTabs } from '../components/data-tabs.tsx';
import { LineageView } from '../components/lineage-view.tsx';
import {
  type DatasetField,
  type DatasetForm,
  datasetChange,
  datasetForm,
  rebasedDatasetForm,
} from '../dataset-form.ts';
import { type DataMessageKey, dataMessages } from '../messages.ts';

/** `/console/data/datasets/:id`: one dataset's entry, its lineage, and changing it (governance:prepare). */
export default function DatasetPage() {
  const t = useMessages(dataMessages);
  const { id = '' } = useParams();
  const dataset = useQuery(datasetQuery(id));
  const { locale } = useI18n();
  const title = dataset.data ? (locale === 'en' ? dataset.data.titleEn : dataset.data.titleZhHant) : '';
  return (
    <Page title={dataset.data ? t('datasetTitle', { title }) : t('catalogueTitle')}>
      <DataTabs />
      <QueryView query={dataset}>{(data) => <DatasetView dataset={data} />}</QueryView>
      <p>
        <Link to="/data">{t('backToCatalogue')}</Link>
      </p>
    </Page>
  );
}

function DatasetView({ dataset }: { dataset: Dataset }) {
  const t = useMessages(dataMessages);
  const { locale, format } = useI18n();
  const me = useCurrentUser();
  const applications = useQuery(applicationsQuery);
  const sources = useQuery({ ...sourcesQuery, enabled: me.can('knowledge:read') });
  const names = {
    application: (id: string) => {
      const found = applications.data?.find((a) => a.id === id);
      return found ? (locale === 'en' ? found.name.en : found.name.zhHant) : undefined;
    },
    source: (id: string) => sources.data?.find((s) => s.id === id)?.title,
  };
  return (
    <>
      <Section id="dataset-facts" title={t('factsSection')}>
        <dl className="data-facts">
          <dt>{t('factName')}</dt>
          <dd>
            <code>{dataset.name}</code>
          </dd>
          <dt>{t('factOwner')}</dt>
          <dd>{dataset.owner}</dd>
          <dt>{t('factClassification')}</dt>
          <dd>{t(`classification_${dataset.classification}`)}</dd>
          <dt>{t('factPersonalData')}</dt>
          <dd>
            {dataset.personalData ? (
              <MessageWithData
                template={t('personalDataYes')}
                data={{ kinds: <SaidList items={dataset.personalDataKinds} /> }}
              />
            ) : (
              t('personalDataNo')
            )}
          </dd>
          <dt>{t('factRetention')}</dt>
          <dd>{dataset.retention}</dd>
          {dataset.description ? (
            <>
              <dt>{t('factDescription')}</dt>
              <dd>
                <Said text={dataset.description} />
              </dd>
            </>
          ) : null}
          <dt>{t('factUpdated')}</dt>
          <dd>{format.dateTime(dataset.updatedAt)}</dd>
        </dl>
      </Section>
      <Section id="lineage" title={t('lineageSection')}>
        <div
          data-loading={applications.isPending || (sources.isPending && sources.fetchStatus !== 'idle') || undefined}
        >
          <LineageView dataset={dataset} names={names} />
        </div>
      </Section>
      {me.can('governance:prepare') ? <EditSection dataset={dataset} /> : null}
    </>
  );
}

/** Fields as the officer reads them, for the choice between their value and another officer's. */
const FIELD_LABEL: Record<DatasetField, DataMessageKey> = {
  titleEn: 'titleEnLabel',
  titleZhHant: 'titleZhLabel',
  description: 'descriptionLabel',
  owner: 'ownerLabel',
  classification: 'classificationLabel',
  personalData: 'personalDataLabel',
  personalDataKinds: 'kindsLabel',
  retention: 'retentionLabel',
  sourceSystems: 'sourceSystemsLabel',
  applicationIds: 'applicationsLabel',
};

/** One field as another officer left it. */
const withTheirs = (form: DatasetForm, theirs: DatasetForm, field: DatasetField): DatasetForm => ({
  ...form,
  [field]: theirs[field],
});

function EditSection({ dataset }: { dataset: Dataset }) {
  const t = useMessages(dataMessages);
  const queryClient = useQueryClient();
  const update = useUpdateDataset(dataset.id);
  const sendUpdate = useSendOnce(update);
  // The entry read again (after a save, or refused because someone else changed it): the officer's
  // changes move onto it; someone else's appear in the form.
  const {
    base,
    draft: form,
    theirs,
    clashes,
    setDraft,
    takeTheirs,
  } = useRebasingDraft({
    keptAs: `dataset.${dataset.id}`,
    latest: datasetForm(dataset),
    rebase: rebasedDatasetForm,
    withTheirs,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    sendUpdate(
      datasetChange(base, form),
      undefined,
      readAgainIfChangedMeanwhile(queryClient, datasetQuery(dataset.id)),
    );
  };
  const changedMeanwhile = isChangedMeanwhile(update.error);
  // The fields both changed are marked beside them from the form's own record (taking theirs removes the mark).
  const issues = [
    ...clashes.map((field) => ({ field: `body.${field}`, message: t('theyChangedThis') })),
    ...problemIssues(update.error).filter((issue) => issue.code !== 'changed_meanwhile'),
  ];
  return (
    <Section id="edit-dataset" title={t('editSection')}>
      <Form className="data-form" onSubmit={submit} validationBehavior="aria">
        <DatasetFields
          form={form}
          onChange={(change) => {
            if (!changedMeanwhile) update.reset();
            setDraft((current) => ({ ...current, ...change }));
          }}
          issues={issues}
          withName={false}
        />
        {theirs > 0 ? (
          <OthersChanged
            summary={t('othersChanged', { count: theirs })}
            choicesIntro={t('othersClash')}
            choices={clashes.map((field) => ({ id: field, label: t('useTheirs', { field: t(FIELD_LABEL[field]) }) }))}
            onTakeTheirs={(field) => takeTheirs(field as DatasetField)}
          />
        ) : null}
        {update.error && !changedMeanwhile ? <ProblemMessage error={update.error} /> : null}
        <p role="status">{update.isSuccess ? t('saved') : ''}</p>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={update.isPending}>
            {t('save')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
