import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { DateField } from '../../../components/date-field.tsx';
import { ProblemMessage, QueryView, SelectField, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import {
  type ApiKey,
  keysQuery,
  type NewKey,
  type User,
  useCreateKey,
  useRevokeKey,
  usersQuery,
} from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { DialogActions } from './dialog-actions.tsx';
import { KeyCreatedDialog } from './key-created-dialog.tsx';
import { ModalDialog } from './modal-dialog.tsx';
import { expiryFromDate, keyOwnerChoices, keyState, needsProblemBox } from './people-rules.ts';

const ME = 'me';

/** The signed-in person's own keys and, with `key:manage`, the department's; create and revoke. */
export function KeysSection({
  departmentId,
  departmentName,
  onNotice,
}: {
  departmentId: string;
  departmentName: string;
  onNotice: (text: string) => void;
}) {
  const t = useMessages(peopleMessages);
  const me = useCurrentUser();
  const manage = me.can('key:manage');
  const keys = useQuery(keysQuery);
  const users = useQuery({ ...usersQuery(departmentId), enabled: manage && me.can('user:read') });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<NewKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useRevokeKey();
  const sendRevoke = useSendOnce(revoke);
  const names = new Map((users.data ?? []).map((user) => [user.id, user.displayName]));

  return (
    <>
      {me.can('key:own') || manage ? (
        <div className="people-toolbar">
          <Button className="button button-primary" onPress={() => setCreating(true)}>
            {t('newKey')}
          </Button>
        </div>
      ) : null}
      <QueryView query={keys}>
        {(items) => (
          <>
            <KeyTable
              caption={t('ownKeysCaption')}
              keys={items.filter((key) => key.userId === me.user.id)}
              onRevoke={(key) => {
                revoke.reset();
                setRevoking(key);
              }}
            />
            {manage ? (
              <KeyTable
                caption={t('departmentKeysCaption', { department: departmentName })}
                keys={items.filter((key) => key.userId !== me.user.id && key.departmentId === departmentId)}
                ownerName={(key) => names.get(key.userId) ?? key.userId}
                onRevoke={(key) => {
                  revoke.reset();
                  setRevoking(key);
                }}
              />
            ) : null}
          </>
        )}
      </QueryView>
      {creating ? (
        <CreateKeyDialog
          owners={
            manage
              ? keyOwnerChoices(users.data ?? [], {
                  id: me.user.id,
                  isPlatformAdmin: me.user.roles.includes('platform_admin'),
                })
              : []
          }
          onClose={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
        />
      ) : null}
      {created ? <KeyCreatedDialog created={created} onClose={() => setCreated(null)} /> : null}
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('revokeTitle', { name: revoking?.name ?? '' })}
        body={t('revokeBody')}
        confirmLabel={t('revoke')}
        isPending={revoke.isPending}
        error={revoke.error}
        onCancel={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          sendRevoke(revoking.id, (key) => {
            setRevoking(null);
            onNotice(t('keyRevokedNotice', { name: key.name }));
          })
        }
      />
    </>
  );
}

function KeyTable({
  caption,
  keys,
  ownerName,
  onRevoke,
}: {
  caption: string;
  keys: ApiKey[];
  ownerName?: (key: ApiKey) => string;
  onRevoke: (key: ApiKey) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  return (
    <table className="data people-keys">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('keyName')}</th>
          {ownerName ? <th scope="col">{t('keyOwner')}</th> : null}
          <th scope="col">{t('keyPrefix')}</th>
          <th scope="col">{common('created')}</th>
          <th scope="col">{t('expires')}</th>
          <th scope="col">{common('status')}</th>
          <th scope="col">{common('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.length === 0 ? (
          <tr>
            <td colSpan={ownerName ? 7 : 6} className="muted">
              {t('noKeys')}
            </td>
          </tr>
        ) : null}
        {keys.map((key) => {
          const state = keyState(key);
          return (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              {ownerName ? <td>{ownerName(key)}</td> : null}
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{format.date(key.createdAt)}</td>
              <td>{format.date(key.expiresAt)}</td>
              <td>
                <span
                  className={`badge ${state === 'active' ? 'badge-ok' : state === 'revoked' ? 'badge-danger' : 'badge-neutral'}`}
                >
                  {state === 'revoked' && key.revokedAt
                    ? t('keyRevoked', { date: format.dateTime(key.revokedAt) })
                    : t(state === 'active' ? 'keyActive' : 'keyExpired')}
                </span>
              </td>
              <td>
                {state === 'active' ? (
                  <Button
                    className="button button-danger"
                    aria-label={t('revokeFor', { name: key.name })}
                    onPress={() => onRevoke(key)}
                  >
                    {t('revoke')}
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CreateKeyDialog({
  owners,
  onClose,
  onCreated,
}: {
  owners: User[];
  onClose: () => void;
  onCreated: (key: NewKey) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const create = useCreateKey();
  const send = useSendOnce(create);
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [owner, setOwner] = useState(ME);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expiresAt = expiryFromDate(expiresOn);
    send({ name, ...(owner === ME ? {} : { userId: owner }), ...(expiresAt ? { expiresAt } : {}) }, onCreated);
  };
  return (
    <ModalDialog
      title={t('newKeyTitle')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isPending={create.isPending}
    >
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('keyName')}
          value={name}
          onChange={setName}
          autoComplete="off"
          description={t('keyNameHelp')}
          isRequired
          error={fieldMessageOf(create.error, 'body.name')}
        />
        {owners.length > 0 ? (
          <SelectField
            label={t('keyFor')}
            value={owner}
            onChange={setOwner}
            description={t('keyForHelp')}
            error={fieldMessageOf(create.error, 'body.userId')}
            options={[
              { id: ME, label: t('keyForMe') },
              ...owners.map((user) => ({ id: user.id, label: user.displayName })),
            ]}
          />
        ) : null}
        <DateField
          label={t('expiresOn')}
          value={expiresOn}
          onChange={setExpiresOn}
          description={t('expiresOnHelp')}
          error={fieldMessageOf(create.error, 'body.expiresAt')}
        />
        {needsProblemBox(create.error, ['body.name', 'body.userId', 'body.expiresAt']) ? (
          <ProblemMessage error={create.error} />
        ) : null}
        <DialogActions submitLabel={common('create')} isPending={create.isPending} onCancel={onClose} />
      </Form>
    </ModalDialog>
  );
}
