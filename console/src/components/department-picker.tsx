import { useI18n } from '../i18n/index.ts';
import { SelectField } from './select-field.tsx';

export interface PickableDepartment {
  id: string;
  nameEn: string;
  nameZh: string;
}

/**
 * Which department a page shows, for platform admins (everyone else sees their own and gets no
 * picker): a SelectField, each name in the officer's language.
 */
export function DepartmentPicker({
  label,
  departments,
  value,
  onChange,
}: {
  label: string;
  departments: readonly PickableDepartment[];
  value: string;
  onChange: (departmentId: string) => void;
}) {
  const { locale } = useI18n();
  const options = departments.map((d) => ({ id: d.id, label: locale === 'en' ? d.nameEn : d.nameZh }));
  return <SelectField label={label} options={options} value={value} onChange={onChange} />;
}
