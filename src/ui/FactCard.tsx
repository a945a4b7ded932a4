/**
 * One context card, made to be taken in at a glance: the headline, why the page gets it, one or
 * two sentences, who says it and how sure that is, and one compact source line. Details, the
 * corrections of what a source got wrong, dates, places and every source are one click away.
 * The card's own text is in the reader's language, with a switch to read it in another; source
 * titles stay as published. Shared by the overlay and the popup. Page and data text is rendered
 * as text only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LANG_BUTTON_LABELS, LANG_SELF_NAMES } from '@/src/i18n/ui-lang';
import { LANGS, type Lang } from '@/src/vocabulary';
import { AttributionLine, ConfidenceBadge, whoSays } from './badges';
import type { CardView, SourceView } from './card-view';
import { compactDate, dateTimeAttribute, formatFuzzyDate, sentence } from './format-date';
import { useI18n } from './i18n';

/** "BBC News, 12 Aug 2025", linked; a copy on another site says so. */
function SourceLine(props: { source: SourceView; more: number; lang: Lang }) {
  const { t } = useI18n();
  const s = props.source;
  return (
    <p class="meta source-line">
      <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
        {s.publication}, {compactDate(s.date, props.lang)}
      </a>
      {s.via ? ` ${t('card.sourceCopy', { site: s.via })}` : ''}
      {props.more > 0 ? ` · ${t('card.moreSources', { count: props.more })}` : ''}
    </p>
  );
}

/** A source in the full list: publication, title as published, date, copy and check dates. */
function SourceEntry(props: { source: SourceView; lang: Lang }) {
  const { t } = useI18n();
  const s = props.source;
  return (
    <li>
      <a href={s.url} target="_blank" rel="noopener noreferrer">
        {s.publication}, “<cite lang={s.lang}>{s.title}</cite>”, {compactDate(s.date, props.lang)}
      </a>
      {s.via ? ` ${t('card.sourceEntryCopy', { site: s.via })}` : ''}
      {/* Who the outlet is, in the card's language or, where not translated, in English. */}
      {s.perspective ? (
        <span class="meta" lang={s.perspectiveLang ?? 'en'}>
          {' '}
          — {s.perspective}
        </span>
      ) : null}
    </li>
  );
}

/** Loads the card in another language (the overlay asks the background, the popup its files). */
export type ReadCardIn = (lang: Lang) => Promise<CardView>;

/** The row of languages a card can be read in; the one shown is pressed. */
function LanguageSwitch(props: { current: Lang; busy: Lang | null; onPick: (lang: Lang) => void }) {
  const { t, lang: ui } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form's fieldset.
    <div class="read-in" role="group" aria-label={t('card.readIn')} lang={ui}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === props.current}
          aria-busy={props.busy === lang}
          // The visible code first (voice control), then the language's own name; the group
          // says what the buttons do.
          aria-label={`${LANG_BUTTON_LABELS[lang]} ${LANG_SELF_NAMES[lang]}`}
          title={LANG_SELF_NAMES[lang]}
          onClick={() => lang !== props.current && props.onPick(lang)}
        >
          {LANG_BUTTON_LABELS[lang]}
        </button>
      ))}
    </div>
  );
}

