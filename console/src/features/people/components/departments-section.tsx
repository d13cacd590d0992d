import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, QueryView, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { mutateThen } from '../../../lib/mutate-then.ts';
import { fieldMessageOf, ProblemError } from '../../../lib/problem.ts';
import { type Department, departmentsQuery, useCreateDepartment, useUpdateDepartment } from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { DialogActions } from './dialog-actions.tsx';
import { ModalDialog } from './modal-dialog.tsx';
import { needsProblemBox, parseHours } from './people-rules.ts';

/** The server names the refused line (`body.corsOrigins.1`): shown under the box with its line number. */
const originsError = (error: unknown) => {
  if (!(error instanceof ProblemError)) return undefined;
  const issue = error.problem.errors.find((e) => e.field.startsWith('body.corsOrigins'));
  if (!issue) return undefined;
  const line = Number(issue.field.split('.')[2]);
  return Number.isInteger(line) ? `${line + 1}: ${issue.message}` : issue.message;
};

/** Platform admins: every department; create, rename, set the handoff SLA, archive or reactivate. */
export function DepartmentsSection({ onNotice }: { onNotice: (text: string) => void }) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const departments = useQuery(departmentsQuery);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Department | null>(null);
  const update = useUpdateDepartment();
  const nameOf = (department: Department) => (locale === 'en' ? department.nameEn : department.nameZh);
  const setStatus = (department: Department, status: Department['status']) =>
    update.mutate(
      { id: department.id, status },
      {
        onSuccess: () => {
          setArchiving(null);
          onNotice(
            t(status === 'archived' ? 'departmentArchived' : 'departmentReactivated', { name: nameOf(department) }),
          );
        },
      },
    );

  return (
    <>
      <div className="people-toolbar">
        <Button className="button button-primary" onPress={() => setEditing('new')}>
          {t('newDepartment')}
        </Button>
      </div>
      {update.error && !archiving ? <ProblemMessage error={update.error} /> : null}
      <QueryView query={departments}>
        {(items) => (
          <table className="data">
            <caption>{t('departmentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('nameEn')}</th>
                <th scope="col">{t('nameZh')}</th>
                <th scope="col" className="number">
                  {t('slaHours')}
                </th>
                <th scope="col">{common('status')}</th>
                <th scope="col">{common('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((department) => (
                <tr key={department.id}>
                  <th scope="row">
                    <code>{department.code}</code>
                  </th>
                  <td lang="en">{department.nameEn}</td>
                  <td lang="zh-Hant-HK">{department.nameZh}</td>
                  <td className="number">{t('slaValue', { hours: department.handoffSlaHours })}</td>
                  <td>
                    <span className={`badge ${department.status === 'active' ? 'badge-ok' : 'badge-neutral'}`}>
                      {t(department.status === 'active' ? 'statusActive' : 'statusArchived')}
                    </span>
                  </td>
                  <td>
                    <span className="people-row-actions">
                      <Button
                        className="button"
                        aria-label={t('editDepartmentFor', { name: nameOf(department) })}
                        onPress={() => setEditing(department)}
                      >
                        {t('editDepartment')}
                      </Button>
                      {department.status === 'active' ? (
                        <Button
                          className="button button-danger"
                          aria-label={t('archiveFor', { name: nameOf(department) })}
                          isPending={update.isPending}
                          onPress={() => {
                            update.reset();
                            setArchiving(department);
                          }}
                        >
                          {t('archive')}
                        </Button>
                      ) : (
                        <Button
                          className="button"
                          aria-label={t('reactivateFor', { name: nameOf(department) })}
                          isPending={update.isPending}
                          onPress={() => setStatus(department, 'active')}
                        >
                          {t('reactivate')}
                        </Button>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {editing ? (
        <DepartmentDialog
          department={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(department, isNew) => {
            setEditing(null);
            onNotice(t(isNew ? 'departmentCreated' : 'departmentSaved', { name: nameOf(department) }));
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={archiving !== null}
        title={t('archiveTitle', { name: archiving ? nameOf(archiving) : '' })}
        body={t('archiveBody')}
        confirmLabel={t('archive')}
        isPending={update.isPending}
        error={archiving ? update.error : null}
        onCancel={() => setArchiving(null)}
        onConfirm={() => archiving && setStatus(archiving, 'archived')}
      />
    </>
  );
}

function DepartmentDialog({
  department,
  onClose,
  onSaved,
}: {
  department: Department | null;
  onClose: () => void;
  onSaved: (department: Department, isNew: boolean) => void;
}) {
  const t = useMessages(peopleMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const [code, setCode] = useState(department?.code ?? '');
  const [nameEn, setNameEn] = useState(department?.nameEn ?? '');
  const [nameZh, setNameZh] = useState(department?.nameZh ?? '');
  const [sla, setSla] = useState(department ? String(department.handoffSlaHours) : '');
  const [origins, setOrigins] = useState(department?.corsOrigins.join('\n') ?? '');
  const [slaInvalid, setSlaInvalid] = useState(false);
  // The settings as the dialog opened with them: the server saves only what is changed here, so a
  // name or an origin another administrator changed meanwhile is not put back.
  const [read] = useState(() =>
    department
      ? {
          nameEn: department.nameEn,
          nameZh: department.nameZh,
          corsOrigins: department.corsOrigins,
          handoffSlaHours: department.handoffSlaHours,
        }
      : undefined,
  );
  const error = department ? update.error : create.error;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const hours = parseHours(sla);
    setSlaInvalid(Number.isNaN(hours));
    if (Number.isNaN(hours)) return;
    const slaPart = hours === undefined ? {} : { handoffSlaHours: hours };
    // One web address per line; the server checks each (an origin: scheme, host and port, no path).
    const corsOrigins = origins
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (department) {
      mutateThen(
        update,
        { id: department.id, nameEn, nameZh, corsOrigins, ...slaPart, ...(read ? { base: read } : {}) },
        (row) => onSaved(row, false),
      );
    } else {
      mutateThen(create, { code, nameEn, nameZh, corsOrigins, ...slaPart }, (row) => onSaved(row, true));
    }
  };
  const title = department
    ? t('editDepartmentTitle', { name: locale === 'en' ? department.nameEn : department.nameZh })
    : t('newDepartmentTitle');
  return (
    <ModalDialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isPending={create.isPending || update.isPending}
    >
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        {department ? null : (
          <TextField
            label={t('code')}
            value={code}
            onChange={setCode}
            autoComplete="off"
            description={t('codeHelp')}
            isRequired
            error={fieldMessageOf(error, 'body.code')}
          />
        )}
        <TextField
          label={t('nameEn')}
          value={nameEn}
          onChange={setNameEn}
          autoComplete="off"
          isRequired
          error={fieldMessageOf(error, 'body.nameEn')}
        />
        <TextField
          label={t('nameZh')}
          value={nameZh}
          onChange={setNameZh}
          autoComplete="off"
          isRequired
          error={fieldMessageOf(error, 'body.nameZh')}
        />
        <TextField
          label={t('slaHours')}
          value={sla}
          onChange={setSla}
          type="number"
          description={t('slaHoursHelp')}
          error={slaInvalid ? t('slaNotANumber') : fieldMessageOf(error, 'body.handoffSlaHours')}
        />
        <TextField
          label={t('corsOrigins')}
          value={origins}
          onChange={setOrigins}
          multiline
          rows={3}
          lang="en"
          description={t('corsOriginsHelp')}
          error={originsError(error)}
        />
        {needsProblemBox(
          error,
          ['body.code', 'body.nameEn', 'body.nameZh', 'body.handoffSlaHours'],
          'body.corsOrigins',
        ) ? (
          <ProblemMessage error={error} />
        ) : null}
        <DialogActions
          submitLabel={department ? common('save') : common('create')}
          isPending={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Form>
    </ModalDialog>
  );
}
