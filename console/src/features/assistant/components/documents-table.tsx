import { Button } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useDeleteDocument, type WorkspaceDocument } from '../api/assistant-api.ts';
import { assistantMessages } from '../messages.ts';

const FINDING_LABEL = { injection: 'findingInjection', pii: 'findingPii', url: 'findingUrl' } as const;

/**
 * The workspace's documents: name, type, length, what the guard found at upload, and a delete button.
 * `onDeleted` gets the announcement: the page shows it, since deleting the last document takes this
 * table off the page.
 */
export function DocumentsTable({
  documents,
  onDeleted,
}: {
  documents: readonly WorkspaceDocument[];
  onDeleted: (message: string) => void;
}) {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  const remove = useDeleteDocument();
  const sendRemove = useSendOnce(remove);
  const findingsOf = (document: WorkspaceDocument) => {
    const kinds = new Set(document.findings.flatMap((finding) => finding.kinds));
    return kinds.size === 0 ? t('findingsNone') : format.list([...kinds].map((kind) => t(FINDING_LABEL[kind])));
  };
  return (
    <>
      <table className="data">
        <caption>{t('documentsCaption', { count: format.number(documents.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colSize')}</th>
            <th scope="col">{t('colFindings')}</th>
            <th scope="col">{t('colUploaded')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row">{document.name}</th>
              <td>{document.kind === 'transcript' ? t('kindTranscript') : t('kindDocument')}</td>
              <td>
                {document.pages
                  ? t('pagesAndChars', {
                      pages: format.number(document.pages),
                      chars: format.number(document.textChars),
                    })
                  : t('charsOnly', { chars: format.number(document.textChars) })}
              </td>
              <td>{findingsOf(document)}</td>
              <td>{format.dateTime(document.createdAt)}</td>
              <td>
                <Button
                  className="button button-quiet"
                  isPending={remove.isPending}
                  onPress={() => sendRemove(document.id, () => onDeleted(t('deleted', { name: document.name })))}
                >
                  {t('deleteDocument', { name: document.name })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {remove.isError ? <ProblemMessage error={remove.error} /> : null}
    </>
  );
}
