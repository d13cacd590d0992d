/**
 * The widget's styles, scoped by its shadow root. Colours meet WCAG 2.1 AA contrast (4.5:1 for text,
 * 3:1 for focus rings and borders) on white; sizes are in rem/em so the widget reflows at 200% zoom.
 */
export const WIDGET_CSS = `
:host {
  display: block;
  max-width: 40rem;
  color: #1a1a1a;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "PingFang HK", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.panel { border: 1px solid #6b6b6b; border-radius: 0.5rem; background: #ffffff; overflow: hidden; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between;
  padding: 0.75rem 1rem; background: #0b4f8a; color: #ffffff; }
h2 { margin: 0; font-size: 1.15rem; }
.switch { display: flex; gap: 0.25rem; }
.switch button { background: transparent; color: #ffffff; border: 2px solid #ffffff; min-width: 2.75rem; }
/* The selected language stands out by colour, weight, underline and a tick, not colour alone. */
.switch button[aria-pressed="true"] { background: #ffffff; color: #0b4f8a; font-weight: 700; text-decoration: underline; }
.switch button[aria-pressed="true"]::before { content: "✓ "; }
header :focus-visible { outline-color: #ffd23f; }
.intro { padding: 0.75rem 1rem 0; }
.disclosure { margin: 0 0 0.5rem; padding: 0.5rem 0.75rem; border-left: 0.3rem solid #8a5a00;
  background: #fff6dc; color: #3a2a00; }
.badge { display: inline-block; margin-inline-end: 0.4rem; padding: 0 0.35rem; border-radius: 0.25rem;
  background: #3a2a00; color: #ffffff; font-weight: 700; font-size: 0.85em; }
.greeting { margin: 0 0 0.5rem; }
/* Read by screen readers, not shown: the words behind a short visible label ("AI", "[1]"). */
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.log { margin: 0; padding: 0.5rem 1rem; max-height: 28rem; overflow-y: auto; border-top: 1px solid #d0d0d0; }
.log:empty { display: none; }
.message { margin: 0.5rem 0; padding: 0.6rem 0.75rem; border-radius: 0.5rem; }
.message.user { background: #e8f0fa; margin-inline-start: 2rem; }
.message.bot { background: #f4f4f4; margin-inline-end: 1rem; }
.message.outcome-fallback, .message.outcome-blocked { background: #fdf1f1; }
.who { display: block; font-size: 0.85em; font-weight: 700; color: #4a4a4a; }
.text { white-space: pre-line; overflow-wrap: anywhere; }
a { color: #0b57a3; text-decoration: underline; }
a:hover { color: #063a6d; }
.cite { font-weight: 700; margin: 0 0.1em; }
.sources-heading { margin: 0.5rem 0 0; font-weight: 700; font-size: 0.9em; }
.sources { margin: 0.25rem 0 0; padding-inline-start: 1.5rem; font-size: 0.9em; }
.excerpt { margin: 0.1rem 0 0.3rem; color: #4a4a4a; }
.fallback { margin: 0.5rem 0 0; }
.handoff { margin-top: 0.5rem; padding: 0.5rem 0.75rem; border: 1px solid #8a5a00; border-radius: 0.4rem; background: #ffffff; }
.handoff p { margin: 0.25rem 0; }
.handoff-title { font-weight: 700; }
.reference { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; font-size: 1.05em; letter-spacing: 0.03em; }
.staff-reply { margin-top: 0.25rem; padding: 0.4rem 0.6rem; background: #e9f5ec; border-left: 0.3rem solid #1e6b34; }
.staff-reply p { white-space: pre-line; }
.feedback { margin-top: 0.5rem; font-size: 0.9em; }
.thumbs { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.25rem; }
.reasons { margin-top: 0.5rem; }
fieldset { margin: 0 0 0.5rem; padding: 0.4rem 0.6rem; border: 1px solid #6b6b6b; border-radius: 0.3rem; }
legend { padding: 0 0.25rem; }
.reason { display: flex; gap: 0.4rem; align-items: center; }
.reasons label { display: block; }
.failure { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-left: 0.3rem solid #a4161a; background: #fdf1f1; color: #5c0b0d; }
.failure p { margin: 0.1rem 0; }
form.ask { padding: 0.75rem 1rem 1rem; border-top: 1px solid #d0d0d0; }
form.ask label { display: block; font-weight: 700; }
.hint { margin: 0.1rem 0 0.4rem; font-size: 0.85em; color: #4a4a4a; }
.row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
textarea { flex: 1 1 12rem; min-height: 2.75rem; padding: 0.5rem; font: inherit; color: inherit;
  border: 1px solid #6b6b6b; border-radius: 0.3rem; resize: vertical; width: 100%; }
.row textarea { width: auto; }
button { font: inherit; min-height: 2.75rem; padding: 0.4rem 0.9rem; border-radius: 0.3rem; cursor: pointer;
  border: 2px solid #0b4f8a; background: #0b4f8a; color: #ffffff; }
button.secondary, button.thumb { background: #ffffff; color: #0b4f8a; }
button.thumb[aria-pressed="true"] { background: #0b4f8a; color: #ffffff; }
button:disabled { cursor: not-allowed; opacity: 0.75; }
:focus-visible { outline: 3px solid #0b57a3; outline-offset: 2px; }
.log:focus-visible { outline-offset: -3px; }
.status { min-height: 1.5em; margin: 0.25rem 0 0; font-size: 0.9em; color: #4a4a4a; }
@media (forced-colors: active) {
  .badge, button { border: 1px solid ButtonText; }
}
`;
