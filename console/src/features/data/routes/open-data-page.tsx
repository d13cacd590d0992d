import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { Page, ProblemMessage, QueryView, Section, TextField } from '../../../components/index.ts';
import { languageOfText, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import {
  catalogueSourcesQuery,
  openDataSearchQuery,
  type SearchHit,
  useImportCatalogue,
} from '../api/open-data-api.ts';
import { DataTabs } from '../components/data-tabs.tsx';
import { dataMessages } from '../messages.ts';
import { datasetEntry } from '../open-data-links.ts';

/** Han characters: a dataset entry written in Chinese is marked so, whatever the page's language. */
const langOf = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-Hant' : 'en');

/**
 * `/console/data/open-data`: searches the open-data catalogues (CKAN, e.g. DATA.GOV.HK) imported into
 * the department's knowledge base, in either language; each dataset with its page and its files and
 * APIs. The words live in the address. Where the role may, it imports a catalogue or refreshes one.
 */
export default function OpenDataPage() {
  const t = useMessages(dataMessages);
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [words, setWords] = useState(q);
  const hits = useQuery(openDataSearchQuery(q));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(words.trim() ? { q: words.trim() } : {});
  };
  return (
    <Page title={t('openDataTitle')} description={t('openDataIntro')}>
      <DataTabs />
      <Form className="data-filters" role="search" onSubmit={submit} validationBehavior="aria">
        <TextField label={t('openDataSearchLabel')} type="search" value={words} onChange={setWords} />
        <Button type="submit" className="button button-primary">
          {t('openDataSearch')}
        </Button>
      </Form>
      {q ? (
        <QueryView query={hits}>
          {(items) => (
            <Section id="hits" title={t('hitsCaption')}>
              <p role="status">
                {items.length === 0 ? t('noHits', { q }) : t('hitsCount', { count: items.length, q })}
              </p>
              <ul className="data-hits">
                {items.map((hit) => (
                  <Hit key={hit.id} hit={hit} />
                ))}
              </ul>
            </Section>
          )}
        </QueryView>
      ) : null}
      <CataloguesSection />
      {me.can('knowledge:write') ? <ImportSection /> : null}
    </Page>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const t = useMessages(dataMessages);
  const entry = datasetEntry(hit.text);
  const lang = langOf(`${hit.question}${entry.description}`);
  return (
    <li className="data-hit" lang={lang}>
      <h3>
        {hit.citationUrl ? (
          <a href={hit.citationUrl} aria-label={t('datasetPage', { title: hit.question })}>
            {hit.question}
          </a>
        ) : (
          hit.question
        )}
      </h3>
      {entry.description ? <p>{entry.description}</p> : null}
      {entry.details.map((detail) => (
        <p key={detail} className="muted">
          {detail}
        </p>
      ))}
      {entry.links.length === 0 ? (
        <p className="muted">{t('noResources')}</p>
      ) : (
        <ul className="data-links" aria-label={t('resourcesLabel', { title: hit.question })}>
          {entry.links.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.name}</a>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('fromSource', { source: hit.sourceTitle })}</p>
    </li>
  );
}

function CataloguesSection() {
  const t = useMessages(dataMessages);
  const sources = useQuery(catalogueSourcesQuery);
  return (
    <Section id="catalogues" title={t('cataloguesSection')}>
      <QueryView query={sources}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('noCatalogues')}</p>
          ) : (
            <table className="data">
              <caption>{t('cataloguesCaption', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colCatalogue')}</th>
                  <th scope="col">{t('colOrigin')}</th>
                  <th scope="col">{t('colPublished')}</th>
                  <th scope="col">{t('colLatest')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((source) => (
                  <tr key={source.id}>
                    <th scope="row" lang={languageOfText(source.title)}>
                      {source.title}
                    </th>
                    <td>
                      <code>{source.origin}</code>
                    </td>
                    <td>{source.publishedVersion ?? t('notPublished')}</td>
                    <td>{source.latestVersion?.version ?? t('notPublished')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Section>
  );
}

function ImportSection() {
  const t = useMessages(dataMessages);
  const queue = useImportCatalogue();
  const send = useSendOnce(queue);
  const [baseUrl, setBaseUrl] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(baseUrl.trim());
  };
  return (
    <Section id="import-catalogue" title={t('importSection')}>
      <Form className="data-form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('baseUrlLabel')}
          description={t('importHelp')}
          type="url"
          isRequired
          value={baseUrl}
          onChange={(value) => {
            queue.reset();
            setBaseUrl(value);
          }}
          error={fieldMessageOf(queue.error, 'body.ckan.baseUrl')}
        />
        {queue.error ? <ProblemMessage error={queue.error} /> : null}
        <p role="status">{queue.isSuccess ? t('importQueued') : ''}</p>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={queue.isPending}>
            {t('importCatalogue')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
