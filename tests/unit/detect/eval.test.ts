import { describe, expect, it } from 'vitest';
import { curve, evaluate, report, tally } from './eval-set';

describe('evaluation set', () => {
  const dev = evaluate('dev');

  // The aim is 0.97 precision and 0.95 recall in every language on the holdout; this floor
  // keeps the dev set from sliding back below what the detector now reaches there.
  it('holds 0.93 precision and recall on dev in every language, 0.95 over all', () => {
    console.log(report('dev', dev));
    const langs = [...new Set(dev.map((o) => o.lang))];
    expect(langs.sort()).toEqual(['en', 'ja', 'ko', 'ru', 'zh']);
    for (const lang of langs) {
      const t = tally(dev.filter((o) => o.lang === lang));
      expect(t.precision, `${lang} precision`).toBeGreaterThanOrEqual(0.93);
      expect(t.recall, `${lang} recall`).toBeGreaterThanOrEqual(0.93);
    }
    const all = tally(dev);
    expect(all.precision, 'precision').toBeGreaterThanOrEqual(0.95);
    expect(all.recall, 'recall').toBeGreaterThanOrEqual(0.95);
  });

  // Page-level context the scorer reads (src/detect/score.ts): each story stands for a kind.
  it.each([
    ['dev/ru-114.txt', false, 'a tournament report whose prize money goes to the ministry'],
    ['dev/ko-090.txt', false, 'students on a language course and an art troupe abroad'],
    ['dev/en-074.txt', false, 'men promised jobs in Russia, sent to mines at home instead'],
    ['dev/en-075.txt', false, 'men who paid for overseas jobs, planting rice at home'],
    ['dev/ko-078.txt', false, 'a job fair for defectors in Seoul'],
    ['dev/ja-090.txt', false, "a defector's firm near Seoul"],
    ['dev/ru-093.txt', true, 'loyalty funds told far from the work, no country named'],
    ['dev/en-116.txt', true, 'a timber cutter who names the work by what he earned'],
    ['dev/en-118.txt', false, 'factory workers in Pyongyang cheering a launch at home'],
    ['dev/ja-111.txt', true, "cooks from Pyongyang in a Russian owner's restaurant"],
    ['dev/ko-111.txt', false, 'a defector "from the North" welding in Ulsan via an agency'],
    ['dev/ko-112.txt', false, 'Korean-Chinese carers who speak 조선말, placed by agencies'],
    ['dev/ru-118.txt', false, 'crews from Tajikistan building near the border with the DPRK'],
    ['dev/ru-121.txt', true, 'a brigade "из Пхеньяна" on a housing estate'],
    ['dev/zh-115.txt', false, 'an autumn harvest drive inside North Korea'],
    ['dev/zh-116.txt', true, 'a brief: men from Pyongyang bussed to a building site'],
    ['dev/ja-112.txt', true, 'a travel blog whose last paragraph is a restaurant troupe'],
    ['dev/ko-115.txt', true, 'a brief on an IT team taking app orders from Dandong'],
    ['dev/ko-116.txt', false, 'a rally for soldiers back from Russia, workers lining the streets'],
    ['dev/zh-117.txt', false, 'Korean-Chinese carers trained to work in South Korea'],
    [
      'dev/zh-118.txt',
      false,
      'a county labour-export scheme to Japan, across the river from the North',
    ],
    ['dev/ja-114.txt', false, 'a housing drive by soldiers and shock brigades, cement from China'],
    ['dev/en-119.txt', false, 'a marathon story over a bulleted list of regional headlines'],
    [
      'dev/zh-119.txt',
      false,
      'Hunchun crews at the three-border point, a foreman who speaks 朝鲜语',
    ],
    [
      'dev/ko-117.txt',
      false,
      'a defector who fled via China and Laos, now in business in the South',
    ],
  ])('%s: %s (%s)', (file, relevant) => {
    expect(dev.find((o) => o.file === file)?.predicted).toBe(relevant);
  });

  it('prints the precision/recall curve that the sensitivity setting moves along', () => {
    const holdout = evaluate('holdout');
    console.log(curve('dev', dev));
    console.log(curve('holdout', holdout));
    // A stricter threshold never finds more relevant documents.
    const recallAt = (t: number) =>
      tally(dev.map((o) => ({ ...o, predicted: o.rawScore >= t }))).recall;
    expect(recallAt(3.5)).toBeLessThanOrEqual(recallAt(2.5));
    expect(recallAt(2.5)).toBeLessThanOrEqual(recallAt(1.75));
  });

  it('prints holdout numbers (reported, not tuned on)', () => {
    const holdout = evaluate('holdout');
    console.log(
      report(
        'holdout',
        holdout.map((o) => ({ ...o, file: o.file.replace(/^holdout\/.*$/, 'holdout/…') })),
      ),
    );
    expect(holdout.length).toBeGreaterThan(0);
  });
});
