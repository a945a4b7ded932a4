/**
 * A route's periods of use as plain text for the leg list: "from Aug 1959 (bridge opened)",
 * "2008 – Feb 2020 (twice a month)", "until 2007 (closed about 2007)".
 */
import type { Precision } from '@/src/facts/schema';
import { formatDatePoint } from '@/src/ui/format-date';
import type { RoutePeriod } from './routes';

function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const point = (date: string) => formatDatePoint(date, precisionOf(date));

/** One period as text. */
export function formatPeriod(p: RoutePeriod): string {
  const span =
    p.from && p.to
      ? p.from === p.to
        ? point(p.from)
        : `${point(p.from)} – ${point(p.to)}`
      : p.from
        ? `from ${point(p.from)}`
        : p.to
          ? `until ${point(p.to)}`
          : '';
  return span ? `${span} (${p.note})` : p.note;
}
