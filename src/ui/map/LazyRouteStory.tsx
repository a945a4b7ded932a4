/**
 * Mounts the route story from its own chunk, so the views that offer it (popup detail, journal)
 * keep their first bundle small; the fact base comes along only when the caller has none.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Sighting } from '@/src/sightings/model';
import type { RouteStory, StoryData } from './RouteStory';

type StoryProps = Parameters<typeof RouteStory>[0];

/** The route story once its code (and, without `data`, the fact base) has loaded. */
export function LazyRouteStory(props: {
  data?: StoryData;
  lang?: string;
  factId?: string;
  sightings?: readonly Sighting[];
  idPrefix?: string;
}) {
  const [loaded, setLoaded] = useState<{
    Story: ComponentType<StoryProps>;
    data: StoryData;
  } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      import('./RouteStory'),
      props.data ? Promise.resolve(props.data) : import('@/src/facts').then((m) => m.factBase),
    ]).then(
      ([m, data]) => live && setLoaded({ Story: m.RouteStory, data }),
      (error: unknown) => live && setFailed(String(error)),
    );
    return () => {
      live = false;
    };
  }, [props.data]);
  if (failed) return <p role="alert">Could not load the route map: {failed}</p>;
  if (!loaded) return <p aria-busy="true">Loading the route map…</p>;
  const { Story, data } = loaded;
  return (
    <Story
      data={data}
      lang={props.lang}
      factId={props.factId}
      sightings={props.sightings}
      idPrefix={props.idPrefix}
    />
  );
}
