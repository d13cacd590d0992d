export { LanguageSwitch } from './language-switch.tsx';
export { Page, Section } from './page.tsx';
export { ProblemMessage } from './problem-message.tsx';
export { QueryView } from './query-view.tsx';
export { TextField } from './text-field.tsx';
export { SelectField, type SelectOption } from './select-field.tsx';
export { DateField } from './date-field.tsx';
export { DepartmentPicker, type PickableDepartment } from './department-picker.tsx';
