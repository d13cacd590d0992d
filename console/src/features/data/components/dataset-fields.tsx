import { useQuery } from '@tanstack/react-query';
import { CheckboxGroup, Label, RadioGroup, Text } from 'react-aria-components';
import { FieldError } from 'react-aria-components';
import { Choice, TextField, Tick } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { applicationsQuery, CLASSIFICATIONS, type Classification } from '../api/datasets-api.ts';
import type { DatasetForm } from '../dataset-form.ts';
import { dataMessages } from '../messages.ts';

/**
 * The dataset entry's fields, each with the server's refusal beside it. The short name is asked only
 * when adding (`withName`): it cannot change afterwards.
 */
export function DatasetFields({
  form,
  onChange,
  issues,
  withName,
}: {
  form: DatasetForm;
  onChange: (change: Partial<DatasetForm>) => void;
  /** The server's reasons (`body.retention`…), each shown beside its field. */
  issues: ReadonlyArray<{ field: string; message: string }>;
  withName: boolean;
}) {
  const t = useMessages(dataMessages);
  const { locale } = useI18n();
  const applications = useQuery(applicationsQuery);
  const at = (field: string) => issues.find((issue) => issue.field === `body.${field}`)?.message;
  const applicationError =
    at('applicationIds') ?? form.applicationIds.map((_, i) => at(`applicationIds.${i}`)).find(Boolean);
  return (
    <>
      {withName ? (
        <TextField
          label={t('nameLabel')}
          description={t('nameHelp')}
          isRequired
          value={form.name}
          onChange={(name) => onChange({ name })}
          error={at('name')}
        />
      ) : null}
      <TextField
        label={t('titleEnLabel')}
        isRequired
        inputLang="en"
        value={form.titleEn}
        onChange={(titleEn) => onChange({ titleEn })}
        error={at('titleEn')}
      />
      <TextField
        label={t('titleZhLabel')}
        isRequired
        inputLang="zh-Hant"
        value={form.titleZhHant}
        onChange={(titleZhHant) => onChange({ titleZhHant })}
        error={at('titleZhHant')}
      />
      <TextField
        label={t('descriptionLabel')}
        multiline
        rows={3}
        value={form.description}
        onChange={(description) => onChange({ description })}
        error={at('description')}
      />
      <TextField
        label={t('ownerLabel')}
        description={t('ownerHelp')}
        isRequired
        value={form.owner}
        onChange={(owner) => onChange({ owner })}
        error={at('owner')}
      />
      <RadioGroup
        className="field"
        value={form.classification}
        onChange={(classification) => onChange({ classification: classification as Classification })}
        orientation="horizontal"
        isInvalid={at('classification') !== undefined}
        validationBehavior="aria"
      >
        <Label className="data-group-label">{t('classificationLabel')}</Label>
        <div className="data-choices">
          {CLASSIFICATIONS.map((c) => (
            <Choice key={c} value={c}>
              {t(`classification_${c}`)}
            </Choice>
          ))}
        </div>
        <FieldError className="field-error">{at('classification')}</FieldError>
      </RadioGroup>
      <Tick isSelected={form.personalData} onChange={(personalData) => onChange({ personalData })}>
        {t('personalDataLabel')}
      </Tick>
      {form.personalData ? (
        <TextField
          label={t('kindsLabel')}
          description={t('kindsHelp')}
          isRequired
          value={form.personalDataKinds}
          onChange={(personalDataKinds) => onChange({ personalDataKinds })}
          error={at('personalDataKinds')}
        />
      ) : null}
      <TextField
        label={t('retentionLabel')}
        description={t('retentionHelp')}
        isRequired
        value={form.retention}
        onChange={(retention) => onChange({ retention })}
        error={at('retention')}
      />
      <TextField
        label={t('sourceSystemsLabel')}
        description={t('sourceSystemsHelp')}
        multiline
        rows={2}
        value={form.sourceSystems}
        onChange={(sourceSystems) => onChange({ sourceSystems })}
        error={at('sourceSystems')}
      />
      <CheckboxGroup
        className="field"
        value={form.applicationIds}
        onChange={(applicationIds) => onChange({ applicationIds })}
        isInvalid={applicationError !== undefined}
        validationBehavior="aria"
      >
        <Label className="data-group-label">{t('applicationsLabel')}</Label>
        {(applications.data ?? []).length === 0 ? (
          <Text slot="description">{t('noApplications')}</Text>
        ) : (
          <div className="data-choices">
            {(applications.data ?? []).map((application) => (
              <Tick key={application.id} value={application.id}>
                {locale === 'en' ? application.name.en : application.name.zhHant}
              </Tick>
            ))}
          </div>
        )}
        <FieldError className="field-error">{applicationError}</FieldError>
      </CheckboxGroup>
    </>
  );
}
