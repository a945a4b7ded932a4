/**
 * North Korea's provinces and directly governed cities, the usual "origin" of a group of
 * workers ("200 men from Pyongyang and South Pyongan Province"). The fact base's gazetteer holds
 * only the places its facts cite (Pyongyang, South Pyongan, Rason, Sinuiju); the other
 * provinces are listed here with their standard names in the five languages, without
 * coordinates, so they are offered as origins but never drawn on the map as if located.
 * Korean 개성 (Kaesong) is left out: it is also the everyday word for "individuality".
 */
import type { NamedEntry } from './name-matcher';

/** Gazetteer ids that are North Korean places and can be an origin. */
export const DPRK_GAZETTEER_IDS = ['pyongyang', 'south-pyongan', 'rason', 'sinuiju'] as const;

/** Provinces and cities outside the gazetteer, as name lists per language. */
export const OTHER_DPRK_ORIGINS: ReadonlyArray<NamedEntry<{ name: string }>> = [
  {
    value: { name: 'North Pyongan Province' },
    names: [
      'North Pyongan',
      "North P'yŏngan",
      'Pyonganbuk-do',
      '평안북도',
      '평북',
      'Пхёнан-Пукто',
      '平安北道',
    ],
  },
  {
    value: { name: 'Chagang Province' },
    names: ['Chagang', 'Jagang', '자강도', 'Чагандо', '慈江道'],
  },
  {
    value: { name: 'North Hwanghae Province' },
    names: ['North Hwanghae', 'Hwanghaebuk-do', '황해북도', 'Хванхэ-Пукто', '黄海北道', '黃海北道'],
  },
  {
    value: { name: 'South Hwanghae Province' },
    names: ['South Hwanghae', 'Hwanghaenam-do', '황해남도', 'Хванхэ-Намдо', '黄海南道', '黃海南道'],
  },
  {
    value: { name: 'Kangwon Province (North Korea)' },
    names: ['Kangwon Province', '강원도', 'Канвондо', '江原道'],
  },
  {
    value: { name: 'South Hamgyong Province' },
    names: [
      'South Hamgyong',
      'South Hamgyŏng',
      'Hamgyongnam-do',
      '함경남도',
      '함남',
      'Хамгён-Намдо',
      '咸镜南道',
      '咸鏡南道',
    ],
  },
  {
    value: { name: 'North Hamgyong Province' },
    names: [
      'North Hamgyong',
      'North Hamgyŏng',
      'Hamgyongbuk-do',
      '함경북도',
      '함북',
      'Хамгён-Пукто',
      '咸镜北道',
      '咸鏡北道',
    ],
  },
  {
    value: { name: 'Ryanggang Province' },
    names: ['Ryanggang', 'Yanggang', '양강도', '량강도', 'Рянгандо', '两江道', '兩江道', '両江道'],
  },
  {
    value: { name: 'Nampo' },
    names: ['Nampo', "Namp'o", '남포', 'Нампхо', '南浦'],
  },
  {
    value: { name: 'Kaesong' },
    names: ['Kaesong', 'Kaesŏng', 'Кэсон', '开城', '開城'],
  },
];
