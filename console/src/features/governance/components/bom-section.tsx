import { useQuery } from '@tanstack/react-query';
import { QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { type Bom, type BomChange, bomChangesQuery, bomDownloadPath, bomQuery } from '../api/bom-api.ts';
import { bomMessages } from '../bom-messages.ts';
import { useBilingual } from '../localized.ts';

type Component = Bom['components'][number] & {
  group?: string;
  supplier?: { name?: string };
  hashes?: { alg: string; content: string }[];
  properties?: { name: string; value: string }[];
  components?: unknown[];
};

const prop = (component: Component, name: string) =>
  component.properties?.find((p) => p.name === `lionrock:${name}`)?.value;

/**
 * The application's AI bill of materials: its models (with what providers reported, first and
 * last seen), data (with content hashes and approvers), providers and the platform's packages, a
 * download of the CycloneDX document, and the changes recorded with their dates.
 */
export function BomSection({ applicationId }: { applicationId: string }) {
  const t = useMessages(bomMessages);
  const bom = useQuery(bomQuery(applicationId));
  const changes = useQuery(bomChangesQuery(applicationId));
  return (
    <Section id="bom" title={t('sectionBom')}>
      <p>{t('bomIntro')}</p>
      <p>
        <a className="button" href={bomDownloadPath(applicationId)} download={`application-${applicationId}.cdx.json`}>
          {t('download')}
        </a>
      </p>
      <QueryView query={bom}>{(document) => <ComponentsTable bom={document} />}</QueryView>
      <QueryView query={changes}>{(history) => <ChangesTable changes={history.changes} />}</QueryView>
    </Section>
  );
}

function ComponentsTable({ bom }: { bom: Bom }) {
  const t = useMessages(bomMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const components = bom.components as Component[];
  const lionrock = components.find((c) => c['bom-ref'] === 'lionrock');
  const shown = components.filter((c) => c.type === 'machine-learning-model' || c.type === 'data');
  const evidence = (c: Component) => {
    const first = prop(c, 'model:first-seen');
    const last = prop(c, 'model:last-seen');
    if (first && last) return t('seen', { first: format.dateTime(first), last: format.dateTime(last) });
    const approver = prop(c, 'knowledge:approver');
    const hash = c.hashes?.find((h) => h.alg === 'SHA-256')?.content;
    return [hash ? t('sha', { hash: hash.slice(0, 12) }) : '', approver ? t('approvedBy', { name: approver }) : '']
      .filter(Boolean)
      .join(common('clauseSeparator'));
  };
  return (
    <>
      <table className="data">
        <caption>{t('componentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colVersion')}</th>
            <th scope="col">{t('colSupplier')}</th>
            <th scope="col">{t('colEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c['bom-ref']}>
              <td className="gov-nowrap">{c.type === 'data' ? t('kindData') : t('kindModel')}</td>
              <th scope="row">{c.name}</th>
              <td>{c.version ? <code>{c.version}</code> : ''}</td>
              <td>{c.supplier?.name ?? c.group ?? ''}</td>
              <td>{evidence(c)}</td>
            </tr>
          ))}
          {(bom.services as { 'bom-ref': string; name: string; endpoints?: string[] }[]).map((s) => (
            <tr key={s['bom-ref']}>
              <td className="gov-nowrap">{t('kindService')}</td>
              <th scope="row">{s.name}</th>
              <td />
              <td>{s.name}</td>
              <td>{format.list(s.endpoints ?? [])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lionrock ? (
        <p>{t('packages', { version: lionrock.version ?? '', count: String(lionrock.components?.length ?? 0) })}</p>
      ) : null}
    </>
  );
}

function ChangesTable({ changes }: { changes: readonly BomChange[] }) {
  const t = useMessages(bomMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  if (changes.length === 0) return <p>{t('noChanges')}</p>;
  return (
    <table className="data">
      <caption>{t('changesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colDate')}</th>
          <th scope="col">{t('colChange')}</th>
          <th scope="col">{t('colSignificant')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.id}>
            <td className="gov-nowrap">{format.dateTime(change.changedAt)}</td>
            <th scope="row">{pick(change.summary)}</th>
            <td>{change.baseline ? t('baseline') : change.significant ? t('significantYes') : t('significantNo')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
