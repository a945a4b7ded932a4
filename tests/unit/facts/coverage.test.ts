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
const dateValues = (f: Fact) => f.dates.map((d) => d.date);

describe('coverage', () => {
  it('has 35 to 60 facts, each topic represented', () => {
    expect(factBase.facts.length).toBeGreaterThanOrEqual(35);
    expect(factBase.facts.length).toBeLessThanOrEqual(60);
    for (const topic of TOPICS)
      expect(factBase.factsByTopic(topic).length, topic).toBeGreaterThan(2);
  });

  it('covers route history with the dossier dates and confidence', () => {
    expect(dateValues(fact('route-friendship-bridge-1959'))).toContain('1959-08');
    expect(fact('route-direct-rason-khasan').places).toEqual(
      expect.arrayContaining(['rason', 'khasan', 'vladivostok', 'ussuriysk', 'khabarovsk']),
    );
    expect(fact('route-through-car').places).toContain('khasan');
    const shut = fact('route-china-shut-2007');
    expect(shut.dates[0]).toMatchObject({ date: '2007', precision: 'approximate' });
    expect(shut.confidence).toBe('single-source');
    expect(fact('route-dandong-harbin-2017').confidence).toBe('single-source');
    expect(fact('route-dandong-express-cost').corrections).toHaveLength(1);
    expect(dateValues(fact('route-suspension-and-shuttle-2024'))).toContain('2024-12-16');
    expect(dateValues(fact('route-through-car-2025'))).toContain('2025-06-17');
    expect(dateValues(fact('route-flights'))).toEqual(
      expect.arrayContaining(['2023-08', '2025-07-27']),
    );
    expect(fact('route-tumen-road-bridge')).toMatchObject({
      confidence: 'confirmed',
      confirmedBy: 3,
    });
    expect(dateValues(fact('route-beijing-pyongyang-2026'))).toContain('2026-03-12');
    expect(dateValues(fact('route-student-visas'))).toContain('2023');
    expect(fact('route-dailynk-jp-direct-train-claim').confidence).toBe('unverified');
  });

  it('covers the Dandong inns and marks the projection as a projection', () => {
    expect(dateValues(fact('inns-march-groups'))).toEqual([
      '2017-03-09',
      '2017-03-16',
      '2017-03-21',
    ]);
    expect(fact('inns-200-men').places).toEqual(
      expect.arrayContaining(['pyongyang', 'south-pyongan']),
    );
    expect(fact('inns-five-storey').summary).toMatch(/five-storey/);
    expect(fact('inns-thousands-projection').attributions.map((a) => a.kind)).toEqual([
      'projection',
    ]);
    expect(fact('inns-dating-2017').dates[0]?.precision).toBe('approximate');
  });

  it('covers the meeting, its correction and RFA reading as an interpretation', () => {
    const meeting = fact('meeting-7th-jwg-2017');
    expect(meeting.dates[0]).toEqual({ date: '2017-03-17', precision: 'day' });
    expect(meeting).toMatchObject({ confidence: 'confirmed', confirmedBy: 4 });
    expect(meeting.corrections[0]?.sourceSaid).toMatch(/Russia and China/);
    expect(meeting.corrections[0]?.correct).toMatch(/Russia and North Korea/);
    expect(fact('meeting-correction-parties').corrections).toHaveLength(1);
    expect(fact('meeting-signatories').people).toEqual(
      expect.arrayContaining(['Ri Kwang Gun', 'Dmitry Demidenko', 'Alexander Minaev']),
    );
    expect(dateValues(fact('meeting-agreement-2007'))).toContain('2007-08-31');
    expect(dateValues(fact('meeting-embassy-statement'))).toContain('2017-03-20');
    expect(fact('meeting-rfa-interpretation').attributions[0]?.kind).toBe('interpretation');
    expect(dateValues(fact('meeting-april-2018-round'))).toContain('2018-04-20');
  });

  it('covers the sanctions and shows the estimates with their disagreement', () => {
    expect(dateValues(fact('sanctions-2371'))).toContain('2017-08-05');
    expect(dateValues(fact('sanctions-2375'))).toContain('2017-09-11');
    expect(dateValues(fact('sanctions-2397-para8'))).toEqual(
      expect.arrayContaining(['2017-12-22', '2019-12-22']),
    );
    const estimates = fact('sanctions-worker-estimates-2017-2019');
    expect(estimates.confidence).toBe('unverified');
    expect(estimates.attributions.every((a) => a.kind === 'estimate')).toBe(true);
    expect(estimates.details.join(' ')).toMatch(/30,000[\s\S]*37,000[\s\S]*11,000[\s\S]*50,000/);
    const panel = fact('sanctions-panel-2023-estimate');
    expect(panel.dates[0]).toEqual({ date: '2024-03-07', precision: 'day', label: 'report date' });
    expect(panel.summary).toMatch(/2023/);
    expect(dateValues(fact('sanctions-panel-mandate-end'))).toContain('2024-04-30');
    expect(fact('sanctions-treaty-2024').details.join(' ')).toMatch(/No article on labour/);
  });

  it('covers the actors', () => {
    for (const id of [
      'actor-infnk-kim-dong-nam',
      'actor-daily-nk',
      'actor-rfa',
      'actor-russian-embassy',
      'actor-un-panel',
    ]) {
      expect(fact(id).topic).toBe('actors');
    }
    expect(fact('actor-infnk-kim-dong-nam').confidence).toBe('single-source');
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
      expect.arrayContaining(['Rason', 'Rajin-Sonbong', 'Naseon', '라선', '나선']),
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
