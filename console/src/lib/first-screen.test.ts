// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { takeFirstScreenAnswer } from './first-screen.ts';

const origin = 'http://console.test';

describe('answers the page carried for its first screen', () => {
  beforeAll(() => {
    // Moments after the page opened, whatever the test runner's clock says.
    vi.spyOn(performance, 'now').mockReturnValue(50);
    document.body.innerHTML =
      '<div id="root"></div>' +
      '<script type="application/json" class="lr-first-screen">{"/api/v1/session":{"csrfToken":"t"}}</script>\n' +
      '<script type="application/json" class="lr-first-screen">{"/api/v1/handoff-cases?limit=25&offset=0&status=open":{"items":[{"id":"c1","question":"\\u003c/script\\u003e"}]}}</script>\n';
  });

  it('hands an answer to the first GET of its path and query, whatever order the query is written in, once', async () => {
    const url = `${origin}/api/v1/handoff-cases?status=open&limit=25&offset=0`;
    const first = await takeFirstScreenAnswer(new Request(url));
    expect(first?.status).toBe(200);
    expect(await first?.json()).toEqual({ items: [{ id: 'c1', question: '</script>' }] });
    // A refetch goes to the network.
    expect(await takeFirstScreenAnswer(new Request(url))).toBeNull();
  });

  it('answers nothing the page did not carry, nor a change', async () => {
    expect(await takeFirstScreenAnswer(new Request(`${origin}/api/v1/handoff-cases?status=overdue`))).toBeNull();
    expect(await takeFirstScreenAnswer(new Request(`${origin}/api/v1/session`, { method: 'DELETE' }))).toBeNull();
    expect(await (await takeFirstScreenAnswer(new Request(`${origin}/api/v1/session`)))?.json()).toEqual({
      csrfToken: 't',
    });
  });

  it('leaves a read first made long after the page opened to the network', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<script type="application/json" class="lr-first-screen">{"/api/v1/me":{}}</script>\n',
    );
    vi.spyOn(performance, 'now').mockReturnValue(60_000);
    expect(await takeFirstScreenAnswer(new Request(`${origin}/api/v1/me`))).toBeNull();
  });
});
