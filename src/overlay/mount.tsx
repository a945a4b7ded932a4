/**
 * Renders the overlay (panel + floating card) into the host's container and lets the
 * controller update it: hypothesis's PreactContainer render/destroy lifecycle. The map's CSS is
 * in the overlay's own sheet (see `src/ui/map/MapStyles.tsx`).
 */
import { render } from 'preact';
import { I18nProvider } from '@/src/ui/i18n';
import { MapStylesInSheet } from '@/src/ui/map/MapStyles';
import type { Lang } from '@/src/vocabulary';
import { FloatingCard, type FloatingState } from './FloatingCard';
import { Panel, type PanelActions, type PanelData } from './Panel';

/** The overlay's data: the panel's, in the interface language, and what to announce. */
export interface OverlayData extends PanelData {
  lang?: Lang;
  /** One polite announcement for screen readers ("3 context cards available"). */
  announcement?: string;
}

/** Callbacks for both parts of the overlay. */
export interface OverlayActions extends PanelActions {
  onCloseCard(): void;
}

/** A mounted overlay. */
export interface Overlay {
  setPanel(data: OverlayData): void;
  setFloating(state: FloatingState | null): void;
  destroy(): void;
}

/** Mounts the overlay into `container`. */
export function mountOverlay(
  container: HTMLElement,
  actions: OverlayActions,
  initial: OverlayData,
): Overlay {
  let panel = initial;
  let floating: FloatingState | null = null;
  const readIn = actions.readCardIn;
  const draw = () =>
    render(
      <I18nProvider lang={panel.lang ?? 'en'}>
        <MapStylesInSheet.Provider value={true}>
          {/* Present from the start, so that its later text is announced. */}
          <p class="visually-hidden" role="status" aria-live="polite">
            {panel.announcement ?? ''}
          </p>
          <Panel
            data={panel}
            actions={actions}
            closeOpenCard={() => {
              if (!floating) return false;
              actions.onCloseCard();
              return true;
            }}
          />
          {floating ? (
            <FloatingCard
              key={floating.id}
              state={floating}
              onClose={actions.onCloseCard}
              onReport={actions.onReport}
              pageLang={panel.pageLang}
              readIn={readIn ? (lang) => readIn(floating?.card.id ?? '', lang) : undefined}
            />
          ) : null}
        </MapStylesInSheet.Provider>
      </I18nProvider>,
      container,
    );
  draw();
  return {
    setPanel(data) {
      panel = data;
      draw();
    },
    setFloating(state) {
      floating = state;
      draw();
    },
    destroy() {
      render(null, container);
    },
  };
}
