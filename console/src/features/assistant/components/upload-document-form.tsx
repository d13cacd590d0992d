import { type FormEvent, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useUploadDocument } from '../api/assistant-api.ts';
import { assistantMessages } from '../messages.ts';
import { FileInput } from './file-input.tsx';

/** What the workspace reads (the knowledge importers and the transcript parsers); the server decides. */
const ACCEPT = '.pdf,.docx,.html,.htm,.md,.txt,.vtt,.srt,.png,.jpg,.jpeg,.tif,.tiff,.webp';

/** Upload one document to the workspace: a labelled native file input, the outcome announced. */
export function UploadDocumentForm() {
  const t = useMessages(assistantMessages);
  const upload = useUploadDocument();
  const send = useSendOnce(upload);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    send(file, () => {
      setFile(null);
      if (input.current) input.current.value = '';
    });
  };
  const problem = upload.error instanceof ProblemError ? upload.error : null;
  const fileError = missing
    ? t('fileRequired')
    : (problem?.fieldMessage('body.file') ??
      (upload.isError ? (problem?.problem.detail ?? upload.error.message) : undefined));
  return (
    <Form className="form" onSubmit={submit} aria-label={t('uploadSection')} validationBehavior="aria">
      <FileInput
        label={t('chooseFile')}
        help={t('uploadHelp')}
        error={fileError}
        accept={ACCEPT}
        inputRef={input}
        onChange={(chosen) => {
          setFile(chosen);
          setMissing(false);
          upload.reset();
        }}
      />
      <Button type="submit" className="button button-primary" isPending={upload.isPending}>
        {t('upload')}
      </Button>
      <div role="status">
        {upload.isPending && file ? <p>{t('uploading', { name: file.name })}</p> : null}
        {upload.data ? <p className="notice">{t('uploaded', { name: upload.data.name })}</p> : null}
      </div>
    </Form>
  );
}
