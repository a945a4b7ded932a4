import { describe, expect, it } from 'vitest';
import {
  checkShareEndpoint,
  RETRY_DELAYS_MS,
  retryDelay,
  sharePayload,
} from '@/src/sightings/share';
import { SAMPLE_ID, sampleSighting } from './sample';

describe('sharePayload', () => {
  it('carries the sighting with its id as idempotency key, the same bytes on every retry', () => {
    const body = sharePayload(sampleSighting());
    expect(body).toEqual({
      format: 'dprk-labor-lens/sightings',
      version: 2,
      idempotencyKey: SAMPLE_ID,
      sighting: sampleSighting(),
    });
    expect(JSON.stringify(sharePayload(sampleSighting()))).toBe(JSON.stringify(body));
  });
});

describe('retryDelay', () => {
  it('follows the schedule and then gives up', () => {
    expect([1, 2, 3, 4, 5].map(retryDelay)).toEqual([...RETRY_DELAYS_MS]);
    expect(retryDelay(6)).toBeNull();
    expect(retryDelay(0)).toBeNull();
    expect(retryDelay(1.5)).toBeNull();
  });

  it('never waits less after a later failure', () => {
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++) {
      expect(retryDelay(i + 1) ?? 0).toBeGreaterThan(retryDelay(i) ?? 0);
    }
  });
});

describe('checkShareEndpoint', () => {
  it('accepts HTTPS and loopback HTTP, with the host permission to request', () => {
    expect(checkShareEndpoint(' https://team.example.org/api/sightings ')).toEqual({
      ok: true,
      url: 'https://team.example.org/api/sightings',
      originPattern: 'https://team.example.org/*',
    });
    expect(checkShareEndpoint('http://127.0.0.1:8787/in')).toMatchObject({
      ok: true,
      originPattern: 'http://127.0.0.1/*',
    });
  });

  it('refuses plain HTTP elsewhere, credentials and non-URLs', () => {
    expect(checkShareEndpoint('http://team.example.org/in')).toMatchObject({
      ok: false,
      reason: 'insecure',
    });
    expect(checkShareEndpoint('https://user:pw@team.example.org/')).toMatchObject({
      ok: false,
      reason: 'credentials',
    });
    expect(checkShareEndpoint('team.example.org')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(checkShareEndpoint('ftp://team.example.org')).toMatchObject({ ok: false });
  });
});
