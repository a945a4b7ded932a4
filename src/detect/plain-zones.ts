/**
 * Boilerplate zones in plain text (saved articles, the CLI's `.txt` input), where no DOM says
 * what is navigation: a short line that opens a related-links list ("Related stories",
 * "관련 기사", "Читайте также", "相关新闻", "関連記事", …) starts a zone that runs to the end of
 * its block (the next blank line). Headlines listed there must not make a page relevant.
 */
import { fold } from './fold';
import type { Zone } from './types';

const MARKERS = [
  'related stories',
  'related articles',
  'related news',
  'related coverage',
  'related',
  'read more',
  'read also',
  'also read',
  'see also',
  'more stories',
  'more on this',
  'more from',
  'most read',
  'most popular',
  'recommended',
  'you may also like',
  'trending',
  'latest news',
  'top stories',
  '관련 기사',
  '관련기사',
  '관련 뉴스',
  '관련뉴스',
  '함께 보면 좋은',
  '많이 본 뉴스',
  '추천 기사',
  '주요뉴스',
  '이 시각',
  'читайте также',
  'смотрите также',
  'по теме',
  'похожие новости',
  'другие новости',
  'материалы по теме',
  'популярное',
  'самое читаемое',
  'новости по теме',
  '相关新闻',
  '相关阅读',
  '相关报道',
  '延伸阅读',
  '推荐阅读',
  '热门新闻',
  '更多新闻',
  '相关文章',
  '热点新闻',
  '相关链接',
  '関連記事',
  '関連ニュース',
  'あわせて読みたい',
  'おすすめ記事',
  '注目記事',
  '人気記事',
  'こちらもおすすめ',
].map(fold);

/** True when a line is a short heading that opens a list of links. */
function opensLinkList(line: string): boolean {
  const folded = fold(line);
  if (folded.length === 0 || folded.length > 40) return false;
  return MARKERS.some((m) => folded.startsWith(m) && folded.length <= m.length + 12);
}

/** A list item: a line that opens with a bullet ("- ", "• ", "· ", "* ", "▶ "). */
const BULLET = /^\s*(?:[-•·*▶►▪●○]|\d{1,2}[.)])\s+\S/;

/** True when a line is a short heading (no closing full stop) that could title a list. */
function shortHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !BULLET.test(t) && !/[.。!?！？:：]$/.test(t);
}

/**
 * Zones of related-link lists: a block opened by a heading line that names one ("Related",
 * "関連記事"), or a short heading followed by at least two bulleted lines ("More from the Far
 * East" over "- Crews from North Korea back on building sites"). A zone runs to the block's end.
 */
export function plainTextZones(text: string): Zone[] {
  const zones: Zone[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    lines.push({ start: lineStart, text: text.slice(lineStart, lineEnd) });
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  let open: number | null = null;
  const close = (at: number): void => {
    if (open !== null && at > open) zones.push({ start: open, end: at, kind: 'boilerplate' });
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { start: number; text: string };
    if (line.text.trim() === '') close(line.start);
    else if (open === null && (opensLinkList(line.text) || headsBulletList(lines, i)))
      open = line.start;
  }
  close(text.length);
  return zones;
}

/** Whether line `i` is a short heading over two or more bulleted lines. */
function headsBulletList(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const next = lines[i + 1]?.text ?? '';
  const after = lines[i + 2]?.text ?? '';
  return shortHeading(lines[i]?.text ?? '') && BULLET.test(next) && BULLET.test(after);
}
