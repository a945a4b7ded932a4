/**
 * A fact opened from the list: its full card (shared with the in-page overlay), its sources,
 * and "Copy citation" for its main source, with a visible confirmation or, when the browser
 * refuses the clipboard, the citation selected for copying by hand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactBase } from '@/src/facts';
import type { Fact } from '@/src/facts/schema';
import { formatCitation } from '@/src/search/citation';
import { toCardView } from '@/src/ui/card-view';
import { FactCard, type ReadCardIn } from '@/src/ui/FactCard';
import { useI18n } from '@/src/ui/i18n';
import { LazyRouteStory } from '@/src/ui/map/LazyRouteStory';
import type { Lang } from '@/src/vocabulary';
import { type CopyOutcome, copyText } from './copy-text';

function CopyCitation(props: { citation: string; copy: (text: string) => Promise<CopyOutcome> }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const manual = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome && !outcome.ok) manual.current?.select();
  }, [outcome]);
  return (
    <div class="citation">
      <button type="button" onClick={async () => setOutcome(await props.copy(props.citation))}>
        {t('popup.copyCitation')}
      </button>
      <p role="status" class={outcome?.ok === false ? 'copy-status failed' : 'copy-status'}>
        {outcome === null
          ? ''
          : outcome.ok
            ? t('popup.copied')
            : t('popup.copyFailed', { reason: outcome.reason })}
      </p>
      {outcome?.ok === false ? (
        <textarea
          ref={manual}
          readOnly
          rows={4}
          aria-label={t('popup.citation')}
          value={props.citation}
        />
      ) : null}
    </div>
  );
}

/** The detail view of `fact`; `onBack` returns to the list. */
export function FactDetail(props: {
  fact: Fact;
  base: FactBase;
  onBack: () => void;
  /** Why the current page gets this card, when it was opened from "This page". */
  why?: string;
  copy?: (text: string) => Promise<CopyOutcome>;
  readIn?: ReadCardIn;
  /** The language `fact`'s text is written in. */
  factLang?: Lang;
}) {
  const { t, lang: ui } = useI18n();
  const lang = props.factLang ?? ui;
  const { fact, base } = props;
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), [fact.id]);
  const main = base.mainSource(fact);
  const citation = main ? formatCitation(main) : null;
  const headingId = `detail-${fact.id}`;
  return (
    // The list's main region is hidden while a fact is open: this is the page's main then.
    <main
      class="detail"
      ref={region}
      tabIndex={-1}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onBack();
        }
      }}
    >
      <h1 class="visually-hidden">{t('ext.name')}</h1>
      <button type="button" class="back" onClick={props.onBack}>
        {t('popup.back')}
      </button>
      <FactCard
        // The popup's fact base is already in the interface language (see withFactTexts), and
        // carries its sources' perspectives in it.
        card={{
          ...toCardView(fact, base, lang, { lang, text: undefined, sources: base.sourceTexts }),
          lang,
        }}
        readIn={props.readIn}
        headingId={headingId}
        level={2}
        why={props.why}
        expanded
        actions={
          citation ? <CopyCitation citation={citation} copy={props.copy ?? copyText} /> : undefined
        }
      />
      {fact.topic === 'route-history' ? (
        <LazyRouteStory data={base} factId={fact.id} idPrefix={`story-${fact.id}`} />
      ) : null}
    </main>
  );
}
