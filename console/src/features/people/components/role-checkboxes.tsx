import { useId } from 'react';
import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { Tick } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import type { Role } from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import './people.css';

/** The roles as a labelled checkbox group, each with one line saying what it allows. */
export function RoleCheckboxes({
  roles,
  value,
  onChange,
  error,
}: {
  roles: readonly Role[];
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}) {
  const t = useMessages(peopleMessages);
  const id = useId();
  return (
    <CheckboxGroup
      className="people-roles"
      value={value}
      onChange={(next) => onChange(next as Role[])}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="people-roles-label">{t('roles')}</Label>
      <Text slot="description" className="muted">
        {t('rolesHelp')}
      </Text>
      {roles.map((role) => (
        <div className="people-role" key={role}>
          <Tick value={role} aria-describedby={`${id}-${role}`}>
            <strong>{t(`role_${role}`)}</strong>
          </Tick>
          <p className="people-role-help" id={`${id}-${role}`}>
            {t(`roleHelp_${role}`)}
          </p>
        </div>
      ))}
      <FieldError className="field-error">{error}</FieldError>
    </CheckboxGroup>
  );
}
