/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/// <reference lib="dom.asynciterable" />
// The widget runs in browsers: these libs join the program (tsc adds them globally). The iterable ones keep
// Node code that iterates web streams (knowledge/safe-fetch) typing the same as under Node's own types.
/**
 * `<lionrock-chat bot="demo-1823" lang="zh-Hant|en" api="https://…">`: the citizen chat widget a
 * department pastes into any page with `<script src="https://<lionrock>/widget.js" defer></script>`.
 * Everything lives in a shadow root, talks only to its own LionRock server, and follows WCAG 2.1 AA:
 * labelled controls, a live conversation log, visible focus, no colour-only cues, reflow at 200%.
 */
import { type Answer, ChatApi, type FailureKind, type PublicBot } from './chat-api.ts';
import { h, Localizer } from './dom.ts';
import { renderAnswer } from './answer-view.ts';
import { failureMessage } from './failure-message.ts';
import { languageTag, otherLanguage, parseUiLanguage, spaceAfter, uiText } from './ui-text.ts';
import { WIDGET_CSS } from './widget-styles.ts';

type StatusKey = 'emptyQuestion' | 'thinking' | 'answered';

/** Where this script was served from: the widget calls the same server unless told otherwise. */
const SCRIPT_BASE = scriptBase();
let instances = 0;

export class LionRockChat extends HTMLElement {
  static readonly observedAttributes = ['lang'];

