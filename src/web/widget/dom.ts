/// <reference lib="dom" />
import type { UiLanguage } from './ui-text.ts';

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text is always set as text, never parsed as HTML,
 * so answers and citations from the server cannot inject markup.
 *
 * @example h('button', { type: 'button', 'aria-pressed': 'false' }, 'EN')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * Keeps language-dependent parts of the widget in step with the 繁/EN switch: each binding renders
 * once now and again on every switch, in place, so focus and the conversation stay where they are.
 */
export class Localizer {
  #language: UiLanguage;
  readonly #bindings: Array<(language: UiLanguage) => void> = [];

  constructor(language: UiLanguage) {
    this.#language = language;
  }

  get language(): UiLanguage {
    return this.#language;
  }

  bind(render: (language: UiLanguage) => void): void {
    render(this.#language);
    this.#bindings.push(render);
  }

  set(language: UiLanguage): void {
    if (language === this.#language) return;
    this.#language = language;
    for (const render of this.#bindings) render(language);
  }
}
