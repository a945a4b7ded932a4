/**
 * `npm run scan -- FILE…`: runs the extension's own detector over saved pages. `.html` files
 * are reduced to their main text (linkedom + the content script's text map), other files are
 * read as plain text, `-` reads stdin. One JSON object per file and line:
 * {"file","relevant","score","lang","topics","facts","matches":[{"term","start","end"}],
 * "cards":[{"fact","topic","why"}],"evidence":[{"start","end","text"}]}: `cards` is the page's
 * card list in rank order (as the overlay and the popup show it), `facts` lists the same ids in
 * the same order, and `evidence` holds the sentences the verdict rests on. With `--explain`,
 * `"rawScore"` and `"explained"` (every standing match with its evidence letters, see
 * `ExplainedMatch` in src/detect/types.ts) say what the scorer saw.
 * A file that cannot be read is reported on stderr, the others are still scanned; exit code 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { cardsForPage, todayIso } from '../cards';
import type { PageDateHints } from '../dates/page-date';
import { detect } from '../detect';
import { plainTextZones } from '../detect/plain-zones';
import type { Zone } from '../detect/types';
import { factBase } from '../facts';
import { collectDateHints } from '../page/date-hints';
import { mainTextMap } from '../page/main-text';

/** What the CLI reads of a file: the detector's text with its boilerplate zones, date hints. */
export interface LoadedDocument {
  text: string;
  zones: Zone[];
  hints: PageDateHints;
}

/** The text the detector sees for a file, its boilerplate zones and its date hints. */
export function loadDocument(name: string, content: string): LoadedDocument {
  if (/\.x?html?$/i.test(name)) {
    const { document } = parseHTML(content);
    const doc = document as unknown as Document;
    const map = mainTextMap(doc);
    const hints = collectDateHints(doc);
    return { text: map.text, zones: [...map.zones, ...plainTextZones(map.text)], hints };
  }
  return { text: content, zones: plainTextZones(content), hints: {} };
}

/** Options of {@link scanLine}. */
export interface ScanLineOptions {
  /** Adds `"explained"`: every standing match with its evidence letters (`--explain`). */
  explain?: boolean;
}

/** The CLI's JSON line for one file; `today` (`YYYY-MM-DD`) dates pages that give no date. */
export function scanLine(
  name: string,
  content: string,
  today: string = todayIso(),
  options: ScanLineOptions = {},
): string {
  const page = loadDocument(name, content);
  const d = detect(page, { explain: options.explain });
  const { cards } = cardsForPage(d, page, factBase, today);
  return JSON.stringify({
    file: name,
    relevant: d.relevant,
    score: d.score,
    lang: d.lang,
    topics: d.topics,
    facts: cards.map((c) => c.fact),
    matches: d.matches.map((m) => ({ term: m.term, start: m.start, end: m.end })),
    cards: cards.map((c) => ({ fact: c.fact, topic: c.topic, why: c.why })),
    evidence: d.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
    ...(options.explain ? { rawScore: d.rawScore, explained: d.explained } : {}),
  });
}

const USAGE =
  'usage: npm run scan -- [--explain] FILE… (".html" pages, plain text files, "-" for stdin)\n' +
  '  --explain  also list every standing match with its evidence letters and the raw score\n';

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const explain = argv.includes('--explain');
  const args = argv.filter((a) => a !== '--explain');
  if (args.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of args) {
    let content: string;
    try {
      content = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file'
          : (error as Error).message;
      process.stderr.write(`scan: cannot read ${file}: ${reason}\n`);
      status = 2;
      continue;
    }
    process.stdout.write(`${scanLine(file, content, todayIso(), { explain })}\n`);
  }
  return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
