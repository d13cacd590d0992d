import { type FormEvent, useState } from 'react';
import { Button, Form, Radio, RadioGroup, Label } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useQueueImport } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { JobProgress } from './job-progress.tsx';

type Kind = 'url' | 'ckan';

/** A web page or a CKAN catalogue, fetched by the server as a background job whose progress is shown. */
export function ImportAddressForm() {
  const t = useMessages(knowledgeMessages);
  const queue = useQueueImport();
  const send = useSendOnce(queue);
  const [kind, setKind] = useState<Kind>('url');
  const [url, setUrl] = useState('');
  const [query, setQuery] = useState('');
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!url.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const named = title.trim() ? { title: title.trim() } : {};
    send(
      kind === 'url'
        ? { url: url.trim(), ...named }
        : { ckan: { baseUrl: url.trim(), ...(query.trim() ? { query: query.trim() } : {}) }, ...named },
    );
  };
  const problem = queue.error instanceof ProblemError ? queue.error : null;
  const field = kind === 'url' ? 'body.url' : 'body.ckan.baseUrl';
  const urlError = missing
    ? t(kind === 'url' ? 'urlRequired' : 'ckanRequired')
    : (problem?.fieldMessage(field) ?? problem?.fieldMessage('body.url'));
  return (
    <>
      <Form className="form" onSubmit={submit} aria-label={t('addressTitle')} validationBehavior="aria">
        <RadioGroup
          className="field radio-row"
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            queue.reset();
          }}
        >
          <Label>{t('colKind')}</Label>
          <Radio value="url" className="radio">
            {t('urlTitle')}
          </Radio>
          <Radio value="ckan" className="radio">
            {t('ckanTitle')}
          </Radio>
        </RadioGroup>
        <TextField
          label={t(kind === 'url' ? 'urlLabel' : 'ckanBaseLabel')}
          description={t(kind === 'url' ? 'urlHelp' : 'ckanBaseHelp')}
          type="url"
          value={url}
          onChange={setUrl}
          isRequired
          error={urlError}
        />
        {kind === 'ckan' ? <TextField label={t('ckanQueryLabel')} value={query} onChange={setQuery} /> : null}
        <TextField label={t('titleLabel')} value={title} onChange={setTitle} />
        <Button type="submit" className="button button-primary" isPending={queue.isPending}>
          {t('startImport')}
        </Button>
        {queue.isError ? <ProblemMessage error={queue.error} /> : null}
      </Form>
      {queue.data ? <JobProgress key={queue.data.id} jobId={queue.data.id} /> : null}
    </>
  );
}
