import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OthersChanged, ProblemMessage, QueryView, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf, isChangedMeanwhile } from '../../../lib/problem.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type Role, type User, useCreateUser, useUpdateUser, usersQuery } from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { DialogActions } from './dialog-actions.tsx';
import { ModalDialog } from './modal-dialog.tsx';
import { grantableRoles, mayManageUser, needsProblemBox } from './people-rules.ts';
import { type PersonField, personChange, personDraft, personWithTheirs, rebasedPerson } from './person-draft.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

/** The department's people: roles and status, add a person, edit one, disable or enable. */
export function UsersSection({
  departmentId,
  departmentName,
  onNotice,
}: {
  departmentId: string;
  departmentName: string;
  onNotice: (text: string) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const users = useQuery(usersQuery(departmentId));
  const canManage = me.can('user:manage');
  const self = { id: me.user.id, isPlatformAdmin: me.user.roles.includes('platform_admin') };
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [disabling, setDisabling] = useState<User | null>(null);
  const update = useUpdateUser();
  const sendUpdate = useSendOnce(update);

  // `user` as the row or the confirmation showed it: its status is sent as read (`base`).
  const setStatus = (user: User, status: User['status']) =>
    sendUpdate({ id: user.id, status, base: { status: user.status } }, () => {
      setDisabling(null);
      onNotice(t(status === 'disabled' ? 'userDisabled' : 'userEnabled', { name: user.displayName }));
    });

  return (
    <>
      {canManage ? (
        <div className="people-toolbar">
          <Button className="button button-primary" onPress={() => setCreating(true)}>
            {t('newUser')}
          </Button>
        </div>
      ) : null}
      {update.error && !disabling ? <ProblemMessage error={update.error} /> : null}
      <QueryView query={users}>
        {(items) => (
          <table className="data">
            <caption>{t('usersCaption', { department: departmentName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('roles')}</th>
                <th scope="col">{common('status')}</th>
                {canManage ? <th scope="col">{common('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.displayName} {user.id === me.user.id ? <span className="muted">{t('you')}</span> : null}
                  </th>
                  <td>{user.email ?? <span className="muted">{t('noEmail')}</span>}</td>
                  <td>{format.list(user.roles.map((role) => t(`role_${role}`)))}</td>
                  <td>
                    <span className={`badge ${user.status === 'active' ? 'badge-ok' : 'badge-neutral'}`}>
                      {t(user.status === 'active' ? 'statusActive' : 'statusDisabled')}
                    </span>
                  </td>
                  {canManage ? (
                    <td>
                      {mayManageUser(user, self) ? (
                        <span className="people-row-actions">
                          <Button
                            className="button"
                            aria-label={t('editUserFor', { name: user.displayName })}
                            onPress={() => setEditing(user)}
                          >
                            {t('editUser')}
                          </Button>
                          {user.status === 'active' ? (
                            <Button
                              className="button button-danger"
                              aria-label={t('disableFor', { name: user.displayName })}
                              isPending={update.isPending}
                              onPress={() => {
                                update.reset();
                                setDisabling(user);
                              }}
                            >
                              {t('disable')}
                            </Button>
                          ) : (
                            <Button
                              className="button"
                              aria-label={t('enableFor', { name: user.displayName })}
                              isPending={update.isPending}
                              onPress={() => setStatus(user, 'active')}
                            >
                              {t('enable')}
                            </Button>
                          )}
                        </span>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {creating ? (
        <CreateUserDialog
          departmentId={departmentId}
          departmentName={departmentName}
          roles={grantableRoles(self.isPlatformAdmin)}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            onNotice(t('userCreated', { name: user.displayName }));
          }}
        />
      ) : null}
      {editing ? (
        <EditPersonDialog
          // The person as the list reads them now: the dialog moves onto what others saved meanwhile.
          user={users.data?.find((user) => user.id === editing.id) ?? editing}
          roles={grantableRoles(self.isPlatformAdmin)}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            // The roles as saved, which include any another administrator changed meanwhile.
            onNotice(
              t('userSaved', {
                name: user.displayName,
                roles: format.list(user.roles.map((role) => t(`role_${role}`))),
              }),
            );
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={disabling !== null}
        title={t('disableTitle', { name: disabling?.displayName ?? '' })}
        body={t('disableBody', { name: disabling?.displayName ?? '' })}
        confirmLabel={t('disable')}
        isPending={update.isPending}
        error={disabling ? update.error : null}
        onCancel={() => setDisabling(null)}
        onConfirm={() => disabling && setStatus(disabling, 'disabled')}
      />
    </>
  );
}

function CreateUserDialog({
  departmentId,
  departmentName,
  roles,
  onClose,
  onCreated,
}: {
  departmentId: string;
  departmentName: string;
  roles: readonly Role[];
  onClose: () => void;
  onCreated: (user: User) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const create = useCreateUser();
  const send = useSendOnce(create);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<Role[]>([]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send({ departmentId, displayName, email: email.trim() === '' ? null : email.trim(), roles: chosen }, onCreated);
  };
  const error = create.error;
  return (
    <ModalDialog
      title={t('newUserTitle', { department: departmentName })}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isPending={create.isPending}
    >
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="off"
          isRequired
          error={fieldMessageOf(error, 'body.displayName')}
        />
        <TextField
          label={t('email')}
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="off"
          description={t('emailHelp')}
          error={fieldMessageOf(error, 'body.email')}
        />
        <RoleCheckboxes roles={roles} value={chosen} onChange={setChosen} error={fieldMessageOf(error, 'body.roles')} />
        {needsProblemBox(error, ['body.displayName', 'body.email', 'body.roles']) ? (
          <ProblemMessage error={error} />
        ) : null}
        <DialogActions submitLabel={common('create')} isPending={create.isPending} onCancel={onClose} />
      </Form>
    </ModalDialog>
  );
}

/** The label of each field a refusal can name. */
const PERSON_FIELD_LABEL = { displayName: 'displayName', email: 'email' } as const;

/**
 * A person's name, e-mail and roles. A save sends the person as the dialog read them (`base`), so
 * that only what is changed here is saved: what another administrator saved meanwhile joins the
 * dialog, a role they granted or withdrew holds, and a field both changed is refused, marked and
 * offered as theirs.
 */
function EditPersonDialog({
  user,
  roles,
  onClose,
  onSaved,
}: {
  user: User;
  roles: readonly Role[];
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const update = useUpdateUser();
  const sendUpdate = useSendOnce(update);
  // Named as it opened: the name in the dialog may move onto another administrator's.
  const [name] = useState(user.displayName);
  const { base, draft, theirs, clashes, setDraft, takeTheirs } = useRebasingDraft({
    keptAs: null,
    latest: personDraft(user),
    rebase: rebasedPerson,
    withTheirs: personWithTheirs,
  });
  const changedMeanwhile = isChangedMeanwhile(update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendUpdate({ id: user.id, ...personChange(draft, base) }, onSaved);
  };
  const errorOf = (field: PersonField) =>
    clashes.includes(field)
      ? t('theyChangedThis')
      : changedMeanwhile
        ? undefined
        : fieldMessageOf(update.error, `body.${field}`);
  return (
    <ModalDialog
      title={t('editUserTitle', { name })}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isPending={update.isPending}
    >
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('displayName')}
          value={draft.displayName}
          onChange={(displayName) => setDraft((d) => ({ ...d, displayName }))}
          autoComplete="off"
          isRequired
          error={errorOf('displayName')}
        />
        <TextField
          label={t('email')}
          type="email"
          value={draft.email}
          onChange={(email) => setDraft((d) => ({ ...d, email }))}
          autoComplete="off"
          description={t('emailHelp')}
          error={errorOf('email')}
        />
        <RoleCheckboxes
          roles={roles}
          value={draft.roles}
          onChange={(chosen) => setDraft((d) => ({ ...d, roles: chosen }))}
          error={fieldMessageOf(update.error, 'body.roles')}
        />
        {theirs > 0 ? (
          <OthersChanged
            summary={t('personOthersChanged', { count: theirs })}
            choicesIntro={t('othersClash')}
            choices={clashes.map((field) => ({
              id: field,
              label: t('useTheirs', { field: t(PERSON_FIELD_LABEL[field]) }),
            }))}
            onTakeTheirs={(field) => takeTheirs(field as PersonField)}
          />
        ) : null}
        {!changedMeanwhile && needsProblemBox(update.error, ['body.displayName', 'body.email', 'body.roles']) ? (
          <ProblemMessage error={update.error} />
        ) : null}
        <DialogActions submitLabel={common('save')} isPending={update.isPending} onCancel={onClose} />
      </Form>
    </ModalDialog>
  );
}
