/**
 * Sharing in real Chromium and Firefox against the harness server on 127.0.0.1: nothing is
 * sent before the user presses Send; a failed POST is retried on schedule with the same
 * Idempotency-Key and body; a rejected one is shown as failed with the reason and can be sent
 * again. Headless browsers never answer the host-permission prompt, so the granted path is not
 * covered here; the requests go out as CORS requests, which the harness server allows.
 */
import { expect, it } from 'vitest';
import type { Sighting } from '../../src/sightings/model';
import { sampleSighting } from '../unit/store/sample';
import { describeEachBrowser } from './harness';

type Page = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown> };

/** Waits until the element `scope` (the page by default) shows `text`. */
async function until(page: Page, text: string, scope = 'body', ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const has = await page
      .evaluate(
        ([t, sel]: [string, string]) =>
          document.querySelector(sel)?.textContent?.includes(t) ?? false,
        [text, scope],
      )
      .catch(() => false);
    if (has) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for "${text}"`);
}

async function clickButton(page: Page, label: string, within = 'body'): Promise<void> {
  await page.evaluate(
    ([text, scope]: [string, string]) => {
      const root = document.querySelector(scope) ?? document.body;
      const button = [...root.querySelectorAll('button')].find((b) =>
        (b.textContent ?? '').trim().startsWith(text),
      );
      if (!button) throw new Error(`no button "${text}"`);
      button.click();
    },
    [label, within],
  );
}

describeEachBrowser('sightings sharing', (ctx) => {
  const first: Sighting = sampleSighting(101);
  const second: Sighting = sampleSighting(102);

  it('sends nothing before Send, then retries a failed POST with the same key and body', async () => {
    let calls = 0;
    ctx.server.route('POST', '/share', () =>
      ++calls === 1 ? { status: 503 } : { status: 201, body: { stored: true } },
    );
    await ctx.session.sendToBackground('saveSighting', first);
    await ctx.session.sendToBackground('saveSighting', second);
    const journal = await ctx.session.openExtensionPage('journal.html');
    await journal.waitFor('article.sighting', { state: 'visible' });
    await journal.click('details.sharing summary');
    await journal.fill('#endpoint', ctx.server.url('/share'));
    // A real click: the permission request needs a user action. Headless browsers leave its
    // prompt unanswered, so delivery here runs as a CORS request (the harness server allows it).
    await journal.click('details.sharing .row button');
    await until(journal, 'Sightings you send go to');
    expect(ctx.server.requestsTo('/share')).toHaveLength(0);

    await clickButton(journal, 'Send', `article[data-id="${first.id}"]`);
    const card = `article[data-id="${first.id}"]`;
    await until(journal, 'Queued, will retry (The server answered 503', card);
    await journal.screenshot(`${ctx.browser}/sightings-sharing-retry.png`);
    await until(journal, 'Sent ', card);
    const posts = ctx.server.requestsTo('/share').filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    for (const post of posts) expect(post.headers['idempotency-key']).toBe(first.id);
    expect(posts[0]?.body).toEqual(posts[1]?.body);
    expect(JSON.parse(String(posts[0]?.body)).sighting).toEqual(first);
  });

  it('shows a rejected sighting as failed with the reason, and sends it again on request', async () => {
    let calls = 0;
    ctx.server.route('POST', '/share', () =>
      ++calls === 1 ? { status: 422, body: { error: 'missing team' } } : { status: 200 },
    );
    ctx.server.clearRequests();
    const journal = await ctx.session.openExtensionPage('journal.html');
    await journal.waitFor(`article[data-id="${second.id}"]`, { state: 'visible' });
    await clickButton(journal, 'Send', `article[data-id="${second.id}"]`);
    const card = `article[data-id="${second.id}"]`;
    await until(journal, 'Not sent: The server answered 422', card);
    await clickButton(journal, 'Send again', card);
    await until(journal, 'Sent ', card);
    const posts = ctx.server.requestsTo('/share').filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.headers['idempotency-key'])).toEqual([second.id, second.id]);
  });
});
