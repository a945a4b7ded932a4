/**
 * Renders the overlay (panel + floating card) into the host's container and lets the
 * controller update it: hypothesis's PreactContainer render/destroy lifecycle. The map's CSS is
 * in the overlay's own sheet (see `src/ui/map/MapStyles.tsx`).
 */
import { render } from 'preact';
import { MapStylesInSheet } from '@/src/ui/map/MapStyles';
import { FloatingCard, type FloatingState } from './FloatingCard';
import { Panel, type PanelActions, type PanelData } from './Panel';

/** Callbacks for both parts of the overlay. */
export interface OverlayActions extends PanelActions {
  onCloseCard(): void;
}

/** A mounted overlay. */
export interface Overlay {
  setPanel(data: PanelData): void;
  setFloating(state: FloatingState | null): void;
  destroy(): void;
}

/** Mounts the overlay into `container`. */
export function mountOverlay(
  container: HTMLElement,
  actions: OverlayActions,
  initial: PanelData,
): Overlay {
  let panel = initial;
  let floating: FloatingState | null = null;
  const draw = () =>
    render(
      <MapStylesInSheet.Provider value={true}>
        <Panel data={panel} actions={actions} />
        {floating ? (
          <FloatingCard
            key={floating.id}
            state={floating}
            onClose={actions.onCloseCard}
            onReport={actions.onReport}
          />
        ) : null}
      </MapStylesInSheet.Provider>,
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
