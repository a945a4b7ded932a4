import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/src/cli/scan';
import { detect } from '@/src/detect';

/**
 * What stands next to a worker term decides whose workers they are (src/detect/score.ts): the
 * country does, a place inside it only says where they work, and another nationality right after
 * them names their origin.
 */
describe('the words next to the workers', () => {
  it('takes a place inside North Korea next to the workers as where they are, not whose', () => {
    const place = detect('В порту работают бригады Раджина. Контейнеры уходят во Владивосток.');
    const country = detect('В порту работают бригады КНДР. Контейнеры уходят во Владивосток.');
    expect(place.rawScore).toBeLessThan(country.rawScore);
  });

  it('reads "из Пхеньяна" after the workers as their origin', () => {
    const d = detect('Во Владивостоке на стройке работает бригада из Пхеньяна, человек тридцать.');
    expect(d.relevant).toBe(true);
  });

  it('takes another nationality right after the workers as theirs', () => {
    const tajik = detect(
      'У границы с КНДР дорогу строят бригады из Таджикистана, их отправили в Приморье.',
    );
    const dprk = detect('У границы дорогу строят бригады из КНДР, их отправили в Приморье.');
    expect(tajik.relevant).toBe(false);
    expect(dprk.relevant).toBe(true);
  });

  it('takes an English nationality adjective after the workers as someone else', () => {
    const broker = detect(
      'Deckhands from the DPRK employed through a Chinese agent were found aboard; their pay went to Pyongyang despite the sanctions.',
    );
    const tajik = detect(
      'Builders employed from Tajikistan were found on a site near the DPRK border; their pay went home despite the sanctions.',
    );
    expect(broker.rawScore).toBeGreaterThan(tajik.rawScore);
    expect(broker.relevant).toBe(true);
  });

  it('reads a page whose negative context outweighs its places abroad as not about labor abroad', () => {
    const text =
      '"북에서 온 용접공" 울산 공장의 탈북민. 탈북민 김씨는 인력 파견업체를 통해 파견직으로 일했다. ' +
      '중국을 거쳐 왔다. 탈북민 동료들도 같은 공장에서 일한다.';
    expect(detect(text).relevant).toBe(false);
  });

  it("reads a page on other countries' workers, with North Korea only as a neighbour, as not about it", () => {
    const story = (workers: string): string =>
      `Builders arrive in Ussuriysk. About 260 ${workers} came to Primorye this month to build warehouses; ` +
      'the crews were recruited in Hunchun by an agency, and the workers live on the site and send wages home. ' +
      'The park lies on the road to North Korea, whose rail link at Khasan carries few trains.';
    const chinese = story('Chinese workers').replace(
      'the workers live',
      'the Chinese workers live',
    );
    expect(detect(chinese).relevant).toBe(false);
    expect(detect(story('North Korean workers')).relevant).toBe(true);
  });

  it('weighs places abroad against work at home only where they share a sentence with the work', () => {
    // Flood-recovery drives inside North Korea, with aid from Vladivostok and cement from
    // Dandong told in sentences of their own.
    for (const file of ['ru-122', 'en-122', 'ko-120', 'zh-122', 'ja-117']) {
      const path = `dev/${file}.txt`;
      const text = readFileSync(join(import.meta.dirname, '../../fixtures/detect', path), 'utf8');
      expect(detect(loadDocument(path, text)).relevant, file).toBe(false);
    }
  });

  it('takes work told at a place inside North Korea, with nothing abroad in its sentence, as work at home', () => {
    const route = 'Уголь идёт по линии Хасан — Раджин до причала.';
    const atRajin = detect(`${route} В порту Раджин докеры работают круглосуточно, в две смены.`);
    const atNakhodka = detect(
      `${route} В порту Находки докеры работают круглосуточно, в две смены.`,
    );
    expect(atRajin.relevant).toBe(false);
    expect(atNakhodka.relevant).toBe(true);
    // A dispatch or money term in the sentence names more than work at home.
    const paid = detect(
      'A trawler boarded off Jeju carried 11 deckhands from the DPRK hired through a broker in Rajin; their pay was sent to Pyongyang in breach of UN sanctions.',
    );
    expect(paid.relevant).toBe(true);
  });

  it('reads "направление" as a direction, not as sending people', () => {
    const dispatch = (text: string) =>
      (detect(text, { explain: true }).explained ?? []).filter((m) => m.evidence.includes('X'));
    expect(dispatch('Вторым направлением стал контейнерный сервис.')).toHaveLength(0);
    expect(dispatch('Фирма направляет бригады на стройки.')).toHaveLength(1);
  });

  it('reads "from Pyongyang" after the workers as their origin in English too, beside other crews', () => {
    const story = (origin: string, purpose: string): string =>
      `Russia turns to ${origin} as Chinese workers leave. Chinese workers have left Russian building sites as wages rose. ` +
      `Now builders from ${origin} are arriving in Vladivostok, ${purpose}.`;
    const dprk = story(
      'Pyongyang',
      'sent by the regime to earn hard currency for the state despite UN sanctions',
    );
    const tajik = story(
      'Tajikistan',
      'sent to earn money for their families near the North Korean border',
    );
    expect(detect(dprk).relevant).toBe(true);
    expect(detect(tajik).relevant).toBe(false);
  });
});
