import { useQuery } from '@tanstack/react-query';
import { type FormEvent, Fragment, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { OthersChanged, Page, ProblemMessage, QueryView, Section, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf, isChangedMeanwhile } from '../../../lib/problem.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { accountabilityMessages } from '../accountability-messages.ts';
import { type NoticeWorkspace, noticeQuery, usePublishNotice, useSaveNotice } from '../api/accountability-api.ts';
import { useBilingual } from '../localized.ts';
import {
  type NoticeForm,
  noticeForm,
  noticeWords,
  rebasedNoticeForm,
  WORD_FIELDS,
  type WordField,
  withTheirWords,
} from '../notice-words.ts';

/** How each pair of the department's words is asked for, in the order of the form. */
const WORD_FORM: Record<WordField, { rows: number; required: boolean; help?: 'dataUsedHelp' }> = {
  doesNotDo: { rows: 3, required: true },
  complaints: { rows: 3, required: true },
  contact: { rows: 2, required: false },
  dataUsed: { rows: 3, required: false, help: 'dataUsedHelp' },
};

const WORD_LABEL = {
  doesNotDo: 'fieldDoesNot',
  complaints: 'fieldComplaints',
  contact: 'fieldPerson',
  dataUsed: 'fieldData',
} as const;

/**
 * `/console/governance/applications/:id/transparency`: the application's public transparency notice
 * (issue #18): the department's words (saved as a draft), a preview of what the public would read,
 * publishing, and every version.
 */
export default function TransparencyPage() {
  const { id = '' } = useParams();
  const notice = useQuery(noticeQuery(id));
  return (
    <QueryView query={notice} asPage>
      {(loaded) => <NoticeView workspace={loaded} />}
    </QueryView>
  );
}

function NoticeView({ workspace }: { workspace: NoticeWorkspace }) {
  const t = useMessages(accountabilityMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  const me = useCurrentUser();
  const save = useSaveNotice(workspace.applicationId);
  const publish = usePublishNotice(workspace.applicationId);
  const sendSave = useSendOnce(save);
  const sendPublish = useSendOnce(publish);
  const words = workspace.draft?.content ?? workspace.published?.content;
  // The words read again (after a save, or refused because someone else saved): the officer's
  // changes move onto them; someone else's appear in the form.
  const {
    base,
    draft: form,
    theirs,
    clashes,
    setDraft,
    takeTheirs,
  } = useRebasingDraft({
    keptAs: `notice.${workspace.applicationId}`,
    latest: noticeForm(words),
    rebase: rebasedNoticeForm,
    withTheirs: withTheirWords,
  });
  const unsaved = JSON.stringify(form) !== JSON.stringify(base);
  const [done, setDone] = useState('');
  useEffect(() => {
    if (save.isSuccess) setDone(t('saved', { version: save.data.draft?.version ?? '' }));
  }, [save.isSuccess, save.data, t]);
  useEffect(() => {
    if (publish.isSuccess) setDone(t('published', { version: publish.data.published?.version ?? '' }));
  }, [publish.isSuccess, publish.data, t]);
  const set = (key: keyof NoticeForm) => (value: string) => {
    if (!isChangedMeanwhile(save.error)) save.reset();
    setDone('');
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const at = (field: string) =>
    clashes.some((clash) => field.startsWith(`${clash}.`))
      ? t('theyChangedThis')
      : isChangedMeanwhile(save.error)
        ? undefined
        : fieldMessageOf(save.error, `body.${field}`);
  const preview = workspace.preview;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.reset();
    setDone('');
    // What it does not do and how to complain are required: sent as typed, for the server to name if empty.
    sendSave({
      doesNotDo: { en: form.doesNotDoEn, zhHant: form.doesNotDoZh },
      complaints: { en: form.complaintsEn, zhHant: form.complaintsZh },
      ...noticeWords(form),
      base: noticeWords(base),
    });
  };
  const draft = workspace.draft;

  const facts: [string, string][] = [
    [t('fieldDoes'), pick(preview.whatItDoes)],
    [t('fieldDoesNot'), pick(preview.whatItDoesNotDo)],
    [t('fieldHow'), pick(preview.howItWorks)],
    [t('fieldData'), pick(preview.data.description)],
    [t('fieldOversight'), pick(preview.humanOversight.description)],
    [t('fieldPerson'), pick(preview.reachAPerson)],
    [t('fieldComplaints'), pick(preview.complaints)],
    [t('fieldRisk'), pick(preview.risk.description)],
    [t('fieldAssessment'), preview.lastAssessment ? format.dateTime(preview.lastAssessment.completedAt) : t('never')],
    [t('fieldEvaluation'), preview.lastEvaluation ? format.dateTime(preview.lastEvaluation.finishedAt) : t('never')],
  ];

  return (
    <Page
      title={t('noticeTitle', { name: pick(preview.name) })}
      description={t('noticeIntro')}
      actions={
        <Link className="button" to={`/governance/applications/${workspace.applicationId}`}>
          {t('backToApplication')}
        </Link>
      }
    >
      <p>
        {workspace.public ? (
          <>
            {t('noticePublic', { path: workspace.path })}{' '}
            <a href={workspace.path} target="_blank" rel="noopener">
              {t('openPublic')}
            </a>
          </>
        ) : (
          t('noticeNotPublic')
        )}
      </p>
      {me.can('governance:prepare') ? (
        <Section id="notice-words" title={t('wordsSection')}>
          <Form className="gov-form" onSubmit={submit} validationBehavior="aria">
            {WORD_FIELDS.flatMap((field) => {
              const { rows, required, help } = WORD_FORM[field];
              return (['En', 'Zh'] as const).map((language) => (
                <TextField
                  key={`${field}${language}`}
                  label={t(`${field}${language}`)}
                  {...(help ? { description: t(help) } : {})}
                  inputLang={language === 'En' ? 'en' : 'zh-Hant'}
                  multiline
                  rows={rows}
                  isRequired={required}
                  value={form[`${field}${language}`]}
                  onChange={set(`${field}${language}`)}
                  error={at(`${field}.${language === 'En' ? 'en' : 'zhHant'}`)}
                />
              ));
            })}
            <div className="button-row">
              <Button type="submit" className="button" isPending={save.isPending}>
                {t('saveDraft')}
              </Button>
              <Button
                className="button button-primary"
                isPending={publish.isPending}
                isDisabled={!draft || unsaved}
                {...(unsaved ? { 'aria-describedby': 'notice-unsaved' } : {})}
                onPress={() => {
                  if (!draft) return;
                  save.reset();
                  setDone('');
                  sendPublish({ version: draft.version, updatedAt: draft.updatedAt });
                }}
              >
                {t('publish')}
              </Button>
            </div>
            {unsaved ? (
              <p id="notice-unsaved" className="field-help">
                {t('saveBeforePublish')}
              </p>
            ) : null}
            {theirs > 0 ? (
              <OthersChanged
                summary={t('noticeOthersChanged', { count: theirs })}
                choicesIntro={t('noticeOthersClash')}
                choices={clashes.map((field) => ({
                  id: field,
                  label: t('useTheirs', { field: t(WORD_LABEL[field]) }),
                }))}
                onTakeTheirs={(field) => takeTheirs(field as WordField)}
              />
            ) : null}
          </Form>
          <div role="status">{done ? <p className="notice">{done}</p> : null}</div>
          {save.error && !isChangedMeanwhile(save.error) ? <ProblemMessage error={save.error} /> : null}
          {publish.error ? <ProblemMessage error={publish.error} /> : null}
        </Section>
      ) : null}
      <Section id="notice-preview" title={t('previewSection')}>
        <dl className="gov-facts">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </Section>
      <Section id="notice-versions" title={t('versionsSection')}>
        <table className="data">
          <caption>{t('versionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colVersion')}</th>
              <th scope="col">{t('colPublished')}</th>
            </tr>
          </thead>
          <tbody>
            {workspace.versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.version}</th>
                <td>{version.publishedAt ? format.dateTime(version.publishedAt) : t('draftWord')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </Page>
  );
}