  readonly #root: ShadowRoot;
  readonly #localizer = new Localizer(parseUiLanguage(this.getAttribute('lang')));
  readonly #id = `lr${++instances}`;
  #api: ChatApi | null = null;
  #bot: PublicBot | null = null;
  #sessionId: string | null = null;
  #answers = 0;
  #pending = false;
  #started = false;
  /** What the status line says, by key, so it follows a language switch. */
  #statusKey: StatusKey | null = null;
  #parts: {
    title: HTMLElement;
    intro: HTMLElement;
    log: HTMLElement;
    form: HTMLFormElement;
    question: HTMLTextAreaElement;
    send: HTMLButtonElement;
    status: HTMLElement;
  } | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    if (!this.hasAttribute('lang')) this.setAttribute('lang', 'zh-Hant');
    const bot = this.getAttribute('bot') ?? '';
    this.#api = new ChatApi(this.getAttribute('api') || SCRIPT_BASE, bot);
    this.#render();
    void this.#loadBot();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'lang') this.#localizer.set(parseUiLanguage(value));
  }

  #render(): void {
    const localizer = this.#localizer;
    const id = this.#id;
    const title = h('h2', { id: `${id}-title` });
    const switcher = h('div', { class: 'switch', role: 'group' });
    // The visible label is the accessible name (WCAG 2.5.3): each language in its own words.
    for (const [language, name] of [
      ['zh', '繁體中文'],
      ['en', 'English'],
    ] as const) {
      const button = h('button', { type: 'button', lang: languageTag(language) }, name);
      button.addEventListener('click', () => this.setAttribute('lang', language === 'zh' ? 'zh-Hant' : 'en'));
      localizer.bind((current) => button.setAttribute('aria-pressed', String(current === language)));
      switcher.append(button);
    }

    const intro = h('div', { class: 'intro' }, h('p', { class: 'greeting' }));
    const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions' });
    const hintId = `${id}-hint`;
    const question = h('textarea', {
      id: `${id}-question`,
      name: 'question',
      rows: '2',
      maxlength: '1000',
      autocomplete: 'off',
      'aria-describedby': hintId,
    });
    const label = h('label', { for: question.id });
    const hint = h('p', { class: 'hint', id: hintId });
    const send = h('button', { type: 'submit' });
    const status = h('p', { class: 'status', role: 'status' });
    const form = h('form', { class: 'ask' }, label, hint, h('div', { class: 'row' }, question, send), status);

    localizer.bind((language) => {
      switcher.setAttribute(
        'aria-label',
        `${uiText(language, 'languageGroup')} / ${uiText(otherLanguage(language), 'languageGroup')}`,
      );
      log.setAttribute('aria-label', uiText(language, 'conversation'));
      label.textContent = uiText(language, 'questionLabel');
      hint.textContent = uiText(language, 'questionHint');
      send.textContent = uiText(language, 'send');
      status.textContent = this.#statusKey ? uiText(language, this.#statusKey) : '';
      if (!this.#bot) title.textContent = uiText(language, 'loading');
    });

    question.addEventListener('keydown', (event) => {
      // Enter sends, but never while an input method is composing Chinese characters.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#ask();
    });

    const panel = h(
      'section',
      { class: 'panel', 'aria-labelledby': title.id },
      h('header', {}, title, switcher),
      intro,
      log,
      form,
    );
    this.#root.replaceChildren(panel);
    applyStyles(this.#root);
    this.#parts = { title, intro, log, form, question, send, status };
  }

  async #loadBot(): Promise<void> {
    const parts = this.#parts;
    if (!parts || !this.#api) return;
    parts.send.disabled = true;
    const result = await this.#api.bot();
    if (!result.ok) {
      const kind = await this.#explainFailure(result.kind);
      parts.title.textContent = this.getAttribute('bot') ?? '';
      parts.intro.replaceChildren(h('div', { role: 'alert' }, failureMessage(kind, this.#localizer.language)));
      return;
    }
    const bot = result.value;
    this.#bot = bot;
    const disclosureText = h('span', {});
    // "AI" is shown; "AI notice" is read: a label on a role-less span is not announced.
    const badgeText = h('span', { 'aria-hidden': 'true' });
    const badgeName = h('span', { class: 'vh' });
    const badge = h('span', { class: 'badge' }, badgeText, badgeName);
    // The AI disclosure links the public transparency notice (issue #18), in a new window: the chat stays.
    const noticeText = h('span', {});
    const noticeHint = h('span', { class: 'vh' });
    const notice = bot.transparency
      ? h(
          'a',
          { href: this.#api.url(bot.transparency), target: '_blank', rel: 'noopener', class: 'notice' },
          noticeText,
          noticeHint,
        )
      : null;
    const noticeGap = h('span', {});
    const disclosure = h('p', { class: 'disclosure' }, badge, disclosureText, notice ? noticeGap : null, notice);
    const greeting = h('p', { class: 'greeting' });
    this.#localizer.bind((language) => {
      parts.title.textContent = bot.name[language];
      badgeText.textContent = uiText(language, 'aiBadge');
      badgeName.textContent = `${uiText(language, 'disclosureLabel')}: `;
      disclosureText.textContent = bot.disclosure[language];
      noticeGap.textContent = spaceAfter(bot.disclosure[language]);
      noticeText.textContent = uiText(language, 'transparencyNotice');
      noticeHint.textContent = ` ${uiText(language, 'opensNewWindow')}`;
      greeting.textContent = bot.greeting[language];
    });
    parts.intro.replaceChildren(disclosure, greeting);
    parts.send.disabled = false;
  }

  async #ask(): Promise<void> {
    const parts = this.#parts;
    const api = this.#api;
    if (!parts || !api || this.#pending) return;
    const text = parts.question.value.trim();
    if (!text) {
      this.#setStatus('emptyQuestion');
      parts.question.focus();
      return;
    }
    this.#pending = true;
    parts.send.disabled = true;
    parts.log.setAttribute('aria-busy', 'true');
    this.#setStatus('thinking');
    parts.question.value = '';
    this.#append(this.#userMessage(text));

    const result = await api.ask(text, this.#sessionId);
    this.#pending = false;
    parts.send.disabled = false;
    parts.log.removeAttribute('aria-busy');
    const now = this.#localizer.language;
    if (!result.ok) {
      this.#setStatus(null);
      if (!parts.question.value) parts.question.value = text;
      this.#append(h('div', { class: 'message bot' }, failureMessage(result.kind, now)));
      return;
    }
    this.#sessionId = result.value.sessionId;
    this.#setStatus('answered');
    this.#append(this.#answer(result.value));
  }

  #setStatus(key: StatusKey | null): void {
    this.#statusKey = key;
    if (this.#parts) this.#parts.status.textContent = key ? uiText(this.#localizer.language, key) : '';
  }

  /**
   * A failed first call from another site's page is most often CORS: the browser reports it as a
   * network error. If the server answers anyway, tell the integrator which setting to change, and
   * the citizen only that the chat is not available here.
   */
  async #explainFailure(kind: FailureKind): Promise<FailureKind> {
    const api = this.#api;
    if (kind !== 'network' || !api || api.origin === location.origin || !(await api.reachable())) return kind;
    console.error(
      `<lionrock-chat bot="${this.getAttribute('bot') ?? ''}">: ${api.origin} refused this page's origin ` +
        `(${location.origin}). Add "${location.origin}" to the allowed origins (corsOrigins) of the department ` +
        'that owns this bot, e.g. PATCH /api/v1/departments/{id} {"corsOrigins": [...]} as its administrator.',
    );
    return 'not_allowed_here';
  }

  #answer(answer: Answer): HTMLElement {
    const bot = this.#bot;
    return renderAnswer(answer, {
      api: this.#api as ChatApi,
      localizer: this.#localizer,
      idPrefix: `${this.#id}-a${++this.#answers}`,
      fallback: bot?.fallback ?? { zh: '', en: '' },
    });
  }

  #userMessage(text: string): HTMLElement {
    const who = h('span', { class: 'who' });
    this.#localizer.bind((language) => {
      who.textContent = uiText(language, 'you');
    });
    return h('div', { class: 'message user' }, who, h('div', { class: 'text' }, text));
  }

  #append(message: HTMLElement): void {
    const log = this.#parts?.log;
    if (!log) return;
    log.append(message);
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1); only once it has content.
    log.tabIndex = 0;
    log.scrollTop = message.offsetTop - log.offsetTop;
  }
}

/** Constructable stylesheets need no `style-src 'unsafe-inline'` on the embedding page; older browsers get a `<style>`. */
function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(h('style', {}, WIDGET_CSS));
  }
}

function scriptBase(): string {
  const script = document.currentScript;
  const src = script instanceof HTMLScriptElement ? script.src : '';
  if (!src) return location.origin;
  const url = new URL(src);
  return `${url.origin}${url.pathname.replace(/\/widget\.js$/, '')}`;
}

if (!customElements.get('lionrock-chat')) customElements.define('lionrock-chat', LionRockChat);
