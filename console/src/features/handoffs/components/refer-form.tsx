import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type HandoffCase, referralDepartmentsQuery, useCaseStep } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';
import { NativeSelect } from './native-select.tsx';

/** Refers the case to the department responsible; it gets that department's due-by time. */
export function ReferForm({ item, announce }: { item: HandoffCase; announce: (message: string) => void }) {
  const t = useMessages(handoffMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const departments = useQuery(referralDepartmentsQuery);
  const step = useCaseStep(item.id);
  const sendStep = useSendOnce(step);
  const [departmentId, setDepartmentId] = useState('');
  const nameOf = (d: { nameEn: string; nameZh: string }) => (locale === 'en' ? d.nameEn : d.nameZh);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = departments.data?.find((d) => d.id === departmentId);
    sendStep({ action: 'refer', body: { departmentId } }, () =>
      announce(t('referred', { department: target ? nameOf(target) : departmentId })),
    );
  };
  const fieldError = step.error instanceof ProblemError ? step.error.fieldMessage('body.departmentId') : undefined;
  return (
    <>
      <Form className="form handoff-inline-form" onSubmit={submit} validationBehavior="aria">
        <NativeSelect
          label={t('referTo')}
          placeholder={t('chooseDepartment')}
          options={(departments.data ?? []).map((d) => ({
            id: d.id,
            label: `${nameOf(d)}${common('inBrackets', { text: d.code })}`,
          }))}
          value={departmentId}
          onChange={setDepartmentId}
          error={fieldError}
        />
        <Button type="submit" className="button" isPending={step.isPending}>
          {t('refer')}
        </Button>
      </Form>
      {step.error && !fieldError ? <ProblemMessage error={step.error} /> : null}
    </>
  );
}
