/**
 * Who may call the background, in real browsers: the protocol's two maps share one message
 * channel, and the background refuses each message from contexts its map does not admit.
 * Extension pages cannot make content-script calls; the content script (the context that runs
 * next to page code) cannot read or write the journal, touch sharing or read tab states. Every
 * payload is checked where it enters.
 */
import { expect, it } from 'vitest';
import type { Sighting } from '../../src/sightings/model';
import { sampleSighting } from '../unit/store/sample';
import { describeEachBrowser } from './harness';

const RELEVANT =
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia.';
const REQUEST = { text: RELEVANT, zones: [], sensitivity: 'normal', dateHints: {} };
const ONLY_PAGES = /accepted only from the extension's own pages/;
const ONLY_CONTENT = /accepted only from the extension's content script/;

describeEachBrowser(
  'background messaging',
  (ctx) => {
    const kept: Sighting = sampleSighting(301);

    it('refuses content-script calls from extension pages', async () => {
      const calls: Array<[string, unknown]> = [
        ['analyzePage', REQUEST],
        ['forgetPage', undefined],
        ['getRouteMapData', undefined],
        ['ping', undefined],
      ];
      for (const [type, data] of calls)
        await expect(ctx.session.sendToBackground(type, data), type).rejects.toThrow(ONLY_CONTENT);
    });

    it("answers the content script's analysis and refuses malformed requests", async () => {
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/fixtures/en-missile-test.html'));
      const answer = await ctx.session.sendFromContentScript<{
        relevant: boolean;
        cards: Array<{ id: string }>;
        marks: Array<{ card: string }>;
      }>(page, 'analyzePage', REQUEST);
      expect(answer.relevant).toBe(true);
      expect(answer.cards.length).toBeGreaterThanOrEqual(3);
      for (const mark of answer.marks) expect(answer.cards.map((c) => c.id)).toContain(mark.card);
      for (const bad of [
        { ...REQUEST, text: 42 },
        { ...REQUEST, sensitivity: 'max' },
        { ...REQUEST, extra: true },
        'text',
      ])
        await expect(ctx.session.sendFromContentScript(page, 'analyzePage', bad)).rejects.toThrow(
          /Bad page request/,
        );
    });

    it('refuses every extension-page call from the content script and changes nothing', async () => {
      await ctx.session.sendToBackground('saveSighting', kept);
      const journalBefore = await ctx.session.sendToBackground('listSightings');
      const sharingBefore = await ctx.session.sendToBackground('getSharing');
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      const intruder = { ...sampleSighting(302), note: 'written by a page' };
      const calls: Array<[string, unknown]> = [
        ['pagePing', undefined],
        ['listSightings', undefined],
        ['saveSighting', intruder],
        ['restoreSighting', intruder],
        ['deleteSighting', kept.id],
        [
          'importSightings',
          JSON.stringify({
            format: 'dprk-labor-lens/sightings',
            version: 1,
            sightings: [intruder],
          }),
        ],
        ['getSharing', undefined],
        ['setSharingEndpoint', 'https://collector.example/api'],
        ['sendSighting', kept.id],
        ['getTabState', undefined],
        ['takeReportRequest', '00000000-0000-4000-8000-000000000000'],
      ];
      for (const [type, data] of calls)
        await expect(ctx.session.sendFromContentScript(page, type, data), type).rejects.toThrow(
          ONLY_PAGES,
        );
      expect(await ctx.session.sendToBackground('listSightings')).toEqual(journalBefore);
      expect(await ctx.session.sendToBackground('getSharing')).toEqual(sharingBefore);
    });

    it('checks the payloads of extension-page calls where they enter', async () => {
      const refusals: Array<[string, unknown, RegExp]> = [
        ['saveSighting', { ...kept, id: 'not-a-uuid' }, /not saved: id must be a UUID/],
        ['saveSighting', 'a string', /not saved/],
        ['deleteSighting', { id: kept.id }, /No sighting id/],
        ['sendSighting', ['x'], /No sighting id/],
        ['setSharingEndpoint', { url: 'https://collector.example' }, /must be text/],
        ['setSharingEndpoint', 'javascript:alert(1)', /./],
        ['importSightings', 42, /could not be read as text/],
      ];
      for (const [type, data, message] of refusals) {
        const result = await ctx.session.sendToBackground<{
          ok: boolean;
          error?: string;
          errors?: string[];
        }>(type, data);
        expect(result.ok, type).toBe(false);
        expect(result.error ?? result.errors?.join(' '), type).toMatch(message);
      }
      await expect(ctx.session.sendToBackground('getTabState', 'seven')).rejects.toThrow();
      expect(await ctx.session.sendToBackground('takeReportRequest', { id: 1 })).toBeNull();
      expect(await ctx.session.sendToBackground('listSightings')).toEqual([kept]);
    });

    it('logged no console errors', () => {
      expect(ctx.session.consoleErrors()).toEqual([]);
    });
  },
  { contentScriptAccess: true },
);
