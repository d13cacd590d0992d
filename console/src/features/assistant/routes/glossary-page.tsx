import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Page, QueryView, Section, usePersonName } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type DepartmentGlossary, glossaryQuery, useUploadGlossary } from '../api/translate-api.ts';
import { translateMessages } from '../translate-messages.ts';
import { FileInput } from '../components/file-input.tsx';

/** The department's glossary: the terms in force, its versions, and (for administrators) a new upload. */
export default function GlossaryPage() {
  const t = useMessages(translateMessages);
  const glossary = useQuery(glossaryQuery);
  const { can } = useCurrentUser();
  return (
    <Page title={t('glossaryTitle')} description={t('glossaryIntro')}>
      <Section id="terms" title={t('currentSection')}>
        <QueryView query={glossary}>{(data) => <TermsTable glossary={data} />}</QueryView>
      </Section>
      {can('department:update') ? (
        <Section id="glossary-upload" title={t('uploadSection')}>
          <UploadGlossaryForm />
        </Section>
      ) : null}
      <Section id="versions" title={t('versionsSection')}>
        <QueryView query={glossary}>{(data) => <VersionsTable glossary={data} />}</QueryView>
      </Section>
    </Page>
  );
}

function TermsTable({ glossary }: { glossary: DepartmentGlossary }) {
  const t = useMessages(translateMessages);
  const { format } = useI18n();
  const current = glossary.current;
  const uploader = usePersonName(glossary.people);
  if (!current) return <p>{t('noGlossary')}</p>;
  return (
    <table className="data">
      <caption>
        {t('glossaryCaption', {
          version: format.number(current.version),
          entries: format.number(current.entries),
          by: uploader(current.createdBy),
          at: format.dateTime(current.createdAt),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('colLine')}</th>
          <th scope="col">{t('colEnglish')}</th>
          <th scope="col">{t('colChinese')}</th>
          <th scope="col">{t('colWrong')}</th>
          <th scope="col">{t('colNote')}</th>
        </tr>
      </thead>
      <tbody>
        {current.terms.map((term) => (
          <tr key={term.line}>
            <td>{format.number(term.line)}</td>
            <th scope="row" lang="en">
              {term.en}
            </th>
            <td lang="zh-Hant">{term.zhHant}</td>
            <td>
              {[
                ...term.wrongEn.map((w) => ({ w, lang: 'en' })),
                ...term.wrongZh.map((w) => ({ w, lang: 'zh-Hant' })),
              ].map(({ w, lang }, i) => (
                <span key={w} lang={lang}>
                  {i > 0 ? ' / ' : ''}
                  {w}
                </span>
              ))}
            </td>
            <td>{term.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VersionsTable({ glossary }: { glossary: DepartmentGlossary }) {
  const t = useMessages(translateMessages);
  const { format } = useI18n();
  const uploader = usePersonName(glossary.people);
  if (glossary.versions.length === 0) return <p>{t('noGlossary')}</p>;
  return (
    <table className="data">
      <caption>{t('versionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colVersion')}</th>
          <th scope="col">{t('colEntries')}</th>
          <th scope="col">{t('colBy')}</th>
          <th scope="col">{t('colAt')}</th>
        </tr>
      </thead>
      <tbody>
        {glossary.versions.map((version) => (
          <tr key={version.version}>
            <th scope="row">{format.number(version.version)}</th>
            <td>{format.number(version.entries)}</td>
            <td>{uploader(version.createdBy)}</td>
            <td>{format.dateTime(version.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A labelled native file input; the file is read as UTF-8 text and sent as the new version. */
function UploadGlossaryForm() {
  const t = useMessages(translateMessages);
  const { format } = useI18n();
  const upload = useUploadGlossary();
  const send = useSendOnce(upload);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    const tsv = await file.text();
    send(tsv, () => {
      setFile(null);
      if (input.current) input.current.value = '';
    });
  };
  const problem = upload.error instanceof ProblemError ? upload.error : null;
  const fieldProblems = problem?.problem.errors?.filter((issue) => issue.field === 'body.tsv').map((i) => i.message);
  const fileError = missing
    ? t('fileRequired')
    : fieldProblems?.length
      ? fieldProblems.join(' ')
      : upload.isError
        ? (problem?.problem.detail ?? upload.error.message)
        : undefined;
  const stored = upload.data?.current;
  return (
    <Form className="form" onSubmit={submit} aria-label={t('uploadSection')} validationBehavior="aria">
      <FileInput
        label={t('chooseFile')}
        help={t('uploadHelp')}
        error={fileError}
        accept=".tsv,.txt,text/tab-separated-values,text/plain"
        inputRef={input}
        onChange={(chosen) => {
          setFile(chosen);
          setMissing(false);
          upload.reset();
        }}
      />
      <Button type="submit" className="button button-primary" isPending={upload.isPending}>
        {t('upload')}
      </Button>
      <div role="status">
        {upload.isPending && file ? <p>{t('uploading', { name: file.name })}</p> : null}
        {stored ? (
          <p className="notice">
            {t('uploaded', { version: format.number(stored.version), entries: format.number(stored.entries) })}
          </p>
        ) : null}
      </div>
    </Form>
  );
}
