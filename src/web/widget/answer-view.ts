/// <reference lib="dom" />
import type { Answer, ChatApi, Citation } from './chat-api.ts';
import { h, type Localizer } from './dom.ts';
import { failureMessage } from './failure-message.ts';
import { joined, spaceAfter, statusText, type TextKey, uiText } from './ui-text.ts';

/** What an answer's controls need from the widget around them. */
export interface AnswerContext {
  api: ChatApi;
  localizer: Localizer;
  /** A prefix unique to this widget instance and answer, for ids inside the shadow root. */
  idPrefix: string;
  /** The bot's fallback contact in both languages, shown when the bot could not answer. */
  fallback: { zh: string; en: string };
}

const REASONS: ReadonlyArray<{ code: string; key: TextKey }> = [
  { code: 'incorrect', key: 'reasonIncorrect' },
  { code: 'unclear', key: 'reasonUnclear' },
  { code: 'outdated', key: 'reasonOutdated' },
  { code: 'incomplete', key: 'reasonIncomplete' },
  { code: 'not_relevant', key: 'reasonNotRelevant' },
];

/** One bot answer: text with linked citation markers, its sources, a handoff notice and feedback buttons. */
export function renderAnswer(answer: Answer, context: AnswerContext): HTMLElement {
  const { localizer } = context;
  const tag = answer.language === 'en' ? 'en' : answer.language === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant-HK';
  const label = h('span', { class: 'who' });
  localizer.bind((language) => {
    label.textContent = uiText(language, 'bot');
  });
  const article = h(
    'article',
    { class: `message bot outcome-${answer.outcome}`, 'data-outcome': answer.outcome },
    label,
    h('div', { class: 'text', lang: tag }, ...answerText(answer.answer, answer.citations, localizer)),
  );
  if (answer.citations.length > 0) article.append(renderSources(answer.citations, context));
  // Small talk is not a failure to answer: no pointer to the fallback channel.
  // Nor when the answer already gave the bot's other ways to get help: said once, not twice.
  const says = (line: string) => line !== '' && answer.answer.includes(line);
  if (
    answer.outcome !== 'answered' &&
    answer.outcome !== 'small_talk' &&
    !says(context.fallback.zh) &&
    !says(context.fallback.en)
  ) {
    const fallback = h('p', { class: 'fallback' });
    localizer.bind((language) => {
      fallback.textContent = joined(uiText(language, 'fallbackLabel'), context.fallback[language]);
    });
    if (context.fallback.zh || context.fallback.en) article.append(fallback);
  }
  if (answer.handoff) {
    article.append(renderHandoff(answer.handoff.reference, answer.sessionId, says(answer.handoff.reference), context));
  }
  article.append(renderFeedback(answer, context));
  return article;
}

/** Splits the answer at its `[n]` markers; a marker with a citation becomes a link to that source. */
function answerText(text: string, citations: Citation[], localizer: Localizer): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d{1,3})\]/g)) {
    const citation = citations.find((c) => c.n === Number(match[1]));
    if (!citation) continue;
    const index = match.index;
    if (index > last) nodes.push(document.createTextNode(text.slice(last, index)));
    nodes.push(citationMarker(citation, localizer));
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

/**
 * `[n]` as shown, and "Source n: title (opens in a new window)" as read: the words are hidden text
 * after the visible label, so the accessible name starts with what is seen (WCAG 2.5.3) and no
 * role-less span carries an `aria-label`.
 */
function citationMarker(citation: Citation, localizer: Localizer): HTMLElement {
  const href = safeUrl(citation.url);
  const spoken = h('span', { class: 'vh' });
  const marker = href
    ? h('a', { class: 'cite', href, target: '_blank', rel: 'noopener noreferrer' }, `[${citation.n}]`, spoken)
    : h('span', { class: 'cite' }, `[${citation.n}]`, spoken);
  localizer.bind((language) => {
    const name = uiText(language, 'sourceLink', { n: citation.n, title: citation.title });
    spoken.textContent = ` ${href ? `${name} ${uiText(language, 'opensNewWindow')}` : name}`;
    marker.title = citation.title;
  });
  return marker;
}

function renderSources(citations: Citation[], context: AnswerContext): HTMLElement {
  const headingId = `${context.idPrefix}-sources`;
  const heading = h('p', { class: 'sources-heading', id: headingId });
  context.localizer.bind((language) => {
    heading.textContent = uiText(language, 'sources');
  });
  const list = h('ol', { class: 'sources', 'aria-labelledby': headingId });
  for (const citation of [...citations].sort((a, b) => a.n - b.n)) {
    const href = safeUrl(citation.url);
    const title = href
      ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, citation.title)
      : h('span', {}, citation.title);
    const item = h('li', { value: String(citation.n) }, title);
    if (citation.excerpt) item.append(h('p', { class: 'excerpt' }, citation.excerpt));
    list.append(item);
  }
  return h('div', {}, heading, list);
}

/**
 * The case opened for this answer: its reference (unless the answer already states it: shown once)
 * and a button to check for the staff's reply.
 */
