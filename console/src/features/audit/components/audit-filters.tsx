import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { DateField } from '../../../components/date-field.tsx';
import { Section, SelectField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { actorsQuery, auditFacetsQuery, departmentsQuery } from '../api/audit-api.ts';
import { type AuditFilter, EMPTY_FILTER } from '../api/audit-filter.ts';
import { auditMessages } from '../messages.ts';
import { useCodeWords } from './code-words.ts';
import { FacetSelect } from './facet-select.tsx';
import './audit.css';

const ANY = '*';

/** The search form: the filter applies when submitted (Enter in any field, or the button). */
export function AuditFilters({ value, onApply }: { value: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const t = useMessages(auditMessages);
  const { locale } = useI18n();
  const words = useCodeWords();
  const me = useCurrentUser();
  const platformAdmin = me.can('department:create');
  const [draft, setDraft] = useState(value);
  const departments = useQuery({ ...departmentsQuery, enabled: platformAdmin });
  // The actions and entity types of the department searched (platform admins: the one chosen, or all).
  const facets = useQuery(auditFacetsQuery(platformAdmin ? draft.departmentId || undefined : undefined));
  const actors = useQuery({
    ...actorsQuery(platformAdmin ? draft.departmentId || undefined : undefined),
    enabled: me.can('user:read'),
  });
  const set = (key: keyof AuditFilter) => (next: string) => setDraft((current) => ({ ...current, [key]: next }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <Section id="audit-search" title={t('filtersTitle')}>
      <Form onSubmit={submit} validationBehavior="aria">
        <div className="audit-filters">
          <FacetSelect
            label={t('action')}
            description={t('actionHelp')}
            anyLabel={t('anyAction')}
            counts={facets.data?.actions.map(({ action, count }) => ({ code: action, count }))}
            wordsFor={words.action}
            value={draft.action}
            onChange={set('action')}
          />
          <FacetSelect
            label={t('entityType')}
            description={t('entityTypeHelp')}
            anyLabel={t('anyEntityType')}
            counts={facets.data?.entityTypes.map(({ entityType, count }) => ({ code: entityType, count }))}
            wordsFor={words.entityType}
            value={draft.entityType}
            onChange={set('entityType')}
          />
          <SelectField
            label={t('actor')}
            value={draft.actorId || ANY}
            onChange={(id) => set('actorId')(id === ANY ? '' : id)}
            options={actorChoices(
              [
                { id: ANY, label: t('anyone') },
                ...(actors.data ?? []).map((user) => ({ id: user.id, label: user.displayName })),
                { id: 'system', label: t('system') },
                { id: 'cli', label: t('cli') },
              ],
              draft.actorId,
              (id) => t('unlistedActor', { id }),
            )}
          />
          {platformAdmin ? (
            <SelectField
              label={t('department')}
              value={draft.departmentId || ANY}
              onChange={(id) =>
                setDraft((current) => ({ ...current, departmentId: id === ANY ? '' : id, actorId: '' }))
              }
              options={[
                { id: ANY, label: t('allDepartments') },
                ...(departments.data ?? []).map((row) => ({
                  id: row.id,
                  label: locale === 'en' ? row.nameEn : row.nameZh,
                })),
              ]}
            />
          ) : null}
          <DateField label={t('from')} value={draft.from} onChange={set('from')} description={t('dateHelp')} />
          <DateField label={t('to')} value={draft.to} onChange={set('to')} description={t('dateHelp')} />
        </div>
        <div className="audit-filter-actions">
          <Button type="submit" className="button button-primary">
            {t('apply')}
          </Button>
          <Button
            className="button"
            onPress={() => {
              setDraft(EMPTY_FILTER);
              onApply(EMPTY_FILTER);
            }}
          >
            {t('clear')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}

/**
 * The actor choices, with the one the search already has when it is not among them (an old link, a
 * person since moved to another department): shown by id and applied, not a blank select over a
 * filtered list.
 */
function actorChoices(
  listed: { id: string; label: string }[],
  current: string,
  unlisted: (id: string) => string,
): { id: string; label: string }[] {
  return current && !listed.some((choice) => choice.id === current)
    ? [...listed, { id: current, label: unlisted(current) }]
    : listed;
}
