export { LanguageSwitch } from './language-switch.tsx';
export { Page, Section } from './page.tsx';
export { ProblemMessage } from './problem-message.tsx';
export { QueryView } from './query-view.tsx';
export { TextField } from './text-field.tsx';
