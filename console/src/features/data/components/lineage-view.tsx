import { Link } from 'react-router';
import { MessageWithData, SaidList } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { Dataset } from '../api/datasets-api.ts';
import { dataMessages } from '../messages.ts';

export interface LineageNames {
  /** An application's name in the officer's language, by id (absent: not visible to the officer). */
  application: (id: string) => string | undefined;
  /** A knowledge source's title, by id. */
  source: (id: string) => string | undefined;
}

/**
 * A dataset's lineage drawn left to right — source systems → the dataset → the knowledge sources and
 * AI applications that use it — as an ordered list of stages (a screen reader reads it in order; the
 * arrows are decoration), after a one-sentence text equivalent.
 */
export function LineageView({ dataset, names }: { dataset: Dataset; names: LineageNames }) {
  const t = useMessages(dataMessages);
  const { locale, format } = useI18n();
  const title = locale === 'en' ? dataset.titleEn : dataset.titleZhHant;
  const unknown = (id: string) => t('unknownItem', { id });
  return (
    <>
      <p id="lineage-summary">
        <MessageWithData
          template={t('lineageSummary')}
          data={{
            sources:
              dataset.sourceSystems.length > 0 ? <SaidList items={dataset.sourceSystems} /> : t('lineageNoSources'),
            dataset: title,
            knowledgeCount: format.number(dataset.knowledgeSourceIds.length),
            applicationCount: format.number(dataset.applicationIds.length),
          }}
        />
      </p>
      <ol className="data-lineage" aria-describedby="lineage-summary">
        <Stage title={t('lineageStageSources')} items={dataset.sourceSystems.map((s) => ({ key: s, label: s }))} />
        <Stage title={t('lineageStageDataset')} items={[{ key: dataset.id, label: title }]} arrow emphasis />
        <Stage
          title={t('lineageStageKnowledge')}
          arrow
          items={dataset.knowledgeSourceIds.map((id) => ({
            key: id,
            label: names.source(id) ?? unknown(id),
            ...(names.source(id) ? { to: `/knowledge/sources/${id}` } : {}),
          }))}
        />
        <Stage
          title={t('lineageStageApplications')}
          arrow
          items={dataset.applicationIds.map((id) => ({
            key: id,
            label: names.application(id) ?? unknown(id),
            ...(names.application(id) ? { to: `/governance/applications/${id}` } : {}),
          }))}
        />
      </ol>
    </>
  );
}

function Stage({
  title,
  items,
  arrow,
  emphasis,
}: {
  title: string;
  items: ReadonlyArray<{ key: string; label: string; to?: string }>;
  arrow?: boolean;
  emphasis?: boolean;
}) {
  const t = useMessages(dataMessages);
  return (
    <li>
      {arrow ? (
        <span className="data-lineage-arrow" aria-hidden="true">
          →
        </span>
      ) : null}
      <section
        className={emphasis ? 'data-lineage-stage data-lineage-dataset' : 'data-lineage-stage'}
        aria-label={title}
      >
        <h3>{title}</h3>
        {items.length === 0 ? (
          <p className="muted">{t('lineageNone')}</p>
        ) : (
          <ul>
            {items.map((item) => (
              <li key={item.key}>{item.to ? <Link to={item.to}>{item.label}</Link> : item.label}</li>
            ))}
          </ul>
        )}
      </section>
    </li>
  );
}