function renderHandoff(reference: string, sessionId: string, inAnswer: boolean, context: AnswerContext): HTMLElement {
  const { api, localizer } = context;
  const title = h('p', { class: 'handoff-title' });
  const text = h('span', {});
  const result = h('div', { class: 'handoff-result', 'aria-live': 'polite' });
  const check = h('button', { type: 'button', class: 'secondary' });
  localizer.bind((language) => {
    title.textContent = uiText(language, 'handoffTitle');
    const label = uiText(language, 'handoffText');
    text.textContent = `${label}${spaceAfter(label)}`;
    check.textContent = uiText(language, 'checkReply');
  });
  check.addEventListener('click', async () => {
    const language = localizer.language;
    check.disabled = true;
    result.replaceChildren(h('p', {}, uiText(language, 'checking')));
    const status = await api.handoff(reference, sessionId);
    check.disabled = false;
    const now = localizer.language;
    if (!status.ok) {
      result.replaceChildren(failureMessage(status.kind, now));
      return;
    }
    const progress = h('p', {}, joined(uiText(now, 'handoffStatus'), statusText(now, status.value.status)));
    result.replaceChildren(
      progress,
      status.value.reply
        ? h('div', { class: 'staff-reply' }, h('strong', {}, uiText(now, 'staffReply')), h('p', {}, status.value.reply))
        : h('p', {}, uiText(now, 'noReplyYet')),
    );
  });
  return h(
    'div',
    { class: 'handoff' },
    title,
    inAnswer ? null : h('p', {}, text, h('strong', { class: 'reference' }, reference)),
    check,
    result,
  );
}

function renderFeedback(answer: Answer, context: AnswerContext): HTMLElement {
  const { api, localizer, idPrefix } = context;
  const questionId = `${idPrefix}-feedback`;
  const formId = `${idPrefix}-reasons`;
  const question = h('span', { id: questionId, class: 'feedback-question' });
  const up = h('button', { type: 'button', class: 'thumb', 'aria-pressed': 'false' });
  const down = h('button', {
    type: 'button',
    class: 'thumb',
    'aria-expanded': 'false',
    'aria-controls': formId,
  });
  // Words, not thumb emoji: many systems (and screen readers) render emoji poorly.
  const upText = h('span', {});
  const downText = h('span', {});
  up.append(upText);
  down.append(downText);
  const legend = h('legend', {});
  const boxes = REASONS.map((reason) => {
    const id = `${idPrefix}-reason-${reason.code}`;
    const input = h('input', { type: 'checkbox', id, value: reason.code });
    const text = h('label', { for: id });
    localizer.bind((language) => {
      text.textContent = uiText(language, reason.key);
    });
    return { input, row: h('div', { class: 'reason' }, input, text) };
  });
  const commentId = `${idPrefix}-comment`;
  const commentLabel = h('label', { for: commentId });
  const comment = h('textarea', { id: commentId, rows: '2', maxlength: '500' });
  const submit = h('button', { type: 'submit' });
  const form = h(
    'form',
    { id: formId, class: 'reasons', hidden: true },
    h('fieldset', {}, legend, ...boxes.map((box) => box.row)),
    commentLabel,
    comment,
    submit,
  );
  const outcome = h('div', { class: 'feedback-outcome', role: 'status' });
  localizer.bind((language) => {
    question.textContent = uiText(language, 'feedbackGroup');
    upText.textContent = uiText(language, 'helpful');
    downText.textContent = uiText(language, 'notHelpful');
    legend.textContent = uiText(language, 'reasonsLegend');
    commentLabel.textContent = uiText(language, 'commentLabel');
    submit.textContent = uiText(language, 'submitFeedback');
  });
  const group = h(
    'div',
    { class: 'feedback', role: 'group', 'aria-labelledby': questionId },
    question,
    h('div', { class: 'thumbs' }, up, down),
    form,
    outcome,
  );

  const send = async (rating: 'up' | 'down') => {
    const reasons = boxes.filter((box) => box.input.checked).map((box) => box.input.value);
    const text = comment.value.trim();
    for (const control of [up, down, submit]) control.disabled = true;
    const sent = await api.feedback({
      sessionId: answer.sessionId,
      messageId: answer.messageId,
      rating,
      ...(rating === 'down' && reasons.length > 0 ? { reasons } : {}),
      ...(rating === 'down' && text ? { comment: text } : {}),
    });
    const language = localizer.language;
    if (!sent.ok) {
      for (const control of [up, down, submit]) control.disabled = false;
      outcome.replaceChildren(failureMessage(sent.kind, language));
      return;
    }
    (rating === 'up' ? up : down).setAttribute('aria-pressed', 'true');
    form.hidden = true;
    down.setAttribute('aria-expanded', 'false');
    const thanks = h('p', { tabindex: '-1' });
    localizer.bind((now) => {
      thanks.textContent = uiText(now, 'feedbackThanks');
    });
    outcome.replaceChildren(thanks);
    // The control that had focus is now disabled: keep keyboard users in place on the confirmation.
    thanks.focus();
  };
  up.addEventListener('click', () => void send('up'));
  down.addEventListener('click', () => {
    const open = form.hidden;
    form.hidden = !open;
    down.setAttribute('aria-expanded', String(open));
    if (open) boxes[0]?.input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send('down');
  });
  return group;
}

/** Only http(s) links are rendered as links: a `javascript:` citation URL stays text. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
