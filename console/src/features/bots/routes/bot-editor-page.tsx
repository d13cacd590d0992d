import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { OthersChanged, Page, ProblemMessage, QueryView, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useKept } from '../../../lib/kept-form.ts';
import { isChangedMeanwhile, problemIssues as issuesOf } from '../../../lib/problem.ts';
import { readAgainIfChangedMeanwhile } from '../../../lib/read-again.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type BotConfig, type BotView, botQuery, useCreateBot, useUpdateBot } from '../api/bots.ts';
import { BotFormFields } from '../components/bot-form.tsx';
import { PreviewPanel } from '../components/preview-panel.tsx';
import { PublishPanel } from '../components/publish-panel.tsx';
import {
  type BotForm,
  changesFrom,
  formField,
  formOf,
  newBotBody,
  newBotForm,
  rebased,
  withFieldsFrom,
} from '../config-form.ts';
import { type BotMessageKey, botMessages } from '../messages.ts';

const FIELD_LABEL: Record<keyof BotConfig, BotMessageKey> = {
  name: 'name',
  greeting: 'greeting',
  disclosure: 'disclosure',
  fallback: 'fallback',
  languages: 'languages',
  answerMode: 'answerMode',
  threshold: 'threshold',
  publicRatePerMinute: 'publicRate',
  sourceIds: 'sources',
  model: 'sectionModel',
  guardPolicy: 'sectionGuard',
};

/** The server's refusal: a summary that points to the fields, each reason also beside its field. */
function SaveProblem({ error }: { error: unknown }) {
  const t = useMessages(botMessages);
  const issues = issuesOf(error);
  // The summary names each field as the form does: "Name: 繁體中文", "Confidence threshold".
  const fieldLabel = (field: string) => {
    const [head = '', side] = formField(field).split('.');
    if (head === 'id') return t('botId');
    if (!Object.hasOwn(FIELD_LABEL, head)) return undefined;
    const label = t(FIELD_LABEL[head as keyof BotConfig]);
    return side === 'zh' || side === 'en' ? `${label}: ${t(side === 'zh' ? 'langZh' : 'langEn')}` : label;
  };
  if (!error) return null;
  return (
    <>
      {issues.length > 0 ? (
        <p className="field-error" role="alert">
          {t('fixErrors', { count: issues.length })}
        </p>
      ) : null}
      <ProblemMessage error={error} fieldLabel={fieldLabel} />
    </>
  );
}

/** `/console/bots/new`: the form with the schema's defaults; once created, the bot's editor. */
export function NewBotPage() {
  const t = useMessages(botMessages);
  const navigate = useNavigate();
  const create = useCreateBot();
  const send = useSendOnce(create);
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
              send(newBotBody(form), (view, here) => {
                sent();
                if (here)
                  void navigate(`../${view.id}`, { replace: true, state: { notice: t('created', { id: view.id }) } });
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
  return (
    <QueryView query={bot} asPage>
      {(view) => <BotEditor view={view} />}
    </QueryView>
  );
}

/** A saved version, as much of it as the editor needs as its base. */
type Base = { version: number; config: BotConfig };
const baseOf = ({ version, config }: BotView['latest']): Base => ({ version, config });

/** What the editor is changing: the version it started from, and the form. */
interface Editing {
  base: Base;
  form: BotForm;
  /** Someone else saved a version after `base`, changing fields the officer changed too. */
  othersSaved?: { version: number; config: BotConfig; clashes: (keyof BotConfig)[] } | undefined;
}

function BotEditor({ view }: { view: BotView }) {
  const t = useMessages(botMessages);
  const location = useLocation();
  const queryClient = useQueryClient();
  const update = useUpdateBot(view.id);
  const sendUpdate = useSendOnce(update);
  // The form keeps the version it was made from: a newer one read meanwhile must not become its base,
  // or saving would quietly put back the fields someone else changed. With its base, what is typed can
  // be kept through a session idling out: the server keeps what others saved since, or says where both changed.
  const [editing, setEditing] = useKept<Editing>(`bot-edit.${view.id}`, {
    base: baseOf(view.latest),
    form: formOf(view.id, view.latest.config),
  });
  const { base, form, othersSaved } = editing;
  const setForm = (next: BotForm) => setEditing((current) => ({ ...current, form: next }));
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const changes = changesFrom(base.config, form);
  const unsaved = Object.keys(changes).length > 0;

  // A newer version read meanwhile — a save refused because someone else saved, or the officer asked
  // for the page as it is now — becomes the base; the officer's changes move onto it (not the one
  // this editor just saved: that one is already its base).
  const [rereadError, setRereadError] = useState<unknown>(null);
  const latest = baseOf(view.latest);
  useEffect(() => {
    if (latest.version <= base.version || update.data?.latest.version === latest.version) return;
    setEditing((current) => {
      if (Object.keys(changesFrom(current.base.config, current.form)).length === 0)
        return { base: latest, form: formOf(view.id, latest.config) };
      const moved = rebased(current.base.config, current.form, latest.config);
      return {
        base: latest,
        form: moved.form,
        othersSaved: { version: latest.version, config: latest.config, clashes: moved.clashes },
      };
    });
    update.reset();
  });
  const takeTheirs = (field: keyof BotConfig) =>
    setEditing((current) =>
      current.othersSaved
        ? {
            ...current,
            form: withFieldsFrom(current.form, formOf(view.id, current.othersSaved.config), [field]),
            othersSaved: {
              ...current.othersSaved,
              clashes: current.othersSaved.clashes.filter((clash) => clash !== field),
            },
          }
        : current,
    );

  const save = () => {
    setNotice(null);
    setRereadError(null);
    if (!unsaved) {
      setNotice(t('noChanges'));
      return;
    }
    sendUpdate(
      { ...changes, baseVersion: base.version },
      (saved) => {
        setEditing({ base: baseOf(saved.latest), form: formOf(saved.id, saved.latest.config) });
        const merged = saved.latest.version > base.version + 1;
        setNotice(t(merged ? 'savedWithOthers' : 'saved', { version: saved.latest.version }));
      },
      readAgainIfChangedMeanwhile(queryClient, botQuery(view.id), setRereadError),
    );
  };
  const discard = () => {
    update.reset();
    setEditing({ base: baseOf(view.latest), form: formOf(view.id, view.latest.config) });
    setNotice(t('discarded', { version: view.latest.version }));
  };
  // The fields both changed (marked from the editor's own record: taking theirs removes the mark), then any other refusal.
  const issues = [
    ...(othersSaved?.clashes ?? []).map((field) => ({ field: `body.${field}`, message: t('theyChangedThis') })),
    ...issuesOf(update.error).filter((issue) => issue.code !== 'changed_meanwhile'),
  ];

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
            issues={issues}
            isNew={false}
            submitLabel={t('saveDraft')}
            isPending={update.isPending}
            onSubmit={save}
            onDiscard={unsaved || othersSaved ? discard : undefined}
          />
          <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
          {othersSaved ? (
            <OthersChanged
              summary={t('othersSaved', { version: othersSaved.version })}
              choicesIntro={t('othersClash')}
              choices={othersSaved.clashes.map((field) => ({
                id: field,
                label: t('useTheirs', { field: t(FIELD_LABEL[field]) }),
              }))}
              onTakeTheirs={(field) => takeTheirs(field as keyof BotConfig)}
            />
          ) : null}
          {/* A clash is told by OthersChanged once the bot is read again; only that reading's failure shows here. */}
          <SaveProblem error={isChangedMeanwhile(update.error) ? rereadError : update.error} />
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
