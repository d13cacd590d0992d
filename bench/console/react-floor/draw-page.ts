/**
 * The React floor's page script (bench/console/run.ts bundles it): React alone, with no router,
 * component library, query cache or API call, draws the page the console drew. The page carries
 * that drawing as inert markup (`<template id="lr-page">`); this turns it into React elements and
 * renders them, so what is timed is React's own work for the same elements, in a fresh page.
 */
import { createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** HTML attribute names whose React prop is spelled otherwise. */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  autocomplete: 'autoComplete',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck',
  datetime: 'dateTime',
  crossorigin: 'crossOrigin',
};
/** Attributes that are true by being present; React sets them only for `true`. */
const FLAGS = new Set(['disabled', 'hidden', 'required', 'readonly', 'multiple', 'open', 'novalidate']);
/** Elements that may not be given children. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** `a: b; c-d: e` as React's style object. */
function styleObject(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const rule of text.split(';')) {
    const colon = rule.indexOf(':');
    if (colon < 0) continue;
    const name = rule.slice(0, colon).trim();
    const prop = name.startsWith('--')
      ? name
      : name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
    style[prop] = rule.slice(colon + 1).trim();
  }
  return style;
}

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const props: Record<string, unknown> = { key };
  for (const { name, value } of node.attributes) {
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'value') props.defaultValue = value;
    else if (name === 'checked') props.defaultChecked = true;
    else if (name === 'selected') continue;
    else props[PROP_NAMES[name] ?? name] = FLAGS.has(name) ? true : value;
  }
  const children = VOID.has(node.localName) ? [] : [...node.childNodes].map(toReact);
  return createElement(node.localName, props, ...children);
}

const page = document.querySelector<HTMLTemplateElement>('template#lr-page');
if (page) createRoot(document.body).render([...page.content.childNodes].map(toReact));
