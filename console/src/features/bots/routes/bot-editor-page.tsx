import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Page, ProblemMessage, QueryView, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useKept } from '../../../lib/kept-form.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type BotView, botQuery, useCreateBot, useUpdateBot } from '../api/bots.ts';
import { BotFormFields } from '../components/bot-form.tsx';
import { PreviewPanel } from '../components/preview-panel.tsx';
import { PublishPanel } from '../components/publish-panel.tsx';
import { changesFrom, formOf, newBotBody, newBotForm } from '../config-form.ts';
import { botMessages } from '../messages.ts';

const issuesOf = (error: unknown) => (error instanceof ProblemError ? error.problem.errors : []);

/** The server's refusal: a summary that points to the fields, each reason also beside its field. */
function SaveProblem({ error }: { error: unknown }) {
  const t = useMessages(botMessages);
  const issues = issuesOf(error);
  if (!error) return null;
  return (
    <>
      {issues.length > 0 ? (
        <p className="field-error" role="alert">
          {t('fixErrors', { count: issues.length })}
        </p>
      ) : null}
      <ProblemMessage error={error} />
    </>
  );
}

/** `/console/bots/new`: the form with the schema's defaults; once created, the bot's editor. */
export function NewBotPage() {
  const t = useMessages(botMessages);
  const navigate = useNavigate();
  const create = useCreateBot();
  // A new bot has no base others may change: what is typed is kept through a session idling out.
  const [form, setForm, sent] = useKept('new-bot', newBotForm());
  return (
    <Page title={t('newTitle')} description={t('editorIntro')} actions={<Link to="..">{t('backToList')}</Link>}>
      <div className="bot-editor">
        <div className="bot-editor-form">
          <BotFormFields
            form={form}
            onChange={setForm}
            issues={issuesOf(create.error)}
            isNew
            submitLabel={t('createBot')}
            isPending={create.isPending}
            onSubmit={() =>
              create.mutate(newBotBody(form), {
                onSuccess: (view) => {
                  sent();
                  void navigate(`../${view.id}`, { replace: true, state: { notice: t('created', { id: view.id }) } });
                },
              })
            }
          />
          <SaveProblem error={create.error} />
        </div>
        <aside className="bot-editor-side">
          <Section id="preview" title={t('sectionPreview')}>
            <p className="muted">{t('previewSaveFirst')}</p>
          </Section>
        </aside>
      </div>
    </Page>
  );
}

/** `/console/bots/:botId`: change the bot (a new draft), preview it, publish or unpublish it. */
export function EditBotPage() {
  const { botId = '' } = useParams();
  const bot = useQuery(botQuery(botId));
  return <QueryView query={bot}>{(view) => <BotEditor view={view} />}</QueryView>;
}

function BotEditor({ view }: { view: BotView }) {
  const t = useMessages(botMessages);
  const location = useLocation();
  const update = useUpdateBot(view.id);
  const [form, setForm] = useState(() => formOf(view.id, view.latest.config));
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const changes = changesFrom(view.latest.config, form);
  const unsaved = Object.keys(changes).length > 0;
  const save = () => {
    setNotice(null);
    if (!unsaved) {
      setNotice(t('noChanges'));
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        setForm(formOf(saved.id, saved.latest.config));
        setNotice(t('saved', { version: saved.latest.version }));
      },
    });
  };

  return (
    <Page
      title={t('editTitle', { id: view.id })}
      description={t('editorIntro')}
      actions={<Link to="..">{t('backToList')}</Link>}
    >
      <div className="bot-editor">
        <div className="bot-editor-form">
          <BotFormFields
            form={form}
            onChange={setForm}
            issues={issuesOf(update.error)}
            isNew={false}
            submitLabel={t('saveDraft')}
            isPending={update.isPending}
            onSubmit={save}
          />
          <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
          <SaveProblem error={update.error} />
        </div>
        <aside className="bot-editor-side">
          <Section id="publishing" title={t('sectionPublishing')}>
            <PublishPanel view={view} />
          </Section>
          <Section id="preview" title={t('sectionPreview')}>
            <PreviewPanel botId={view.id} threshold={view.latest.config.threshold} unsaved={unsaved} />
          </Section>
        </aside>
      </div>
    </Page>
  );
}
