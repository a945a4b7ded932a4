/**
 * The card a marked term opens, beside it, positioned with floating-ui against the term's
 * Range (a virtual element: Custom Highlights have no element to anchor to). It takes focus
 * when the user opens it (not when it is shown again after the page changed); Esc or the close
 * button closes it and the controller returns focus.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';
import type { PageCardView } from '@/src/messaging/protocol';
import { FactCard, type ReadCardIn } from '@/src/ui/FactCard';
import { useI18n } from '@/src/ui/i18n';

/** What the floating card shows and where. */
export interface FloatingState {
  /** Increases with every opening, so a late render cannot show a stale card. */
  id: number;
  term: string;
  range: Range;
  /** The card the marked term opens. */
  card: PageCardView;
  /** Whether the card takes focus (false when it is shown again over a rescanned page). */
  focus?: boolean;
}

function virtualElement(range: Range) {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/** The floating card; `onReport` gets the card's fact id. */
export function FloatingCard(props: {
  state: FloatingState;
  onClose: () => void;
  onReport: (factId: string) => void;
  readIn?: ReadCardIn;
  /** The page's language, for the quoted term. */
  pageLang?: string;
}) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const { state } = props;
  useEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    const reference = virtualElement(state.range);
    const place = () =>
      computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    const stop = autoUpdate(reference, floating, place, { animationFrame: false });
    if (state.focus !== false) floating.focus({ preventScroll: true });
    return stop;
  }, [state.id]);
  const titleId = `lens-floating-${state.id}`;
  return (
    <div
      ref={ref}
      class="floating"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      lang={lang}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        }
      }}
    >
      <button type="button" class="close" aria-label={t('floating.close')} onClick={props.onClose}>
        ×
      </button>
      <p class="meta" id={titleId}>
        <q lang={props.pageLang}>{state.term}</q>
      </p>
      <FactCard
        card={state.card}
        headingId={`${titleId}-card`}
        level={2}
        readIn={props.readIn}
        actions={
          <button type="button" onClick={() => props.onReport(state.card.id)}>
            {t('panel.report')}
          </button>
        }
      />
    </div>
  );
}
