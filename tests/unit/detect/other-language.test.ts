/** Pages in languages the extension does not read stay silent; mixed pages are judged on their core-language part. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/src/detect';
import { isOtherLanguage } from '@/src/detect/other-language';

const OTHER: Record<string, string> = {
  de: 'Nordkoreanische Arbeiter auf Baustellen in Wladiwostok\n\nHunderte Arbeiter aus der DPRK sind nach Angaben von Menschenrechtlern in diesem Jahr nach Russland gekommen, um auf Baustellen zu arbeiten. Die Regierung von Kim Jong Un verdient damit Devisen; die Männer selbst erhalten nur einen kleinen Teil ihres Lohns, der Rest geht an den Staat. Nach der Resolution 2397 des UN-Sicherheitsrates hätten alle Arbeiter bis Ende 2019 zurückkehren müssen.',
  uk: 'Північнокорейські робітники на будовах Владивостока\n\nСотні робітників з КНДР цього року прибули до Росії, щоб працювати на будівництві житлових комплексів, повідомили правозахисники. Режим Кім Чен Ина отримує від цього валюту, а самі робітники отримують лише невелику частину зарплати. За резолюцією 2397 Ради безпеки ООН усі вони мали повернутися додому до кінця 2019 року.',
  pl: 'Robotnicy z Korei Północnej w polskich stoczniach\n\nWedług raportu organizacji praw człowieka kilkuset robotników z KRLD pracowało w stoczniach w Gdyni i Gdańsku. Większość ich zarobków trafiała do reżimu Kim Dzong Una, a oni sami otrzymywali tylko część pensji. Rezolucja 2397 Rady Bezpieczeństwa ONZ nakazuje odesłanie wszystkich takich pracowników do domu.',
  pt: 'Trabalhadores norte-coreanos em obras na Rússia\n\nCentenas de trabalhadores da Coreia do Norte foram enviados para a Rússia este ano para trabalhar em obras, segundo grupos de direitos humanos. O regime de Kim Jong Un fica com a maior parte dos salários. A resolução 2397 do Conselho de Segurança da ONU exigia que todos voltassem para casa até o fim de 2019.',
};

const ENGLISH =
  'Hundreds of North Korean workers arrived in Vladivostok this year to work on building sites, rights groups said. The state takes most of their wages, and resolution 2397 required all of them to be sent home by the end of 2019.';

describe('other languages', () => {
  it('tells the four languages apart from English and Russian', () => {
    for (const [lang, text] of Object.entries(OTHER))
      expect(isOtherLanguage(text), lang).toBe(true);
    expect(isOtherLanguage(ENGLISH)).toBe(false);
    expect(
      isOtherLanguage(
        'Сотни рабочих из КНДР прибыли во Владивосток, чтобы работать на стройках, сообщили правозащитники.',
      ),
    ).toBe(false);
    // Korean names romanised with breves are English text.
    expect(isOtherLanguage(`${ENGLISH} They came through Sinŭiju and P'yŏngyang.`)).toBe(false);
  });

  it('does not misfire on pages in German, Ukrainian, Polish or Portuguese', () => {
    for (const [lang, text] of Object.entries(OTHER))
      expect(detect(text).relevant, lang).toBe(false);
  });

  it('judges a mixed page on its core-language part', () => {
    const mixed = `${OTHER.de}\n\n${ENGLISH}`;
    const verdict = detect(mixed);
    expect(verdict.relevant).toBe(true);
    for (const e of verdict.evidence) expect(e.start).toBeGreaterThanOrEqual(OTHER.de?.length ?? 0);
    const notAbout = `${OTHER.uk}\n\nThe weather in Seoul will stay dry and warm through the weekend, forecasters said on Friday.`;
    expect(detect(notAbout).relevant).toBe(false);
  });
});
