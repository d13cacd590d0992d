import { CheckboxGroup, Label, Text } from 'react-aria-components';
import { useMessages } from '../i18n/index.ts';
import {
  CHECK_SETTINGS,
  CHECKS,
  type GuardPolicy,
  guardAction,
  guardSetting,
  PII_TYPES,
  type Setting,
  STAGES,
  withGuardSetting,
} from '../lib/guard-policy.ts';
import { CHECK_LABEL, guardPolicyMessages, piiTypeLabel, STAGE_LABEL } from './guard-policy-messages.ts';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';
import { Tick } from './tick.tsx';
import './guard-policy-grid.css';

const SCORE_LABEL = {
  threshold: 'settingThreshold',
  minConfidence: 'settingMinConfidence',
  minSupport: 'settingMinSupport',
} as const;

/**
 * The settings of each check a policy sets at this level (the ones GuardPolicyGrid gives an action):
 * scores from 0 to 1, the verdict links are acted on, the kinds of personal data. A check left to the
 * level below keeps that level's settings, so it has none here. `errorOf` gives the server's reason
 * for refusing a setting (`input.injection.threshold`), shown beside it.
 */
export function GuardCheckSettings({
  value,
  onChange,
  errorOf,
}: {
  value: GuardPolicy | null;
  onChange: (value: GuardPolicy | null) => void;
  errorOf?: (path: string) => string | undefined;
}) {
  const t = useMessages(guardPolicyMessages);
  const own = STAGES.flatMap((stage) =>
    CHECKS.filter((check) => guardAction(value, stage, check) !== null).map((check) => ({ stage, check })),
  );
  if (own.length === 0) return null;
  return (
    <div className="guard-settings">
      <p>{t('settingsIntro')}</p>
      {own.map(({ stage, check }) => (
        <fieldset key={`${stage}.${check}`} className="guard-settings-check">
          <legend>{t('settingsLegend', { check: t(CHECK_LABEL[check]), stage: t(STAGE_LABEL[stage]) })}</legend>
          {CHECK_SETTINGS[check].map((setting: Setting) => (
            <SettingField
              key={setting}
              setting={setting}
              current={guardSetting(value, stage, check, setting)}
              onChange={(next) => onChange(withGuardSetting(value, stage, check, setting, next))}
              error={errorOf?.(`${stage}.${check}.${setting}`)}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function SettingField({
  setting,
  current,
  onChange,
  error,
}: {
  setting: Setting;
  current: unknown;
  onChange: (value: unknown) => void;
  error: string | undefined;
}) {
  const t = useMessages(guardPolicyMessages);
  if (setting === 'minVerdict') {
    return (
      <SelectField
        label={t('settingMinVerdict')}
        options={[
          { id: 'phishing', label: t('verdictPhishing') },
          { id: 'suspicious', label: t('verdictSuspicious') },
        ]}
        value={current === 'suspicious' ? 'suspicious' : 'phishing'}
        onChange={onChange}
        error={error}
      />
    );
  }
  if (setting === 'types') {
    const types = Array.isArray(current) ? (current as string[]) : [];
    return (
      <CheckboxGroup
        className="guard-settings-types"
        value={types}
        // None ticked is every kind: the setting is removed rather than sent empty.
        onChange={(next) => onChange(next.length > 0 ? next : undefined)}
        isInvalid={error !== undefined}
        validationBehavior="aria"
      >
        <Label>{t('settingTypes')}</Label>
        <Text slot="description" className="field-help">
          {t('typesAll')}
        </Text>
        <div className="guard-settings-type-list">
          {PII_TYPES.map((type) => (
            <Tick key={type} value={type}>
              {piiTypeLabel(t, type)}
            </Tick>
          ))}
        </div>
        {error ? <p className="field-error">{error}</p> : null}
      </CheckboxGroup>
    );
  }
  const score = typeof current === 'number' ? current : undefined;
  const outOfRange = score !== undefined && !(score >= 0 && score <= 1);
  return (
    <TextField
      label={t(SCORE_LABEL[setting])}
      type="number"
      description={t('scoreDefault')}
      value={score === undefined ? '' : String(score)}
      // Passed on as typed, in range or not: the box shows it, and the server names a wrong one.
      onChange={(text) => onChange(text.trim() === '' ? undefined : Number(text))}
      error={error ?? (outOfRange ? t('scoreOutOfRange') : undefined)}
    />
  );
}