/** A fact card; `why` is the page's reason for it, `actions` render at its foot. */
export function FactCard(props: {
  card: CardView;
  headingId?: string;
  why?: string;
  /** Open the details from the start (the popup's detail view). */
  expanded?: boolean;
  actions?: ComponentChildren;
  /** Offers the language switch when given. */
  readIn?: ReadCardIn;
  /** Focusable by script (the panel's arrow keys move between cards), not a Tab stop. */
  focusable?: boolean;
  /** The title's heading level, one below the view's own heading (default 3). */
  level?: 2 | 3 | 4;
}) {
  const { t, lang: ui } = useI18n();
  const [card, setCard] = useState(props.card);
  const [busy, setBusy] = useState<Lang | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setCard(props.card);
    setFailed(false);
  }, [props.card]);
  const pick = (lang: Lang) => {
    if (!props.readIn) return;
    setBusy(lang);
    setFailed(false);
    props.readIn(lang).then(
      (view) => {
        setCard(view);
        setBusy(null);
      },
      () => {
        setFailed(true);
        setBusy(null);
      },
    );
  };
  const lang = card.lang;
  const Heading = `h${props.level ?? 3}` as 'h3';
  const main = card.sources[0];
  const who = whoSays(t, card.attributions);
  const hasMore =
    card.details.length > 0 ||
    card.corrections.length > 0 ||
    card.sources.length > 1 ||
    card.attributions.length > 1 ||
    card.dates.length > 0 ||
    card.places.length > 0;
  return (
    <article
      class="card"
      aria-labelledby={props.headingId}
      data-fact={card.id}
      lang={lang}
      tabIndex={props.focusable ? -1 : undefined}
    >
      <Heading id={props.headingId} class="card-title">
        {card.title}
      </Heading>
      {props.why ? (
        <p class="why" lang={ui}>
          {props.why}
        </p>
      ) : null}
      <p>{sentence(card.summary)}</p>
      <p class="who">
        <ConfidenceBadge
          confidence={card.confidence}
          confirmedBy={card.confirmedBy}
          kind={card.attributions[0]?.kind}
        />
        {card.corrections.length > 0 ? (
          <span class="badge fix" lang={ui}>
            {t('card.correctsSource')}
          </span>
        ) : null}
        {who ? (
          <span class="meta" lang={ui}>
            {who}
          </span>
        ) : null}
      </p>
      {main ? <SourceLine source={main} more={card.sources.length - 1} lang={ui} /> : null}
      {hasMore ? (
        <details class="more" open={props.expanded}>
          <summary lang={ui}>{t('card.more')}</summary>
          {card.corrections.map((c) => (
            <div class="correction" role="note" key={c.sourceSaid}>
              <strong lang={ui}>{t('card.correction')}</strong>{' '}
              <span lang={ui}>{t('card.sourceSays')}</span> {sentence(c.sourceSaid)}{' '}
              <span lang={ui}>{t('card.correct')}</span> {sentence(c.correct)} {sentence(c.why)}
              {c.sources.length > 0 ? (
                <span class="meta">
                  {' '}
                  ({c.sources.map((s) => s.publication).join(t('list.separator'))})
                </span>
              ) : null}
            </div>
          ))}
          {card.details.length > 0 ? (
            <ul class="details">
              {card.details.map((d) => (
                <li key={d}>{sentence(d)}</li>
              ))}
            </ul>
          ) : null}
          {card.dates.length > 0 || card.places.length > 0 ? (
            <p class="meta">
              {card.dates.map((d, i) => (
                <span key={`${d.date}-${i}`}>
                  {i > 0 ? ' · ' : ''}
                  <time dateTime={dateTimeAttribute(d)}>{formatFuzzyDate(d, lang)}</time>
                </span>
              ))}
              {card.dates.length > 0 && card.places.length > 0 ? ' · ' : ''}
              {card.places.join(t('list.separator'))}
            </p>
          ) : null}
          <AttributionLine attributions={card.attributions} lang={lang} />
          {card.sources.length > 0 ? (
            <ol class="sources" aria-label={t('card.sources')}>
              {card.sources.map((s) => (
                <SourceEntry key={s.url} source={s} lang={ui} />
              ))}
            </ol>
          ) : null}
        </details>
      ) : null}
      {props.readIn ? <LanguageSwitch current={lang} busy={busy} onPick={pick} /> : null}
      {failed ? (
        <p class="meta copy-status failed" role="alert" lang={ui}>
          {t('card.loadFailed')}
        </p>
      ) : null}
      {props.actions ? (
        <div class="actions" lang={ui}>
          {props.actions}
        </div>
      ) : null}
    </article>
  );
}
