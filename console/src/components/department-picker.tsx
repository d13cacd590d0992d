import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useI18n } from '../i18n/index.ts';
import './department-picker.css';

export interface PickableDepartment {
  id: string;
  nameEn: string;
  nameZh: string;
}

/**
 * Which department a page shows, for platform admins (everyone else sees their own and gets no
 * picker): a react-aria Select, each name in the officer's language.
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
  const items = departments.map((d) => ({ id: d.id, name: locale === 'en' ? d.nameEn : d.nameZh }));
  return (
    <Select
      className="department-picker"
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
    >
      <Label>{label}</Label>
      <Button className="department-picker-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="department-picker-popover">
        <ListBox items={items}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.name}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
