/**
 * Generated news pages the page benchmark (`npm run bench:page`) and the browser tests share:
 * a 100 KB recipe and match report with no word of Korea, Russia or China, 100 KB of North
 * Korea news that is not about labour, a 100 KB article with a relevant story in its middle, and
 * a 5 MB / 200,000-node forum page, unrelated or with a relevant story after a given offset.
 */

// Typographic apostrophes and dashes, as real pages have them: they make the text two-byte.
const RECIPE =
  'stir the onions in butter over a low heat until they’re soft — then add the garlic the chopped tomatoes a pinch of salt and a spoon of sugar and let the sauce simmer for twenty minutes while the pasta water comes to the boil taste and season with black pepper fresh basil and the cook’s grated cheese before serving in warm bowls'.split(
    ' ',
  );
const MATCH =
  'the home side pressed high from the first whistle and took the lead after twelve minutes when the captain headed in a corner at the near post — the visitors equalised before half time with a low shot from the edge of the box and the second half was a tense affair settled by a late penalty in stoppage time at the keeper’s end'.split(
    ' ',
  );
const DPRK_NEWS = [
  'North Korea fired a ballistic missile into the sea off its east coast on Tuesday, the South Korean military said.',
  'Kim Jong Un oversaw the launch from a site near Pyongyang, state media reported the next morning.',
  'The missile flew about 600 kilometres before falling outside Japan’s exclusive economic zone, officials in Tokyo said.',
  'Analysts in Seoul said the test was meant to show that the North can strike bases in the region.',
  'The United Nations Security Council is expected to meet later this week to discuss the launch.',
  'Officials in Washington condemned the test and urged Pyongyang to return to talks without conditions.',
  'Satellite images of the Sohae launch site show new construction near the engine test stand.',
  'The North’s foreign ministry called recent military drills in the South a rehearsal for invasion.',
];
const CITY =
  'the city council met on tuesday to discuss a new budget for schools roads and parks while residents asked about bus routes housing prices summer festivals and the weather which has been unusually warm this year according to local officials and several shop owners near the harbour'.split(
    ' ',
  );

/** Three sentences that make a story relevant: the Dandong route, by rail into Russia. */
export const RELEVANT_STORY = [
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia.',
  'The usual route runs by rail from Rason to Khasan and on to Vladivostok; the Dandong groups travel through Harbin toward inland Russia.',
  'Labor dispatch was discussed at a Russia–DPRK working-group meeting in Pyongyang on 17 March.',
];

/** Paragraphs of about `bytes` from `words`, 80 words each, in a changing order. */
function paragraphs(words: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const p = `${Array.from({ length: 80 }, (_, i) => words[(k * 7 + i * 13) % words.length]).join(' ')}.`;
    out.push(p);
    size += p.length;
  }
  return out;
}

/** A news page: masthead, navigation, the article, a related-links aside and a footer. */
function newsPage(title: string, body: string[], description = ''): string {
  const meta = description ? `<meta name="description" content="${description}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${meta}</head><body><header><nav><a href="/">Home</a> <a href="/food">Food</a> <a href="/sport">Sport</a></nav></header><main><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></main><aside><a href="/x">Related story</a></aside><footer>© The Daily</footer></body></html>`;
}

/** 100 KB of a recipe and a match report: nothing for the gate to find. */
export function unrelatedPage(bytes = 100_000): string {
  const half = bytes / 2;
  return newsPage(
    'Tomato pasta, and a late penalty',
    [...paragraphs(RECIPE, half), ...paragraphs(MATCH, half)],
    'A weeknight sauce and the weekend match report',
  );
}

/** 100 KB of North Korea news that is not about labour: the gate passes, the detector does not. */
export function dprkNewsPage(bytes = 100_000): string {
  const body: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const p = [0, 1, 2, 3].map((i) => DPRK_NEWS[(k + i * 3) % DPRK_NEWS.length]).join(' ');
    body.push(p);
    size += p.length;
  }
  return newsPage(
    'North Korea fires ballistic missile into sea',
    body,
    'Pyongyang’s latest launch',
  );
}

/** 100 KB about a city council with the relevant story in the middle. */
export function relevantLongPage(bytes = 100_000): string {
  const body = paragraphs(CITY, bytes);
  body.splice(body.length >> 1, 0, ...RELEVANT_STORY);
  return newsPage('Council news', body);
}

/**
 * A long forum thread: short paragraphs with inline links and spans, about `bytes` of markup
 * (at 5 MB some 100,000 elements and 200,000 text nodes). `relevantAfter` puts the relevant
 * story after that many bytes.
 */
export function hugePage(bytes = 5_000_000, relevantAfter?: number): string {
  const parts: string[] = [];
  let size = 0;
  let placed = relevantAfter === undefined;
  for (let k = 0; size < bytes; k++) {
    if (!placed && size >= (relevantAfter as number)) {
      parts.push(...RELEVANT_STORY.map((s) => `<p>${s}</p>`));
      placed = true;
    }
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => CITY[(k * 7 + i * 13) % CITY.length]).join(' ');
    const p = `<p>${words(9)} <span>${words(5)}</span> ${words(3)} <a href="#${k}">${words(2)}</a>.</p>`;
    parts.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum</title></head><body><main><article><h1>Forum</h1>${parts.join('')}</article></main></body></html>`;
}
