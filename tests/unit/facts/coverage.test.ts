/**
 * Coverage of the fact base against the list and the dossier's gazetteer: each point
 * exists, carries the date and confidence the research gives, and marks claims by their kind.
 */
import { describe, expect, it } from 'vitest';
import { type Fact, factBase, TOPICS } from '@/src/facts/index';

function fact(id: string): Fact {
  const found = factBase.factById(id);
  if (!found) throw new Error(`missing fact ${id}`);
  return found;
}

const years = (f: Fact) =>
  f.dates.flatMap((d) => [d.date, d.end?.date ?? d.date]).map((d) => Number(d.slice(0, 4)));
const texts = (f: Fact) => [
  f.title,
  f.summary,
  ...f.details,
  ...f.corrections.flatMap((c) => [c.sourceSaid, c.correct, c.why]),
];

describe('coverage of 2016–2026', () => {
  it('has at least 100 facts, 25 of them from 2022 on, and every topic well represented', () => {
    expect(factBase.facts.length).toBeGreaterThanOrEqual(100);
    expect(
      factBase.facts.filter((f) => Math.max(...years(f)) >= 2022).length,
    ).toBeGreaterThanOrEqual(25);
    for (const topic of TOPICS) {
      const ofTopic = factBase.factsByTopic(topic);
      expect(ofTopic.length, topic).toBeGreaterThanOrEqual(5);
      const keys = ofTopic.filter((f) => f.key).length;
      expect(keys, `${topic} key facts`).toBeGreaterThanOrEqual(2);
      expect(keys, `${topic} key facts`).toBeLessThanOrEqual(4);
    }
  });

  it('covers the subjects a monitor of 2016–2026 expects', () => {
    for (const id of [
      'sanctions-2321-2016', // resolution 2321
      'sanctions-russia-midterm-2019', // 30,023 → 11,490
      'channel-visa-surge-2019', // student and tourist visas in 2019
      'sanctions-wsj-2018-new-workers', // new workers after 2375, disputed
      'talks-vostochny-2023',
      'talks-igc-10th-2023',
      'talks-nis-warning-2023-12',
      'pay-bbc-2025-hours', // conditions and pay
      'pay-bbc-2025-loyalty-ledger',
      'work-kursk-528th-regiment-2025',
      'work-kursk-military-builders-2025',
      'sanctions-msmt-launch-2024',
      'sanctions-msmt-first-report-2025',
      'sanctions-msmt-second-report-2025',
      'numbers-kotra-2016', // numbers over time
      'numbers-lankov-sejong-2025',
      'numbers-nis-2024-2025',
      'work-qatar-workers-2017-2018', // hosts other than Russia
      'work-mansudae-africa',
      'work-poland-shipyards-2016',
      'pay-china-plants-2017-2024',
      'work-restaurants-southeast-asia-2023',
      'work-it-laptop-farms-2025',
    ])
      expect(fact(id).id).toBe(id);
    for (const topic of ['conditions-pay', 'numbers', 'where-they-work', 'channels'] as const)
      expect(factBase.factsByTopic(topic).length, topic).toBeGreaterThanOrEqual(10);
  });

  it('gives each estimate who made it and when', () => {
    for (const f of factBase.factsByTopic('numbers')) {
      expect(f.attributions.length, f.id).toBeGreaterThan(0);
      expect(f.dates.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('corrections of the review', () => {
  it('puts Tyumen in Siberia and drops "European Russia"', () => {
    const f = fact('route-defector-destinations');
    expect(texts(f).join(' ')).toMatch(/Siberia/);
    expect(Object.values(f.triggers).flat()).not.toContain('European Russia');
  });

  it('credits the ~1,000 remaining workers to Zakharova in January 2020', () => {
    const f = fact('sanctions-repatriation-2019-2020');
    expect(texts(f).join(' ')).toMatch(/Zakharova/);
    expect(texts(f).join(' ')).toMatch(/1,000/);
    expect(f.attributions.map((a) => a.who).join(' ')).toMatch(/Zakharova/);
  });

  it('dates the midterm drop to March 2019, not December', () => {
    const dates = fact('sanctions-russia-midterm-2019').dates.map((d) => d.date);
    expect(dates.some((d) => d.startsWith('2019-03'))).toBe(true);
    expect(dates.some((d) => d.startsWith('2019-12'))).toBe(false);
  });

  it('presents "no new workers after 2375" as Russia\'s claim, disputed', () => {
    expect(texts(fact('sanctions-2375')).join(' ')).toMatch(/Wall Street Journal|WSJ/);
    expect(
      fact('sanctions-wsj-2018-new-workers')
        .attributions.map((a) => a.who)
        .join(' '),
    ).toMatch(/Wall Street Journal|WSJ/);
  });

  it('dates the student-visa shift from 2019, not "since 2023"', () => {
    const f = fact('route-student-visas');
    expect(f.topic).toBe('channels');
    expect(years(f)).toContain(2019);
    expect(texts(f).join(' ')).not.toMatch(/since 2023/i);
  });

  it('drops the unsourced 50,000 figure and keeps the Russia-and-China correction', () => {
    expect(texts(fact('sanctions-worker-estimates-2017-2019')).join(' ')).not.toMatch(/50,000/);
    const meeting = fact('meeting-7th-jwg-2017');
    expect(meeting.corrections.map((c) => c.sourceSaid).join(' ')).toMatch(/Russia and China/);
    expect(meeting.corrections.map((c) => c.correct).join(' ')).toMatch(/North Korea/);
  });

  it('writes names as the sources do (ドミトリー・ジェミジェンコ, 자유북한국제네트워크), never 金東南', () => {
    const all = JSON.stringify(factBase.facts);
    expect(all).not.toContain('金東南');
    expect(all).not.toContain('북한자유를 위한 국제네트워크');
    expect(all).toContain('ドミトリー・ジェミジェンコ');
    expect(factBase.placeById('rajin')?.kind).toBeDefined();
  });
});

describe('attribution and confidence', () => {
  it('counts confirmations as independent origins, never more than the publications cited', () => {
    for (const f of factBase.facts) {
      if (f.confidence !== 'confirmed') continue;
      const publications = new Set(
        f.sources.map((id) => factBase.sourceById(id)?.publication.replace(/\s*\(.*\)$/, '')),
      );
      expect(f.confirmedBy, f.id).toBeDefined();
      expect(f.confirmedBy ?? 0, f.id).toBeLessThanOrEqual(publications.size);
    }
  });

  it('never calls a reading or a guess confirmed', () => {
    for (const f of factBase.facts) {
      const soft = f.attributions.every(
        (a) => a.kind === 'interpretation' || a.kind === 'projection',
      );
      if (soft) expect(f.confidence, f.id).not.toBe('confirmed');
    }
  });

  it('labels every fact resting on the 2017 Daily NK report alone the same way', () => {
    const dailyNk = new Set(['dailynk-en-2017-inns', 'nkd-dailynk-ko-2017', 'dailynk-jp-85377']);
    const labels = new Set(
      factBase.facts
        .filter((f) => f.sources.every((id) => dailyNk.has(id)))
        .map((f) => f.confidence),
    );
    expect(labels.size).toBeLessThanOrEqual(1);
  });

  it("writes cards in the fact base's own voice: no doubled full stops, no talk of the project", () => {
    for (const f of factBase.facts) {
      for (const t of texts(f)) {
        expect(t, f.id).not.toMatch(/(?<!\.)\.\.$/);
        expect(t, f.id).not.toMatch(/\b(the project|this fact base|our research)\b/i);
      }
    }
  });

  it('cites no two sources at one address', () => {
    const urls = factBase.sources.map((s) => s.url);
    expect(urls.length).toBe(new Set(urls).size);
  });
});

describe('gazetteer', () => {
  const dossierPlaces: Record<string, 'source' | 'standard' | 'approximate'> = {
    dandong: 'source',
    sinuiju: 'standard',
    pyongyang: 'source',
    'south-pyongan': 'approximate',
    rason: 'source',
    tumangang: 'source',
    khasan: 'source',
    vladivostok: 'standard',
    ussuriysk: 'source',
    khabarovsk: 'standard',
    harbin: 'standard',
    heilongjiang: 'approximate',
    liaoning: 'approximate',
    shenyang: 'standard',
    moscow: 'standard',
    tyumen: 'standard',
    'tumen-river': 'approximate',
    hunchun: 'standard',
    'yalu-river': 'approximate',
  };

  it('holds every place of the dossier with its coordinate status', () => {
    for (const [id, coord] of Object.entries(dossierPlaces)) {
      expect(factBase.placeById(id)?.coord, id).toBe(coord);
    }
  });

  it('keeps the variants readers meet in sources', () => {
    const names = (id: string) => Object.values(factBase.placeById(id)?.names ?? {}).flat();
    expect(names('khasan')).toEqual(
      expect.arrayContaining(['Khasan', 'Hasan', 'Hassan', '하산', 'Хасан', '哈桑']),
    );
    expect(names('rason')).toEqual(
      expect.arrayContaining(['Rason', 'Rajin-Sonbong', 'Naseon', '라선', '나선시']),
    );
    expect(names('dandong')).toEqual(expect.arrayContaining(['丹东', '丹東', 'Даньдун', '단둥']));
  });

  it('has no repeated name within one place and language', () => {
    for (const place of factBase.places) {
      for (const [lang, list] of Object.entries(place.names)) {
        expect(new Set(list).size, `${place.id}.${lang}`).toBe(list.length);
      }
    }
  });
});
