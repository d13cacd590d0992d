/** What a browser's form sends: form fields, then one file. */
export interface UploadForm {
  fileName: string;
  content: string;
  contentType?: string;
  fields?: Record<string, string>;
}

const BOUNDARY = 'lionrockTestBoundary7MA4YWxk';

/**
 * The inject options of `POST /api/v1/knowledge/sources` with a multipart/form-data body, for
 * tests that upload.
 *
 * @example await f.as('editor', multipartUpload({ fileName: 'faq.jsonl', content: '{"id":"1",...}' }))
 */
export function multipartUpload({ fileName, content, contentType = 'application/x-ndjson', fields = {} }: UploadForm) {
  const parts = Object.entries(fields).flatMap(([name, value]) => [
    `--${BOUNDARY}`,
    `Content-Disposition: form-data; name="${name}"`,
    '',
    value,
  ]);
  const payload = [
    ...parts,
    `--${BOUNDARY}`,
    `Content-Disposition: form-data; name="file"; filename="${fileName}"`,
    `Content-Type: ${contentType}`,
    '',
    content,
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
  return {
    method: 'POST' as const,
    url: '/api/v1/knowledge/sources',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

/** A one-entry FAQ file named after `name`, uploaded with `fields`. */
export function faqUpload(name: string, fields: Record<string, string> = {}) {
  return multipartUpload({
    fileName: `${name}.jsonl`,
    content: `{"id":"1","question":"${name} 點申請？","answer":"網上申請。"}`,
    fields,
  });
}
