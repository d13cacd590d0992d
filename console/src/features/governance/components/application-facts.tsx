import { Link } from 'react-router';
import { MessageWithData, SaidList } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { Application, CatalogueEntry } from '../api/catalogue-api.ts';
import { valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/**
 * An application's facts on its page: purpose, status, what it uses. The kinds of personal data and
 * the data sources are the registering officer's words, in either language: each is marked with its
 * own, in a list joined in the page's ("photo、name及地址").
 */
export function ApplicationFacts({
  entry,
  application,
}: {
  entry: CatalogueEntry;
  /** The department's own application, with the fields the catalogue does not share; undefined elsewhere. */
  application: Pick<Application, 'personalDataKinds' | 'dataSources'> | undefined;
}) {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  return (
    <dl className="gov-facts">
      <dt>{t('purpose')}</dt>
      <dd>{pick(entry.purpose)}</dd>
      <dt>{t('colStatus')}</dt>
      <dd>{t(valueKey('status', entry.status))}</dd>
      <dt>{t('lifecycleStage')}</dt>
      <dd>{t(valueKey('lifecycle', entry.lifecycleStage))}</dd>
      <dt>{t('publicFacing')}</dt>
      <dd>{entry.publicFacing ? t('yesWord') : t('noWord')}</dd>
      <dt>{t('generative')}</dt>
      <dd>{entry.generative ? t('yesWord') : t('noWord')}</dd>
      <dt>{t('personalData')}</dt>
      <dd>
        {entry.personalData ? t('yesWord') : t('noWord')}
        {application?.personalDataKinds.length ? (
          <MessageWithData
            template={common('inBrackets')}
            data={{ text: <SaidList items={application.personalDataKinds} /> }}
          />
        ) : null}
      </dd>
      {entry.models.length > 0 ? (
        <>
          <dt>{t('models')}</dt>
          <dd>{format.list(entry.models.map((m) => `${m.provider}/${m.model}`))}</dd>
        </>
      ) : null}
      {application?.dataSources.length ? (
        <>
          <dt>{t('dataSources')}</dt>
          <dd>
            <SaidList items={application.dataSources} />
          </dd>
        </>
      ) : null}
      {entry.botId ? (
        <>
          <dt>{t('bot')}</dt>
          <dd>
            <Link to={`/bots/${entry.botId}`}>{entry.botId}</Link>
          </dd>
        </>
      ) : null}
      {entry.reusedFrom ? (
        <>
          <dt>{t('reusedFrom')}</dt>
          <dd>
            <Link to={`/governance/applications/${entry.reusedFrom}`}>{entry.reusedFrom}</Link>
          </dd>
        </>
      ) : null}
      <dt>{t('colWhen')}</dt>
      <dd>{format.dateTime(entry.updatedAt)}</dd>
    </dl>
  );
}
