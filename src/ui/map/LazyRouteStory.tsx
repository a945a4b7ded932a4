/**
 * Mounts the route story from its own chunk, so the views that offer it (popup detail, journal)
 * keep their first bundle small; the fact base comes along only when the caller has none, and
 * then with the fact titles of the interface language, so the timeline names facts in it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Sighting } from '@/src/sightings/model';
import type { Lang } from '@/src/vocabulary';
import { useI18n } from '../i18n';
import type { RouteStory, StoryData } from './RouteStory';

type StoryProps = Parameters<typeof RouteStory>[0];

/** The fact base as the story reads it, with fact titles in `lang` where they are translated. */
async function factBaseIn(lang: Lang): Promise<StoryData> {
  const [{ factBase }, titles] = await Promise.all([
    import('@/src/facts'),
    import('@/src/report-ui/fact-titles').then((m) => m.factTitles(lang)).catch(() => ({})),
  ]);
  const translated: Record<string, string> = titles;
  return {
    places: factBase.places,
    placeById: (id) => factBase.placeById(id),
    factById(id) {
      const fact = factBase.factById(id);
      const title = translated[id];
      return fact && title ? { ...fact, title } : fact;
    },
  };
}

/** The route story once its code (and, without `data`, the fact base) has loaded. */
export function LazyRouteStory(props: {
  data?: StoryData;
  lang?: string;
  factId?: string;
  sightings?: readonly Sighting[];
  idPrefix?: string;
}) {
  const { t, lang: uiLang } = useI18n();
  const lang = (props.lang as Lang | undefined) ?? uiLang;
  const [loaded, setLoaded] = useState<{
    Story: ComponentType<StoryProps>;
    data: StoryData;
  } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      import('./RouteStory'),
      props.data ? Promise.resolve(props.data) : factBaseIn(lang),
    ]).then(
      ([m, data]) => live && setLoaded({ Story: m.RouteStory, data }),
      (error: unknown) => live && setFailed(String(error)),
    );
    return () => {
      live = false;
    };
  }, [props.data, lang]);
  if (failed) return <p role="alert">{t('map.failed', { reason: failed })}</p>;
  if (!loaded) return <p aria-busy="true">{t('map.loading')}</p>;
  const { Story, data } = loaded;
  return (
    <Story
      data={data}
      lang={lang}
      factId={props.factId}
      sightings={props.sightings}
      idPrefix={props.idPrefix}
    />
  );
}
