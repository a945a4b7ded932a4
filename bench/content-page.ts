/**
 * A news-like page for the content-script benchmark: header, nav, article paragraphs about a
 * city council and an aside, optionally with three sentences about the Dandong route mid-article.
 */

const WORDS =
  'the city council met on tuesday to discuss a new budget for schools roads and parks while residents asked about bus routes housing prices summer festivals and the weather which has been unusually warm this year according to local officials and several shop owners near the harbour'.split(
    ' ',
  );

const RELEVANT = [
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia.',
  'The usual route runs by rail from Rason to Khasan and on to Vladivostok; the Dandong groups travel through Harbin toward inland Russia.',
  'Labor dispatch was discussed at a Russia–DPRK working-group meeting in Pyongyang on 17 March.',
];

/** Body markup with about `bytes` of article text. */
export function newsPage(bytes: number, relevant: boolean): string {
  const paragraphs: string[] = [];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    const words = Array.from({ length: 80 }, (_, i) => WORDS[(k * 7 + i * 13) % WORDS.length]);
    const p = `${words.join(' ')}.`;
    paragraphs.push(p);
    size += p.length;
    k++;
  }
  if (relevant) paragraphs.splice(paragraphs.length >> 1, 0, ...RELEVANT);
  return `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>Council news</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><aside><a href="/x">Related story</a></aside>`;
}

/**
 * A long page of short paragraphs with inline links and spans: about `bytes` of markup and,
 * at 5 MB, some 100,000 elements and 200,000 text nodes, the size of a long forum thread.
 * `relevant` puts one sentence about the Dandong route near the top.
 */
export function bigNewsPage(bytes: number, relevant: boolean): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => WORDS[(k * 7 + i * 13) % WORDS.length]).join(' ');
    const p = `<p>${words(9)} <span>${words(5)}</span> ${words(3)} <a href="#${k}">${words(2)}</a>.</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  if (relevant) paragraphs.splice(5, 0, `<p>${RELEVANT[0]}</p>`);
  return `<main><article><h1>Forum</h1>${paragraphs.join('')}</article></main>`;
}
