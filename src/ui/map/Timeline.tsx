/**
 * The timeline: dated facts and sightings on a broken axis, each drawn with its precision (a dot
 * for a day, a band for a month or year, a fading span for "about"), and the densest month
 * opened day by day underneath. Every mark is focusable and carries its date and fact as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layoutTimeline, type Mark, type Strip, TIMELINE_FONT } from '@/src/map/timeline';
import type { TimelineEvent } from '@/src/map/timeline-events';
import { dateWords } from '@/src/report-ui/labels';
import { useI18n } from '../i18n';
import { MapStyles } from './MapStyles';
import { SIGHTING_COLOR } from './styles';

const FACT_COLOR = '#1d4f7a';
const LANE = 15;
const AXIS_Y = 16;

function MarkShape(props: { mark: Mark; y: number; gradient: string; emphasis: boolean }) {
  const { mark: m, y } = props;
  const color = m.event.kind === 'sighting' ? SIGHTING_COLOR : FACT_COLOR;
  const opacity = props.emphasis ? 1 : 0.45;
  if (m.event.shape === 'point') {
    return <circle cx={m.x0} cy={y} r={3.6} fill={color} opacity={opacity} />;
  }
  const width = Math.max(2, m.x1 - m.x0);
  return (
    <rect
      x={m.x0}
      y={y - 4}
      width={width}
      height={8}
      rx={1.5}
      fill={m.event.shape === 'fuzzy' ? `url(#${props.gradient})` : color}
      opacity={opacity}
    />
  );
}

function StripView(props: {
  strip: Strip;
  top: number;
  prefix: string;
  highlight?: string;
  labelled: (m: Mark) => boolean;
}) {
  const { strip, top } = props;
  const laneTop = top + AXIS_Y + 12;
  return (
    <g>
      {strip.segments.map((s, i) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> only takes focus through tabIndex; this one has none
        <g key={s.from} aria-hidden="true">
          <line x1={s.x0} x2={s.x1} y1={top + AXIS_Y} y2={top + AXIS_Y} stroke="#888" />
          {i > 0 ? (
            <text x={s.x0 - 7} y={top + AXIS_Y + 4} font-size="10" text-anchor="middle" fill="#888">
              {'//'}
            </text>
          ) : null}
        </g>
      ))}
      {strip.ticks.map((t) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> only takes focus through tabIndex; this one has none
        <g key={`${t.x}-${t.text}`} aria-hidden="true">
          <line x1={t.x} x2={t.x} y1={top + AXIS_Y - 3} y2={top + AXIS_Y + 3} stroke="#888" />
          <text
            x={t.x}
            y={top + AXIS_Y - 6 - (t.row ?? 0) * 9}
            font-size="9"
            text-anchor="middle"
            fill="#555"
          >
            {t.text}
          </text>
        </g>
      ))}
      {strip.marks.map((m) => {
        const y = laneTop + m.lane * LANE;
        const gradient = `${props.prefix}-fuzz-${m.event.key.replace(/[^a-z0-9]/gi, '')}`;
        const width = m.x1 - m.x0 || 1;
        const emphasis =
          !props.highlight || m.event.ref === props.highlight || m.event.kind === 'sighting';
        return (
          <g
            key={m.event.key}
            tabindex={m.inDetail ? undefined : 0}
            role={m.inDetail ? undefined : 'img'}
            aria-label={m.inDetail ? undefined : m.event.text}
            aria-hidden={m.inDetail ? 'true' : undefined}
            data-event={m.inDetail ? undefined : m.event.key}
          >
            {m.event.shape === 'fuzzy' ? (
              <defs>
                <linearGradient id={gradient}>
                  <stop
                    offset="0"
                    stop-color={m.event.kind === 'sighting' ? SIGHTING_COLOR : FACT_COLOR}
                    stop-opacity="0"
                  />
                  <stop
                    offset={(m.core[0] - m.x0) / width}
                    stop-color={m.event.kind === 'sighting' ? SIGHTING_COLOR : FACT_COLOR}
                    stop-opacity="0.9"
                  />
                  <stop
                    offset={(m.core[1] - m.x0) / width}
                    stop-color={m.event.kind === 'sighting' ? SIGHTING_COLOR : FACT_COLOR}
                    stop-opacity="0.9"
                  />
                  <stop
                    offset="1"
                    stop-color={m.event.kind === 'sighting' ? SIGHTING_COLOR : FACT_COLOR}
                    stop-opacity="0"
                  />
                </linearGradient>
              </defs>
            ) : null}
            <title>{m.event.text}</title>
            <MarkShape mark={m} y={y} gradient={gradient} emphasis={emphasis} />
            <rect
              class="focus-ring"
              x={m.x0 - 5}
              y={y - 6}
              width={Math.max(10, m.x1 - m.x0 + 10)}
              height={12}
              rx={3}
            />
            {props.labelled(m) ? (
              <text
                x={m.labelLeft ? m.x0 - 5 : m.x1 + 5}
                y={y + 3.5}
                text-anchor={m.labelLeft ? 'end' : 'start'}
                font-size={TIMELINE_FONT}
                fill="#222"
              >
                {m.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** A key's dot: a shape, not a character, so its colour is not read as text on the page. */
