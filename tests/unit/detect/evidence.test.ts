import { describe, expect, it } from 'vitest';
import { detect } from '@/src/detect';

/** Neutral prose with no lexicon term, to put distance between two pieces of evidence. */
const filler = (sentences: number): string =>
  ' The morning was cold and the streets were quiet.'.repeat(sentences);

describe('evidence rules', () => {
  it('pairs a strong labor-export term with North Korea named a paragraph earlier', () => {
    const near = `North Korea rarely comments on the matter.${filler(5)}\n\nThe labor export scheme brings its state hard currency.`;
    const far = `North Korea rarely comments on the matter.${filler(12)}\n\nThe labor export scheme brings its state hard currency.`;
    expect(detect(near).relevant).toBe(true);
    expect(detect(far).relevant).toBe(false);
  });

  it('counts a closing paragraph that says what is done with the people like a lead', () => {
    const opening = 'Our week in Ulaanbaatar: markets, a monastery and the best dumplings in town.';
    const closing = (words: string) =>
      `${opening}${filler(30)}\n\nNext door a crew was putting up a block of flats. ${words}`;
    // The workers' one paragraph comes last, saying they were sent and where the pay goes.
    expect(
      detect(closing('The men had been sent by North Korea, and their earnings go to the state.'))
        .relevant,
    ).toBe(true);
    // The same close with only a place abroad: the travel diary stays one.
    expect(
      detect(closing('One of the men said he had visited North Korea and loved Mongolia.'))
        .relevant,
    ).toBe(false);
  });

  it('reads workers and wages on a page about work inside North Korea as work at home', () => {
    const kaesong = `Twenty years of the Kaesong Industrial Complex, remembered.${filler(12)} Wages of the North Korean workers were paid in hard currency to a state agency, not to the workers.`;
    expect(detect(kaesong).relevant).toBe(false);
    // The same wages told of workers in Russia, with Kaesong only in the opening line.
    const abroad = `Twenty years of the Kaesong Industrial Complex, remembered.${filler(12)} Wages of the North Korean workers in Russia were paid in hard currency to a state agency, not to the workers.`;
    expect(detect(abroad).relevant).toBe(true);
  });

  it('reads a union delegation and its "working class" as no labor abroad', () => {
    const text =
      'Delegation of the trade union federation of North Korea in Moscow. Both sides praised the working class, and the workers of Russia and North Korea pledged friendship.';
    expect(detect(text).relevant).toBe(false);
  });

  it('counts a North Korean restaurant as labor export only where an abroad term stands by', () => {
    expect(detect('A North Korean restaurant in Phnom Penh hired new waitresses.').relevant).toBe(
      true,
    );
    expect(detect('A North Korean restaurant in Seoul hired new waitresses.').relevant).toBe(false);
    expect(detect('캄보디아 프놈펜의 평양식당에 새 봉사원들이 왔다.').relevant).toBe(true);
    expect(detect('서울 마포구의 북한 식당에 새 종업원들이 왔다.').relevant).toBe(false);
  });

  it('takes occupations of workers sent abroad as worker terms', () => {
    expect(detect('Лесорубы из КНДР валят лес в Амурской области.').relevant).toBe(true);
    expect(detect('Северокорейцы трудятся на стройках Петербурга.').relevant).toBe(true);
    expect(detect('朝鲜程序员在沈阳为海外客户开发应用。').relevant).toBe(true);
    expect(detect('北朝鮮から来た女性が中国の水産加工場で働く。').relevant).toBe(true);
    // Crews named by where they came from, not by a stock phrase.
    expect(detect('라오스 호텔 공사장에 북에서 보낸 미장공 40여 명이 일한다.').relevant).toBe(true);
    expect(detect('モンゴルの現場では平壌から来た作業班が働いている。').relevant).toBe(true);
  });

  it('does not read a national team as North Korean nationals', () => {
    const text = 'The North Korean national team arrived in Russia to train and play two matches.';
    expect(detect(text).relevant).toBe(false);
  });

  it('treats cyber theft as another purpose than labor', () => {
    const labor = 'North Korean employees abroad sent money to their families.';
    const theft = 'North Korean hackers targeted employees abroad and stole their crypto wallets.';
    expect(detect(labor).relevant).toBe(true);
    expect(detect(theft).relevant).toBe(false);
  });

  it('leaves a breadcrumb trail out of the sentences shown as evidence', () => {
    const story =
      '북한 > 대북제재\n송환 시한 앞둔 러시아 내 북한 노동자 급감\n러시아 건설 현장에서 일하던 북한 노동자들이 귀국했다.';
    const d = detect(story);
    expect(d.relevant).toBe(true);
    expect(d.evidence.length).toBeGreaterThan(0);
    expect(d.evidence.map((e) => e.text)).not.toContain('북한 > 대북제재');
  });
});
