import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type MinutesEdit, useEditMinutes } from '../api/assistant-api.ts';
import type { Minutes } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';

type Action = MinutesEdit['items'][number]['actions'][number];
interface ItemDraft {
  title: string;
  summary: string;
  decisions: string;
  actions: { owner: string; action: string; due: string }[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The officer corrects the minutes before they go on record: attendees and decisions one per line,
 * each item's title and discussion, action items with owner and due date (added or removed). The
 * assistant's own minutes are kept by the server beside the correction.
 */
export function MinutesEditor({
  jobId,
  minutes,
  onClose,
}: {
  jobId: string;
  minutes: Minutes;
  /** The editor is done: `saved` after a save, not after Cancel. */
  onClose: (saved: boolean) => void;
}) {
  const t = useMessages(assistantMessages);
  const save = useEditMinutes(jobId);
  const sendSave = useSendOnce(save);
  const [attendees, setAttendees] = useState(minutes.attendees.join('\n'));
  const [items, setItems] = useState<ItemDraft[]>(
    minutes.items.map((item) => ({
      title: item.title,
      summary: item.summary,
      decisions: item.decisions.join('\n'),
      actions: item.actions.map((action) => ({
        owner: action.owner ?? '',
        action: action.action,
        due: action.due ?? '',
      })),
    })),
  );
  const change = (index: number, patch: Partial<ItemDraft>) =>
    setItems((current) => current.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  const changeAction = (index: number, row: number, patch: Partial<ItemDraft['actions'][number]>) =>
    change(index, {
      actions: (items[index]?.actions ?? []).map((action, at) => (at === row ? { ...action, ...patch } : action)),
    });
  const problem = save.error instanceof ProblemError ? save.error : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendSave(
      {
        attendees: lines(attendees),
        items: items.map((item) => ({
          title: item.title.trim(),
          summary: item.summary.trim(),
          decisions: lines(item.decisions),
          actions: item.actions
            .filter((action) => action.action.trim())
            .map(
              (action): Action => ({
                owner: orNull(action.owner),
                action: action.action.trim(),
                due: orNull(action.due),
              }),
            ),
        })),
      },
      // Not when the editor has gone meanwhile: one opened again since is not closed under the officer.
      (_saved, here) => here && onClose(true),
    );
  };
  return (
    <Form className="form" onSubmit={submit} aria-label={t('editMinutes')} validationBehavior="aria">
      <TextField
        label={t('attendeesOnePerLine')}
        value={attendees}
        onChange={setAttendees}
        multiline
        error={problem?.fieldMessage('body.attendees')}
      />
      {items.map((item, index) => {
        const number = index + 1;
        return (
          <fieldset key={number} className="assistant-minutes-item">
            <legend>{t('itemLegend', { number })}</legend>
            <TextField
              label={t('itemTitleLabel', { number })}
              value={item.title}
              onChange={(title) => change(index, { title })}
              error={problem?.fieldMessage(`body.items.${index}.title`)}
            />
            <TextField
              label={t('itemSummaryLabel', { number })}
              value={item.summary}
              onChange={(summary) => change(index, { summary })}
              multiline
              rows={5}
            />
            <TextField
              label={t('itemDecisionsLabel', { number })}
              value={item.decisions}
              onChange={(decisions) => change(index, { decisions })}
              multiline
            />
            {item.actions.map((action, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and removed by position
              <div key={row} className="assistant-action-row">
                <TextField
                  label={t('actionLabel', { number: row + 1 })}
                  value={action.action}
                  onChange={(value) => changeAction(index, row, { action: value })}
                />
                <TextField
                  label={t('ownerLabel', { number: row + 1 })}
                  value={action.owner}
                  onChange={(owner) => changeAction(index, row, { owner })}
                />
                <TextField
                  label={t('dueLabel', { number: row + 1 })}
                  value={action.due}
                  onChange={(due) => changeAction(index, row, { due })}
                />
                <Button
                  className="button button-quiet"
                  onPress={() => change(index, { actions: item.actions.filter((_, at) => at !== row) })}
                >
                  {t('removeAction', { number: row + 1 })}
                </Button>
              </div>
            ))}
            <Button
              className="button"
              onPress={() => change(index, { actions: [...item.actions, { owner: '', action: '', due: '' }] })}
            >
              {t('addAction', { number })}
            </Button>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          {t('saveMinutes')}
        </Button>
        <Button className="button button-quiet" onPress={() => onClose(false)}>
          {t('cancel')}
        </Button>
      </div>
      {save.isError ? <ProblemMessage error={save.error} /> : null}
    </Form>
  );
}
