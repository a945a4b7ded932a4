/**
 * The pages `npm run bench:page` loads: ordinary 100 KB articles on other subjects (a recipe and
 * a match report, no word of Korea, Russia or China), 100 KB of North Korea news that is not
 * about labour, relevant articles (the fixture pages in five languages and a 100 KB article with
 * the relevant story in its middle), and a 5 MB / 200,000-node forum page, unrelated throughout
 * or with a relevant story after its first megabyte. Each page is checked against the detector
 * before it is measured, so a page that would not test what its name says fails the run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dprkNewsPage,
  hugePage,
  relevantLongPage,
  unrelatedPage,
} from '../../tests/shared/generated-pages';

/** One page of the benchmark. */
export interface BenchPage {
  /** Short name used in the tables and the JSON. */
  name: string;
  /** The row of the table it belongs to. */
  kind: 'unrelated' | 'dprk-not-labour' | 'relevant' | 'huge-unrelated' | 'huge-relevant';
  /** Path on the fixture server. */
  path: string;
  /** The page's HTML, for routed pages; fixture pages are served from tests/fixtures/pages. */
  html?: string;
  /** Whether the overlay must appear. */
  relevant: boolean;
}

/** The relevant fixture pages, one per language. */
const RELEVANT_FIXTURES = [
  'en-dandong-route',
  'ko-russia-workers',
  'ru-kndr-workers',
  'zh-chaoxian-laogong',
  'ja-kitachosen-rodosha',
];

/** Every page of the benchmark; `huge` adds the 5 MB pages. */
export function benchPages(huge: boolean): BenchPage[] {
  const routed = (name: string, kind: BenchPage['kind'], html: string, relevant: boolean) => ({
    name,
    kind,
    path: `/bench/${name}.html`,
    html,
    relevant,
  });
  return [
    routed('unrelated-100k', 'unrelated', unrelatedPage(), false),
    routed('dprk-news-100k', 'dprk-not-labour', dprkNewsPage(), false),
    ...RELEVANT_FIXTURES.map((name) => ({
      name,
      kind: 'relevant' as const,
      path: `/fixtures/${name}.html`,
      relevant: true,
    })),
    routed('relevant-100k', 'relevant', relevantLongPage(), true),
    ...(huge
      ? [
          routed('huge-unrelated-5mb', 'huge-unrelated', hugePage(), false),
          routed('huge-relevant-5mb', 'huge-relevant', hugePage(5_000_000, 1_000_000), true),
        ]
      : []),
  ];
}

/** The HTML of a page, routed or from the fixtures. */
export function pageHtml(page: BenchPage, root: string): string {
  return page.html ?? readFileSync(join(root, 'tests/fixtures/pages', page.path.slice(10)), 'utf8');
}
