/**
 * The shared parts, for feature pages. The always-loaded shell (app/, the session gate) imports its
 * parts by file instead: a component that imports CSS counts as a side effect, so this barrel would
 * pull every component (and react-aria's Select, overlays…) into the first script. The date field
 * (react-aria's date segments and calendar code, about 20 KB gzip) is imported by file too, by the
 * pages that have one: through here it would join the chunk every page loads. So is the guard policy grid and its words (the bot editor and the
 * guard page), for the same reason.
 */
export { LanguageSwitch } from './language-switch.tsx';
export { InlineList } from './inline-list.tsx';
export { MessageWithData } from './message-with-data.tsx';
export { Said, SaidList } from './said.tsx';
export { Page, Section } from './page.tsx';
export { ProblemMessage } from './problem-message.tsx';
export { QueryView } from './query-view.tsx';
export { TextField } from './text-field.tsx';
export { Choice, Tick } from './tick.tsx';
export { ToggleChoices } from './toggle-choices.tsx';
export { OnOffSwitch } from './on-off-switch.tsx';
export { OthersChanged } from './others-changed.tsx';
export { SelectField, type SelectOption } from './select-field.tsx';
export { DepartmentPicker, type PickableDepartment } from './department-picker.tsx';
export { ChartNumbers } from './chart-numbers.tsx';
export { LazyDayBars } from './lazy-day-bars.tsx';
export type { DayBarSeries } from './day-bars.tsx';
export { usePersonName } from './person-name.ts';
