/**
 * Asks the background for the route-history card's map data (gazetteer and country shapes),
 * which stay out of the content script's bundle.
 */
import { contentToBackground } from '@/src/messaging/protocol';
import type { RouteMapData } from '@/src/ui/map/CompactRouteView';

/** The map data, fetched when the reader opens the map. */
export function fetchRouteMapData(): Promise<RouteMapData> {
  return contentToBackground.sendMessage('getRouteMapData', undefined);
}
