import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OthersChanged, ProblemMessage, QueryView, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { fieldMessageOf, isChangedMeanwhile, ProblemError } from '../../../lib/problem.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type Department, departmentsQuery, useCreateDepartment, useUpdateDepartment } from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import {
  type DepartmentField,
  departmentDraft,
  departmentWithTheirs,
  parseOrigins,
  rebasedDepartment,
} from './department-draft.ts';
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
  const sendUpdate = useSendOnce(update);
  const nameOf = (department: Department) => (locale === 'en' ? department.nameEn : department.nameZh);
  const setStatus = (department: Department, status: Department['status']) =>
    sendUpdate({ id: department.id, status }, () => {
      setArchiving(null);
      onNotice(t(status === 'archived' ? 'departmentArchived' : 'departmentReactivated', { name: nameOf(department) }));
    });

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
          // The department as the list reads it now: the dialog moves onto what others saved meanwhile.
          department={editing === 'new' ? null : (departments.data?.find((d) => d.id === editing.id) ?? editing)}
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

/** The label of each field a refusal can name. */
const DEPARTMENT_FIELD_LABEL = { nameEn: 'nameEn', nameZh: 'nameZh', sla: 'slaHours' } as const;

/**
 * Creates a department, or edits one. An edit sends the settings as the dialog read them (`base`),
 * so that only what is changed here is saved: what another administrator saved meanwhile joins the
 * dialog, an origin they added or withdrew holds, and a field both changed is refused, marked and
 * offered as theirs.
 */
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
  // One dialog creates or edits: either way a second press while it sends is ignored.
  const sendNew = useSendOnce(create);
  const sendChange = useSendOnce(update);
  const [code, setCode] = useState(department?.code ?? '');
  const { base, draft, theirs, clashes, setDraft, takeTheirs } = useRebasingDraft({
    keptAs: null,
    latest: departmentDraft(department),
    rebase: rebasedDepartment,
    withTheirs: departmentWithTheirs,
  });
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const [slaInvalid, setSlaInvalid] = useState(false);
  const error = department ? update.error : create.error;
  const changedMeanwhile = isChangedMeanwhile(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const hours = parseHours(draft.sla);
    setSlaInvalid(Number.isNaN(hours));
    if (Number.isNaN(hours)) return;
    const slaPart = hours === undefined ? {} : { handoffSlaHours: hours };
    const settings = {
      nameEn: draft.nameEn,
      nameZh: draft.nameZh,
      corsOrigins: parseOrigins(draft.origins),
      ...slaPart,
    };
    if (department) {
      const read = parseHours(base.sla);
      const baseSla = read === undefined || Number.isNaN(read) ? {} : { handoffSlaHours: read };
      sendChange(
        {
          id: department.id,
          ...settings,
          base: { nameEn: base.nameEn, nameZh: base.nameZh, corsOrigins: parseOrigins(base.origins), ...baseSla },
        },
        (row) => onSaved(row, false),
      );
    } else {
      sendNew({ code, ...settings }, (row) => onSaved(row, true));
    }
  };
  const errorOf = (field: DepartmentField, path: string) =>
    clashes.includes(field) ? t('theyChangedThis') : changedMeanwhile ? undefined : fieldMessageOf(error, path);
  // Named as it opened: the names in the dialog may move onto another administrator's.
  const [opened] = useState(department);
  const title = opened
    ? t('editDepartmentTitle', { name: locale === 'en' ? opened.nameEn : opened.nameZh })
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
          value={draft.nameEn}
          onChange={set('nameEn')}
          autoComplete="off"
          isRequired
          error={errorOf('nameEn', 'body.nameEn')}
        />
        <TextField
          label={t('nameZh')}
          value={draft.nameZh}
          onChange={set('nameZh')}
          autoComplete="off"
          isRequired
          error={errorOf('nameZh', 'body.nameZh')}
        />
        <TextField
          label={t('slaHours')}
          value={draft.sla}
          onChange={set('sla')}
          type="number"
          description={t('slaHoursHelp')}
          error={slaInvalid ? t('slaNotANumber') : errorOf('sla', 'body.handoffSlaHours')}
        />
        <TextField
          label={t('corsOrigins')}
          value={draft.origins}
          onChange={set('origins')}
          multiline
          rows={3}
          inputLang="en"
          description={t('corsOriginsHelp')}
          error={originsError(error)}
        />
        {theirs > 0 ? (
          <OthersChanged
            summary={t('departmentOthersChanged', { count: theirs })}
            choicesIntro={t('othersClash')}
            choices={clashes.map((field) => ({
              id: field,
              label: t('useTheirs', { field: t(DEPARTMENT_FIELD_LABEL[field]) }),
            }))}
            onTakeTheirs={(field) => takeTheirs(field as DepartmentField)}
          />
        ) : null}
        {!changedMeanwhile &&
        needsProblemBox(
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
