/**
 * A small fact base shaped like the bundled one, so the search is tested against known data
 * independently of edits to the real data files.
 */
import type { Fact, Place, Source } from '@/src/facts/schema';
import type { FactBaseData } from '@/src/facts/validate';

const place = (
  id: string,
  en: string[],
  ko: string[],
  ru: string[],
  zh: string[],
  ja: string[],
): Place => ({
  id,
  kind: 'city',
  lat: 40,
  lon: 125,
  coord: 'standard',
  names: { en, ko, ru, zhHans: zh, zhHant: zh, ja },
});

export const samplePlaces: Place[] = [
  place('dandong', ['Dandong', 'Antung'], ['단둥'], ['Даньдун', 'Дандун'], ['丹东'], ['丹東']),
  place('khasan', ['Khasan', 'Hasan', 'Hassan'], ['하산'], ['Хасан'], ['哈桑'], ['ハサン']),
  place(
    'vladivostok',
    ['Vladivostok'],
    ['블라디보스토크'],
    ['Владивосток'],
    ['海参崴'],
    ['ウラジオストク'],
  ),
  place('pyongyang', ['Pyongyang', "P'yŏngyang"], ['평양'], ['Пхеньян'], ['平壤'], ['平壌']),
];

export const sampleSources: Source[] = [
  {
    id: 'dailynk-en-2017',
    publication: 'Daily NK',
    title: 'Hundreds of North Korean workers dispatched to Russia via China',
    date: { date: '2017-03-22', precision: 'day' },
    url: 'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/',
    lang: 'en',
    accessed: '2026-11-20',
  },
  {
    id: 'un-press-2397',
    publication: 'United Nations',
    title: 'Security Council tightens sanctions on DPRK',
    date: { date: '2017-12-22', precision: 'day' },
    url: 'https://press.un.org/en/2017/sc13141.doc.htm',
    lang: 'en',
  },
];

const base = {
  details: [],
  dates: [],
  confidence: 'single-source',
  corrections: [],
  related: [],
} as const;

export const sampleFacts: Fact[] = [
  {
    ...base,
    details: [],
    dates: [{ date: '2017-03', precision: 'month' }],
    corrections: [],
    related: [],
    id: 'dandong-inns-workers',
    topic: 'dandong-inns',
    title: 'About 200 workers waited at two Dandong inns',
    summary:
      'Groups of North Korean workers stayed about a week at two inns before leaving for Russia.',
    places: ['dandong', 'pyongyang'],
    attributions: [
      { who: 'Kim Dong Nam', role: 'head of INFNK', source: 'dailynk-en-2017', kind: 'report' },
    ],
    sources: ['dailynk-en-2017'],
    people: ['Kim Dong Nam', '김동남'],
    orgs: ['International Network for a Free North Korea', 'INFNK'],
    triggers: { en: ['Dandong inn'], ko: ['단둥 여관'] },
  },
  {
    ...base,
    details: ['The usual chain runs Rason, Khasan, Vladivostok, then Ussuriysk or Khabarovsk.'],
    dates: [],
    corrections: [],
    related: [],
    id: 'usual-route',
    topic: 'route-history',
    title: 'The usual route runs by rail through Khasan',
    summary:
      'Workers for Russia normally cross directly from Rason to Khasan and go on to Vladivostok.',
    places: ['khasan', 'vladivostok'],
    attributions: [
      { who: 'Daily NK', role: 'news outlet', source: 'dailynk-en-2017', kind: 'report' },
    ],
    sources: ['dailynk-en-2017'],
    triggers: { ru: ['Хасан'] },
  },
  {
    ...base,
    details: ['Para 8 sets a 24-month deadline, ending 22 December 2019.'],
    dates: [{ date: '2017-12-22', precision: 'day' }],
    corrections: [],
    related: [],
    id: 'unscr-2397-repatriation',
    topic: 'sanctions',
    title: 'Resolution 2397 orders workers home within 24 months',
    summary:
      'UN Security Council resolution 2397 requires states to repatriate DPRK nationals earning income.',
    places: [],
    attributions: [
      {
        who: 'UN Security Council',
        role: 'resolution',
        source: 'un-press-2397',
        kind: 'statement',
      },
    ],
    confidence: 'confirmed',
    confirmedBy: 3,
    sources: ['un-press-2397'],
    triggers: { en: ['Resolution 2397'], ko: ['안보리 결의 2397호'] },
  },
  {
    ...base,
    details: ['No source gives a reason for the closure.'],
    dates: [{ date: '2007', precision: 'approximate' }],
    corrections: [],
    related: [],
    id: 'china-route-closed',
    topic: 'route-history',
    title: 'The China route was shut about ten years earlier',
    summary: 'DPRK authorities suddenly closed the route through Dandong around 2007.',
    places: ['dandong'],
    attributions: [
      { who: 'Kim Dong Nam', role: 'head of INFNK', source: 'dailynk-en-2017', kind: 'claim' },
    ],
    sources: ['dailynk-en-2017'],
    triggers: {},
  },
];

/** The sample collections together. */
export const sampleBase: FactBaseData = {
  facts: sampleFacts,
  sources: sampleSources,
  places: samplePlaces,
};
