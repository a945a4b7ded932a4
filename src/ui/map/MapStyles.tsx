/**
 * The map's CSS for a view. The popup and the journal get it as a `<style>` element in each map
 * component. The overlay cannot: a page's `style-src` policy blocks `<style>` elements there
 * (Firefox applies it to the extension's shadow root too), so the overlay puts `MAP_CSS` into its
 * adopted style sheet and tells the components, through {@link MapStylesInSheet}, to add none.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { MAP_CSS } from './styles';

/** True where the surrounding view's own style sheet already holds `MAP_CSS`. */
export const MapStylesInSheet = createContext(false);

/** `<style>` with the map's CSS, unless the view has it in its sheet. */
export function MapStyles() {
  return useContext(MapStylesInSheet) ? null : <style>{MAP_CSS}</style>;
}
