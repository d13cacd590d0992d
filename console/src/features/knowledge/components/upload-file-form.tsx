import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import { TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useUploadFile } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';

/** What the importers read (src/knowledge/file-type.ts); the server decides, this only guides the picker. */
const ACCEPT = '.csv,.xlsx,.jsonl,.pdf,.docx,.html,.htm,.md,.txt,.png,.jpg,.jpeg,.tif,.tiff,.webp';

/**
 * Upload one file: a labelled native file input (keyboard and screen-reader users choose a file as
 * anywhere else) inside an area that also takes a dropped file. The import runs while the request
 * is open; its outcome (the draft and its findings count) or the server's reason is announced.
 */
export function UploadFileForm() {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const upload = useUploadFile();
  const send = useSendOnce(upload);
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [dragging, setDragging] = useState(false);
  const [missing, setMissing] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMissing(false);
    upload.reset();
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      // Mirror the drop into the input, so what the form holds is what the input shows.
      if (input.current) input.current.files = event.dataTransfer.files;
      choose(dropped);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    send(title.trim() ? { file, title: title.trim() } : { file });
  };
  const problem = upload.error instanceof ProblemError ? upload.error : null;
  const fileError = missing
    ? t('fileRequired')
    : (problem?.fieldMessage('body.file') ??
      (upload.isError ? (problem?.problem.detail ?? upload.error.message) : undefined));
  const result = upload.data;

  return (
    <Form className="form" onSubmit={submit} aria-label={t('uploadFileTitle')} validationBehavior="aria">
      {/* Drag and drop is a shortcut for pointer users; the labelled input inside is the keyboard path. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop area only mirrors the file input it contains */}
      <div
        className={dragging ? 'drop-area drop-area-active' : 'drop-area'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('chooseFile')}</label>
          <input
            ref={input}
            id={inputId}
            type="file"
            name="file"
            accept={ACCEPT}
            required
            aria-describedby={fileError ? `${helpId} ${errorId}` : helpId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
          />
          <span id={helpId} className="field-help">
            {t('uploadFileHelp')}
          </span>
          {fileError ? (
            <span id={errorId} className="field-error" role="alert">
              {fileError}
            </span>
          ) : null}
        </div>
        <p className="drop-hint" aria-hidden="true">
          {dragging ? t('dropActive') : t('dropHere')}
        </p>
        <p className="muted">
          {file ? t('chosenFile', { name: file.name, size: format.number(file.size) }) : t('noFileChosen')}
        </p>
      </div>
      <TextField label={t('titleLabel')} description={t('titleHelp')} value={title} onChange={setTitle} name="title" />
      <Button type="submit" className="button button-primary" isPending={upload.isPending}>
        {t('upload')}
      </Button>
      <div role="status" className="upload-status">
        {upload.isPending && file ? <p>{t('uploading', { name: file.name })}</p> : null}
        {result ? (
          <p className="notice">
            {result.outcome === 'unchanged'
              ? t('uploadedUnchanged', { title: result.source.title, version: result.version.version })
              : t('uploaded', {
                  title: result.source.title,
                  version: result.version.version,
                  count: Array.isArray(result.version.findings) ? result.version.findings.length : 0,
                })}{' '}
            {result.outcome === 'created' ? (
              <Link to={`/knowledge/versions/${result.version.id}`}>{t('openReview')}</Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </Form>
  );
}
