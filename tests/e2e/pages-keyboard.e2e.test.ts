/**
 * The report form and the journal without a mouse: a pre-filled report is completed and saved
 * with Tab, Space, typing and Enter; in the journal the sighting is found by search, edited
 * (Escape leaves the form, focus back on its Edit button), saved, deleted and restored with
 * Undo — focus always somewhere visible and sensible. Every stop on the way must show a focus
 * outline.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import { type FocusState, focused, openIn, setInterfaceLanguage, tabTo } from './pages-helpers';
import { until } from './popup-helpers';

const QUOTE = 'about 200 North Korean workers boarded a train in Dandong on March 9';
const REPORT =
  'report.html?url=https%3A%2F%2Fexample.org%2F2026%2F03%2F12%2Fdandong-station' +
  `&title=Workers%20at%20Dandong&quote=${encodeURIComponent(QUOTE)}&lang=en`;

interface Stored {
  id: string;
  notes: string;
  place: { name: string };
  observed: { date: string };
}

describeEachBrowser('extension pages by keyboard', (ctx) => {
  it('reports a sighting, then edits, deletes and restores it in the journal', async () => {
    await setInterfaceLanguage(ctx.session, 'en');
    const unmarked: FocusState[] = [];
    const page = await ctx.session.newPage();
    await page.resize(1000, 900);
    await openIn(page, ctx.session.extensionUrl(REPORT), 'en', '#observed-date');
    await page.bringToFront();

    // Fill the suggestions with one key press, then type the notes.
    const fill = await tabTo(page, (f) => f.text.startsWith('Fill in every first suggestion'), {
      unmarked,
    });
    expect(fill.tag).toBe('button');
    await page.press(' ');
    await until('the suggestions to fill the form', async () =>
      (await page.evaluate(
        () => (document.getElementById('observed-date') as HTMLInputElement).value,
      )) === '2026-03-09'
        ? true
        : undefined,
    );
    await tabTo(page, (f) => f.id === 'notes', { unmarked });
    for (const ch of 'by keyboard') await page.press(ch);
    const save = await tabTo(page, (f) => f.classes.includes('primary'), { unmarked });
    expect(save.text).toBe('Save sighting');
    await page.press('Enter');
    await until('the saved message', async () =>
      (await page.text('.saved h2')) === 'Saved to the journal' ? true : undefined,
    );
    const [stored] = await ctx.session.sendToBackground<Stored[]>('listSightings');
    expect(stored).toMatchObject({ notes: 'by keyboard', place: { name: 'Dandong' } });
    if (!stored) throw new Error('nothing saved');

    // The journal: search for the sighting, then open it for editing.
    await openIn(page, ctx.session.extensionUrl('journal.html'), 'en', 'article.sighting');
    await page.bringToFront();
    await tabTo(page, (f) => f.id === 'journal-search', { unmarked });
    for (const ch of 'boarded') await page.press(ch);
    await until('the search to narrow the list', async () =>
      (await page.text('.filters [role="status"]'))?.includes('1 of 1') ? true : undefined,
    );
    const edit = await tabTo(page, (f) => f.classes.includes('edit'), { unmarked });
    expect(edit.text).toBe('Edit');
    await page.press('Enter');
    await until('focus inside the edit form', async () =>
      (await page.evaluate(() => document.activeElement?.closest('.editing') !== null))
        ? true
        : undefined,
    );

    // Escape leaves the form without saving, and focus returns to the Edit button.
    await page.press('Escape');
    await until('focus back on Edit', async () =>
      (await focused(page)).classes.includes('edit') ? true : undefined,
    );
    expect(await page.count('.editing')).toBe(0);

    // Edit for real: add to the notes, save with Enter on the save button.
    await page.press('Enter');
    await until('the edit form', async () => ((await page.count('.editing')) ? true : undefined));
    await tabTo(page, (f) => f.id === 'notes', { unmarked });
    await page.press('End');
    await page.press('!');
    await tabTo(page, (f) => f.classes.includes('primary'), { unmarked });
    await page.press('Enter');
    await until('changes saved, focus on Edit', async () =>
      (await page.text('.notice'))?.includes('Changes saved.') &&
      (await focused(page)).classes.includes('edit')
        ? true
        : undefined,
    );
    const [edited] = await ctx.session.sendToBackground<Stored[]>('listSightings');
    expect(edited?.notes).toBe('by keyboard!');

    // Delete: focus goes to Undo; Undo restores and focus returns to the sighting.
    await tabTo(page, (f) => f.classes.includes('delete'), { unmarked });
    await page.press('Enter');
    await until('focus on Undo', async () =>
      (await focused(page)).classes.includes('undo') ? true : undefined,
    );
    expect(await ctx.session.sendToBackground<Stored[]>('listSightings')).toEqual([]);
    await page.press('Enter');
    await until('the sighting back, focused', async () =>
      (await page.count(`[data-id="${stored.id}"]`)) === 1 &&
      (await focused(page)).classes.includes('edit')
        ? true
        : undefined,
    );
    expect(await ctx.session.sendToBackground<Stored[]>('listSightings')).toHaveLength(1);

    // Every stop on the way showed where focus was.
    expect(unmarked.map((f) => `${f.tag}#${f.id} "${f.text}"`)).toEqual([]);
  }, 120_000);
});
