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

  it('reads each item of a digest apart, and a labelled script as one story', () => {
    const housing =
      'State media said youth shock brigades and army builders finished 4,000 flats on the edge of Pyongyang in ten months. Factory workers and teachers were the first tenants.';
    const kaesong =
      'South Korean firms that left the Kaesong industrial zone ten years ago say compensation is still short. Some 50,000 North Korean workers once worked there.';
    const crew =
      'A building crew sent from Pyongyang is finishing two towers in Vladivostok, local sources say. The men came on study visas and hand most of their pay to a state trading company, in breach of UN sanctions.';
    const title = 'Weekly North Korea briefing';
    const digest = detect(
      `${title}\n\nPyongyang opens new housing street\n${housing}\n\nKaesong tenants still wait\n${kaesong}\n\nCrew from Pyongyang on a Vladivostok site\n${crew}\n`,
    );
    // Work at home told twice over the page caps every cluster of one story...
    const story = detect(`${title}\n\n${housing}\n\n${kaesong}\n\n${crew}\n`);
    // ...and segment labels in brackets do not make a script a row of items.
    const script = detect(
      `${title}\n\n[Anchor]\n${housing}\n\n[Report]\n${kaesong}\n\n[Interview]\n${crew}\n`,
    );
    // A list of related links is short lines with no text under them, not a row of items.
    const links = detect(
      `${title}\n\n${housing}\n\n${kaesong}\n\nRead more\nCrews sent from Pyongyang build Vladivostok towers despite UN sanctions\nKim visits a new tractor plant\nRason port handles more coal\n`,
    );
    expect(digest.relevant).toBe(true);
    expect(story.relevant).toBe(false);
    expect(script.relevant).toBe(false);
    expect(links.relevant).toBe(false);
  });

  it('keeps the window inside one item of a digest', () => {
    const digest = (join: string): string =>
      [
        'Weekly North Korea briefing',
        'Brigades head for the railway',
        'Two thousand members of youth shock brigades left Pyongyang for a mountain railway work site, state media said. They will spend the summer on the site.',
        'Troupe sent to Russia',
        'A North Korean art troupe of 60 was dispatched to Moscow and Kazan for a two-week tour, the culture ministry said.',
        'Defectors find more jobs',
        'More defectors in the South found jobs last year, the unification ministry said.',
      ].join(join);
    // Under headings, the brigade at home and the troupe sent abroad are two stories; only
    // the headings keep them apart (run together, the words lie within one window).
    const items = detect(digest('\n\n'));
    expect(items.relevant).toBe(false);
    expect(items.rawScore).toBeLessThan(detect(digest(' ')).rawScore);
  });

  it('puts the country next to the workers only within one sentence', () => {
    const story = (join: string): string =>
      `Track work starts at Khasan as more trains run to the DPRK${join}Brigades of the Far Eastern Railway began relaying the station tracks this week; the crews came down from Ussuriysk.`;
    // "…to the DPRK. Brigades of the railway…": the page puts the two side by side, the
    // sentence does not; run into one phrase ("the DPRK brigades") they are the North's.
    expect(detect(story('.\n\n')).rawScore).toBeLessThan(detect(story(' ')).rawScore);
  });

  it('reads "Russian" right before the workers as theirs, and nowhere else as a sign', () => {
    const russians = detect(
      'Engineers dispatched to Rajin. A team of Russian welders was sent to the North Korean port of Rajin to repair a coal berth for four months.',
    );
    const northKoreans = detect(
      'Welders dispatched to Vladivostok. A team of North Korean welders was sent to a Russian shipyard in Vladivostok to repair hulls for four months.',
    );
    expect(russians.relevant).toBe(false);
    expect(northKoreans.relevant).toBe(true);
  });

  it('reads a page that names other nationalities often and never the North next to its workers as about them', () => {
    const page = (who: string): string =>
      `Rail crews dispatched to Rajin. ${who} track crews crossed the bridge at Khasan on Monday to relay the line to Rajin in North Korea. ` +
      `The ${who} brigade will stay two months; ${who} engineers supervise the work, the railway said.`;
    expect(detect(page('Russian')).relevant).toBe(false);
  });

  it('takes no strength from workers another nationality names', () => {
    const text =
      'ロシア沿海地方のハサンで、北朝鮮と結ぶ豆満江の自動車橋の工事が進む。' +
      '現場で働く作業員の多くはウズベキスタンからの出稼ぎ労働者だ。';
    // 出稼ぎ労働者 is a strong term; told as Uzbeks, it lends the work word before it none.
    expect(detect(text).relevant).toBe(false);
    expect(detect(text.replace('ウズベキスタンからの', '')).relevant).toBe(true);
  });

  it('does not read "Russian" away from the workers as whose they are', () => {
    const text =
      'A Russian contractor in Vladivostok hired a brigade sent from the DPRK; the men were dispatched to a housing site and their pay went to Pyongyang.';
    expect(detect(text).relevant).toBe(true);
  });

  it('takes trains sent along the route as freight, and people sent along it as people', () => {
    const freight =
      'Coal trains dispatched to Rajin. Russian Railways dispatched 41 freight trains from Khasan via Tumangang to the port of Rajin in North Korea this quarter, carrying coal and fertiliser; containers were sent back empty to Khasan.';
    const brigades =
      'Brigades dispatched to Khabarovsk. Pyongyang dispatched 41 brigades from Tumangang via Khasan to Khabarovsk sites in Russia this quarter, carrying tools; the men were sent back to Tumangang in winter.';
    expect(detect(freight).relevant).toBe(false);
    expect(detect(brigades).relevant).toBe(true);
  });

  it('pairs a place inside North Korea with the work of its own clause', () => {
    // Russian staff at Khasan, the North's dockers at Rajin: one sentence, two clauses.
    const text =
      '하산~나진 화물 늘어. 하산역에서는 러시아 직원들이 화차 검수를 맡고, 나진항에서는 북측 항만 직원들이 하역 작업을 한다. 빈 컨테이너는 하산으로 보내진다.';
    expect(detect(text).relevant).toBe(false);
  });

  it('reads workers "sent from the DPRK" as the North\'s, told in the middle of a page', () => {
    const pad =
      'The yard has three dry docks and a floating crane, and its managers say the order book is the fullest in a decade. Steel prices rose again in the spring, and the yard has asked its buyers to share the cost. ';
    const page = (who: string): string =>
      `Trawler repairs fill the Nakhodka yard\n\n${pad.repeat(3)}\n\nThe work on the hulls is done by ${who}; their pay is handed to a minder from a state trading company.\n\n${pad.repeat(3)}`;
    expect(detect(page('welders sent from the DPRK')).relevant).toBe(true);
    expect(detect(page('welders sent from Ussuriysk')).relevant).toBe(false);
    const ru = (who: string): string =>
      `Отделку гостиницы в Уссурийске выполняют ${who}; зарплату за них получает руководитель группы.`;
    expect(detect(ru('отделочники, направленные из Северной Кореи')).relevant).toBe(true);
    expect(detect(ru('отделочники, направленные из Хабаровска')).relevant).toBe(false);
  });
});
