import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { Page, ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { problemIssues } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useCreateDataset } from '../api/datasets-api.ts';
import { DatasetFields } from '../components/dataset-fields.tsx';
import { DataTabs } from '../components/data-tabs.tsx';
import { datasetBody, EMPTY_DATASET_FORM } from '../dataset-form.ts';
import { dataMessages } from '../messages.ts';

/** `/console/data/datasets/new`: adds a dataset to the department's catalogue (governance:prepare). */
export default function NewDatasetPage() {
  const t = useMessages(dataMessages);
  const navigate = useNavigate();
  const create = useCreateDataset();
  const send = useSendOnce(create);
  const [form, setForm] = useState(EMPTY_DATASET_FORM);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(
      { name: form.name.trim(), ...datasetBody(form) },
      (dataset, here) => here && navigate(`/data/datasets/${dataset.id}`),
    );
  };
  return (
    <Page title={t('newDatasetTitle')}>
      <DataTabs />
      <Form className="data-form" onSubmit={submit} validationBehavior="aria">
        <DatasetFields
          form={form}
          onChange={(change) => setForm((f) => ({ ...f, ...change }))}
          issues={problemIssues(create.error)}
          withName
        />
        {create.error ? <ProblemMessage error={create.error} /> : null}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={create.isPending}>
            {t('create')}
          </Button>
          <Link className="button" to="/data">
            {t('cancel')}
          </Link>
        </div>
      </Form>
    </Page>
  );
}
