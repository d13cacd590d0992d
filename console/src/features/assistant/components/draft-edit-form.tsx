import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useKept } from '../../../lib/kept-form.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { type DraftDetail, useEditDraft } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { DRAFT_LANG } from './draft-labels.ts';
import { DraftRefusal } from './draft-refusal.tsx';

/**
 * The officer's edit of the current version's text, saved as a new version based on it (a newer
 * version saved meanwhile makes the server refuse it). Render with `key={currentVersion}`.
 */
export function DraftEditForm({ draft, onSaved }: { draft: DraftDetail; onSaved: (message: string) => void }) {
  const t = useMessages(draftMessages);
  const edit = useEditDraft(draft.id);
  const sendEdit = useSendOnce(edit);
  // Kept until saved: a session that idles out meanwhile leads to sign-in and back to this text.
  const [text, setText] = useKept(`draft-edit.${draft.id}.${draft.currentVersion}`, draft.versions.at(-1)?.text ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The saved version re-keys this form (a fresh form on the new text): the answer outlives it.
    sendEdit({ text, baseVersion: draft.currentVersion }, (saved) =>
      onSaved(t('saved', { version: saved.currentVersion })),
    );
  };
  return (
    <Form className="form" onSubmit={submit} aria-label={t('editSection')} validationBehavior="aria">
      <TextField
        label={t('editLabel')}
        description={t('editHelp')}
        value={text}
        onChange={setText}
        multiline
        rows={14}
        inputLang={DRAFT_LANG[draft.language]}
        error={fieldMessageOf(edit.error, 'body.text')}
      />
      <Button type="submit" className="button button-primary" isPending={edit.isPending}>
        {edit.isPending ? t('saving') : t('save')}
      </Button>
      {edit.isError ? <DraftRefusal error={edit.error} /> : null}
    </Form>
  );
}