function KeyDot(props: { color: string }) {
  return (
    <svg class="lens-key" viewBox="-5 -5 10 10" width="10" height="10" aria-hidden="true">
      <circle r="4" fill={props.color} stroke="#fff" stroke-width="1" />
    </svg>
  );
}

/** The timeline for `events`; `compact` draws one axis without labels (for a card). */
export function Timeline(props: {
  events: readonly TimelineEvent[];
  compact?: boolean;
  /** A fact id whose marks stay at full strength while the others fade. */
  highlight?: string;
  idPrefix?: string;
  width?: number;
}) {
  const { t, lang } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useEffect(() => {
    const el = figure.current;
    if (!el || props.width || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setMeasured(Math.round(el.clientWidth) || null));
    observer.observe(el);
    return () => observer.disconnect();
  }, [props.width]);
  // Laid out at the width it is shown at, so labels keep their size in a popup and a page.
  const width = Math.max(300, Math.min(900, props.width ?? measured ?? 460));
  const prefix = props.idPrefix ?? 'timeline';
  const layout = useMemo(
    () => layoutTimeline(props.events, { width, compact: props.compact }),
    [props.events, width, props.compact],
  );
  const overviewHeight = AXIS_Y + 12 + layout.overview.lanes * LANE;
  const detail = layout.detail;
  const detailTop = overviewHeight + 34;
  // The detail strip's month as the interface language writes it ("2017년 3월").
  const month = detail
    ? dateWords(new Date(detail.from * 86_400_000).toISOString().slice(0, 7), lang)
    : '';
  const height = detail ? detailTop + AXIS_Y + 12 + detail.lanes * LANE : overviewHeight;
  const [dx0, dx1] = detail
    ? [
        Math.min(
          ...layout.overview.marks
            .filter((m) => detail.marks.some((d) => d.event.key === m.event.key))
            .map((m) => m.x0),
        ),
        Math.max(
          ...layout.overview.marks
            .filter((m) => detail.marks.some((d) => d.event.key === m.event.key))
            .map((m) => m.x1),
        ),
      ]
    : [0, 0];
  return (
    <figure class="lens-timeline" ref={figure}>
      <MapStyles />
      {/* biome-ignore lint/a11y/useSemanticElements: the SVG root groups focusable marks under one title */}
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={`${prefix}-title`}>
        <title id={`${prefix}-title`}>
          {detail
            ? t('journalMap.timelineTitleDetail', { count: props.events.length, month })
            : t('journalMap.timelineTitle', { count: props.events.length })}
        </title>
        <StripView
          strip={layout.overview}
          top={0}
          prefix={prefix}
          highlight={props.highlight}
          labelled={(m) => m.showLabel}
        />
        {detail ? (
          <>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> only takes focus through tabIndex; this one has none */}
            <g aria-hidden="true" stroke="#aaa" stroke-dasharray="2 2">
              <line
                x1={dx0}
                y1={AXIS_Y + 8}
                x2={detail.segments[0]?.x0 ?? 0}
                y2={detailTop + AXIS_Y}
              />
              <line
                x1={dx1}
                y1={AXIS_Y + 8}
                x2={detail.segments[0]?.x1 ?? width}
                y2={detailTop + AXIS_Y}
              />
            </g>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> only takes focus through tabIndex; this one has none */}
            <text
              x={width / 2}
              y={detailTop - 6}
              font-size="9"
              text-anchor="middle"
              fill="#555"
              aria-hidden="true"
            >
              {t('journalMap.dayByDay', { month })}
            </text>
            <StripView
              strip={detail}
              top={detailTop}
              prefix={`${prefix}-d`}
              highlight={props.highlight}
              labelled={(m) => m.showLabel}
            />
          </>
        ) : null}
      </svg>
      {props.compact ? null : (
        <figcaption>
          <KeyDot color={SIGHTING_COLOR} /> {t('journalMap.timelineKeySightings')}
          {t('list.separator')}
          <KeyDot color={FACT_COLOR} /> {t('journalMap.timelineKeyFacts')}
        </figcaption>
      )}
    </figure>
  );
}
