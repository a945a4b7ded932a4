// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { headingsText, mainContentRoots, readForGate } from '@/src/page/gate-reader';

/** Everything the reader hands out, in chunks of `size`. */
function readAll(size = 1_000_000): string[] {
  const reader = readForGate(document);
  const chunks: string[] = [];
  for (let chunk = reader.next(size); chunk !== null; chunk = reader.next(size)) chunks.push(chunk);
  expect(reader.exhausted).toBe(true);
  return chunks;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.title = '';
  document.body.innerHTML = '';
});

describe('readForGate', () => {
  it('reads the title and description first, then the body as textContent joins it', () => {
    document.title = 'Council news';
    document.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="description" content="Budget day"><meta property="og:description" content="Parks">',
    );
    document.body.innerHTML = '<h1>Budget</h1><p>North <b>Ko</b>rea</p><p>Dandong</p>';
    expect(readAll().join('')).toBe('Council news\nBudget day\nParks\nBudgetNorth KoreaDandong');
  });

  it('leaves out scripts, styles, noscript and templates', () => {
    document.body.innerHTML =
      '<p>a</p><script>var northKorea;</script><style>p{}</style><noscript>n</noscript><template>t</template><p>b</p>';
    expect(readAll().join('')).toBe('\nab');
  });

  it('leaves out code elements built with child elements, and code inside the main content', () => {
    document.body.innerHTML =
      '<p>a</p><main><script>var x;</script><p>m</p><style>b{}</style></main><svg></svg><p>z</p>';
    const svgStyle = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    svgStyle.textContent = 'c{}';
    document.querySelector('svg')?.appendChild(svgStyle);
    const noscript = document.createElement('noscript');
    noscript.appendChild(document.createElement('div')).textContent = 'hidden';
    document.body.appendChild(noscript);
    expect(readAll().join('')).toBe('\nmaz');
  });

  it('reads the main content before the rest of the body, and each part once', () => {
    document.body.innerHTML =
      '<header>Menu</header><aside>Sidebar</aside><main><p>Story</p></main><footer>Foot</footer>';
    expect(readAll().join('')).toBe('\nStoryMenuSidebarFoot');
  });

  it('takes every outermost article as main content when there is no <main>', () => {
    document.body.innerHTML =
      '<div>Feed</div><article>One<article>Inner</article></article><article>Two</article>';
    expect(mainContentRoots(document).map((a) => a.textContent)).toEqual(['OneInner', 'Two']);
    expect(readAll().join('')).toBe('\nOneInnerTwoFeed');
  });

  it('reads a body that is itself the main element once', () => {
    document.body.setAttribute('role', 'main');
    document.body.innerHTML = '<p>Only</p>';
    expect(readAll().join('')).toBe('\nOnly');
    document.body.removeAttribute('role');
  });

  it('hands out chunks of the size asked for, cutting a long text node, and loses nothing', () => {
    const long = 'x'.repeat(2500);
    document.body.innerHTML = `<p>${long}</p><p>North Korea</p>`;
    const chunks = readAll(1000);
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 512]);
    expect(chunks.join('')).toBe(`\n${long}North Korea`);
  });

  it('stops a chunk early when its deadline has passed, and goes on from there', () => {
    document.body.innerHTML = '<p>a</p>'.repeat(1000);
    const reader = readForGate(document);
    const first = reader.next(1_000_000, performance.now() - 1);
    expect(first?.length).toBeLessThan(1001);
    let rest = '';
    for (let chunk = reader.next(1_000_000); chunk !== null; chunk = reader.next(1_000_000))
      rest += chunk;
    expect((first ?? '') + rest).toBe(`\n${'a'.repeat(1000)}`);
  });

  it('on a long page, reads the headings right after the first part', () => {
    document.body.innerHTML = `<main><p>${'x'.repeat(5000)}</p></main><div>${'y'.repeat(5000)}<h2>Pyongyang sends workers</h2></div>`;
    const reader = readForGate(document);
    expect(reader.next(1000)).toBe(`\n${'x'.repeat(999)}`);
    expect(reader.next(1000)?.startsWith('\nPyongyang sends workers\n')).toBe(true);
  });

  it('caps the headings it reads ahead', () => {
    document.body.innerHTML = `<h2>${'h'.repeat(1000)}</h2>${'<h1>a</h1>'.repeat(30)}`;
    const text = headingsText(document);
    expect(text).toContain(`\n${'h'.repeat(300)}\n`);
    expect(text.split('\n').filter((line) => line === 'a')).toHaveLength(24);
  });
});
