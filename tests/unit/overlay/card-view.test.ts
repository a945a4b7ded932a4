import { describe, expect, it } from 'vitest';
import type { Fact, Place, Source } from '@/src/facts/schema';
import { placeName, toCardView } from '@/src/ui/card-view';
import { groupByTopic } from '@/src/ui/topics';
import { TOPIC_LABELS } from '@/src/vocabulary';

const dandong: Place = {
  id: 'dandong',
  kind: 'city',
  lat: 40.1,
  lon: 124.4,
  coord: 'standard',
  names: {
    en: ['Dandong'],
    ko: ['단둥'],
    ru: ['Даньдун'],
    zhHans: ['丹东'],
    zhHant: ['丹東'],
    ja: ['丹東'],
  },
};
const yonhap: Source = {
  id: 'yonhap-2017',
  publication: 'Yonhap',
  title: 'Meeting report',
  date: { date: '2017-03-17', precision: 'day' },
  url: 'https://example.org/yonhap',
  lang: 'ko',
  perspective: 'South Korean news agency',
};
const fact: Fact = {
  id: 'meeting',
  topic: 'russia-dprk-meeting',
  title: 'Working-group meeting',
  summary: 'Russia and the DPRK met.',
  details: ['Seventh meeting'],
  dates: [{ date: '2017-03-17', precision: 'day', label: 'meeting' }],
  places: ['dandong', 'nowhere'],
  attributions: [{ who: 'Yonhap', role: 'news agency', source: 'yonhap-2017', kind: 'report' }],
  confidence: 'confirmed',
  confirmedBy: 4,
  corrections: [
    {
      sourceSaid: 'Russia and China',
      correct: 'Russia and the DPRK',
      why: 'x',
      sources: ['yonhap-2017', 'gone'],
    },
  ],
  related: [],
  sources: ['yonhap-2017'],
  triggers: {},
};
const lookups = {
  sourceById: (id: string) => (id === yonhap.id ? yonhap : undefined),
  placeById: (id: string) => (id === dandong.id ? dandong : undefined),
};

describe('toCardView', () => {
  it('resolves sources, places and attributions and drops dangling ids', () => {
    const view = toCardView(fact, lookups, 'ru');
    expect(view.places).toEqual(['Даньдун']);
    expect(view.sources.map((s) => s.url)).toEqual(['https://example.org/yonhap']);
    expect(view.attributions[0]?.source?.publication).toBe('Yonhap');
    expect(view.corrections[0]?.sources).toHaveLength(1);
    expect(view.confirmedBy).toBe(4);
  });

  it('shows date labels, who says it and perspectives in the language of the card text', () => {
    const text = {
      title: 'Рабочая группа',
      summary: 'Россия и КНДР встретились.',
      details: ['Седьмое заседание'],
      corrections: [{ sourceSaid: 'Россия и Китай', correct: 'Россия и КНДР', why: 'x' }],
      roles: ['информационное агентство'],
      dateLabels: ['заседание'],
      whos: ['Рёнхап'],
    };
    const view = toCardView(fact, lookups, 'ru', {
      lang: 'ru',
      text,
      sources: { [yonhap.id]: { perspective: 'южнокорейское информагентство' } },
    });
    expect(view.lang).toBe('ru');
    expect(view.dates[0]?.label).toBe('заседание');
    expect(view.attributions[0]?.who).toBe('Рёнхап');
    expect(view.attributions[0]?.source?.perspective).toBe('южнокорейское информагентство');
    expect(view.sources[0]?.perspective).toBe('южнокорейское информагентство');
    expect(view.sources[0]?.perspectiveLang).toBe('ru');
    // The publication and the title stay as published.
    expect(view.sources[0]?.publication).toBe('Yonhap');
    expect(view.sources[0]?.title).toBe('Meeting report');
  });

  it('keeps a perspective the language lacks in English, marked as English', () => {
    const view = toCardView(fact, lookups, 'ja', { lang: 'ja', text: undefined, sources: {} });
    expect(view.sources[0]?.perspective).toBe('South Korean news agency');
    expect(view.sources[0]?.perspectiveLang).toBe('en');
    expect(view.dates[0]?.label).toBe('meeting');
    expect(view.attributions[0]?.who).toBe('Yonhap');
  });

  it('names places in simplified Chinese for zh and in English for unknown languages', () => {
    expect(placeName(dandong, 'zh')).toBe('丹东');
    expect(placeName(dandong, 'und')).toBe('Dandong');
  });
});

describe('groupByTopic', () => {
  it('orders groups by their best item and keeps item order inside', () => {
    const items = [
      { id: 'a', topic: 'sanctions' as const },
      { id: 'b', topic: 'route-history' as const },
      { id: 'c', topic: 'sanctions' as const },
    ];
    const groups = groupByTopic(items);
    expect(groups.map((g) => g.topic)).toEqual(['sanctions', 'route-history']);
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(groups[0]?.label).toBe(TOPIC_LABELS.sanctions);
  });
});
