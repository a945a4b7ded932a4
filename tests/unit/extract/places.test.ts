import { describe, expect, it } from 'vitest';
import { extractOrigins } from '@/src/extract/origins';
import { extractPlaces } from '@/src/extract/places';

const ids = (quote: string) => extractPlaces(quote).map((c) => c.value.placeId);

describe('extractPlaces', () => {
  it('finds gazetteer names with their span in all five languages', () => {
    const [dandong] = extractPlaces('Workers stayed at two inns in Dandong City.');
    expect(dandong).toEqual({
      value: { placeId: 'dandong', name: 'Dandong' },
      text: 'Dandong',
      start: 30,
      end: 37,
    });
    // Countries are gazetteer places too, so "Russia" is offered with the towns.
    expect(ids('북한 노동자들이 단둥에 머문 뒤 러시아로 떠났다')).toEqual(['dandong', 'russia']);
    expect(ids('рабочие прибыли в Даньдун, затем в Хабаровск')).toEqual(['dandong', 'khabarovsk']);
    expect(ids('经哈尔滨前往莫斯科')).toEqual(['harbin', 'moscow']);
    expect(ids('丹東からハルビンを経由してモスクワへ')).toEqual(['dandong', 'harbin', 'moscow']);
  });

  it('reads Russian case endings and multi-word names', () => {
    expect(ids('жили в Даньдуне, уехали в Москву, работают в Курской области')).toEqual([
      'dandong',
      'moscow',
      'kursk',
    ]);
    const kursk = extractPlaces('в Курской области').at(0);
    expect(kursk?.text).toBe('Курской области');
  });

  it('prefers the longer name and requires whole words in Latin script', () => {
    expect(extractPlaces('along the Tumen River bank').map((c) => c.text)).toEqual(['Tumen River']);
    expect(ids('Chasan and Hasanova are not places here')).toEqual([]);
    expect(ids('from P’yŏngyang')).toEqual(['pyongyang']);
  });

  it('offers every reading of a shared name', () => {
    const readings = extractPlaces('豆満江を渡った').map((c) => c.value.placeId);
    expect(readings.sort()).toEqual(['tumangang', 'tumen-river']);
  });
});

describe('extractOrigins', () => {
  it('finds North Korean provinces and cities, with gazetteer ids where there are any', () => {
    const found = extractOrigins(
      'About 200 men from Pyongyang and South Pyongan Province and North Hamgyong arrived.',
    );
    expect(found.map((c) => c.value)).toEqual([
      { placeId: 'pyongyang', name: 'Pyongyang' },
      { placeId: 'south-pyongan', name: 'South Pyongan Province' },
      { name: 'North Hamgyong Province' },
    ]);
    expect(extractOrigins('평양과 평안남도 출신 노동자').map((c) => c.text)).toEqual([
      '평양',
      '평안남도',
    ]);
    expect(extractOrigins('из Пхеньяна и провинции Пхёнан-Намдо').length).toBe(2);
    expect(extractOrigins('来自平壤和咸镜北道的工人').map((c) => c.value.name)).toEqual([
      'Pyongyang',
      'North Hamgyong Province',
    ]);
  });

  it('does not offer places outside North Korea as origins', () => {
    expect(extractOrigins('Dandong, Harbin and Moscow')).toEqual([]);
  });
});
