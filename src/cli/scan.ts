/**
 * `npm run scan -- FILE…`: runs the extension's own detector over saved pages. `.html` files
 * are reduced to their main text (linkedom + the content script's text map), other files are
 * read as plain text, `-` reads stdin. One JSON object per file and line:
 * {"file","relevant","score","lang","topics","facts","matches":[{"term","start","end"}]}.
 * A file that cannot be read is reported on stderr, the others are still scanned; exit code 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detect } from '../detect';
import { plainTextZones } from '../detect/plain-zones';
import type { Zone } from '../detect/types';
import { mainTextMap } from '../page/main-text';

/** The text the detector sees for a file, with its boilerplate zones. */
export function loadDocument(name: string, content: string): { text: string; zones: Zone[] } {
  if (/\.x?html?$/i.test(name)) {
    const { document } = parseHTML(content);
    const map = mainTextMap(document as unknown as Document);
    return { text: map.text, zones: [...map.zones, ...plainTextZones(map.text)] };
  }
  return { text: content, zones: plainTextZones(content) };
}

/** The CLI's JSON line for one file. */
export function scanLine(name: string, content: string): string {
  const d = detect(loadDocument(name, content));
  return JSON.stringify({
    file: name,
    relevant: d.relevant,
    score: d.score,
    lang: d.lang,
    topics: d.topics,
    facts: d.facts,
    matches: d.matches.map((m) => ({ term: m.term, start: m.start, end: m.end })),
  });
}

function main(args: string[]): number {
  if (args.length === 0) {
    process.stderr.write(
      'usage: npm run scan -- FILE… (".html" pages, plain text files, "-" for stdin)\n',
    );
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
    process.stdout.write(`${scanLine(file, content)}\n`);
  }
  return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
