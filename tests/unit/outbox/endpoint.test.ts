import { describe, expect, it } from 'vitest';
import { checkEndpoint } from '@/src/sightings/outbox-endpoint';

describe('sharing endpoint check', () => {
  it('accepts HTTPS and gives the origin pattern to request', () => {
    expect(checkEndpoint(' https://Monitor.example:8443/api/sightings?team=3 ')).toEqual({
      ok: true,
      url: 'https://monitor.example:8443/api/sightings?team=3',
      originPattern: 'https://monitor.example/*',
    });
  });

  it('accepts plain HTTP only on loopback', () => {
    expect(checkEndpoint('http://127.0.0.1:9000/in')).toMatchObject({
      ok: true,
      originPattern: 'http://127.0.0.1/*',
    });
    expect(checkEndpoint('http://localhost/in').ok).toBe(true);
    expect(checkEndpoint('http://monitor.example/in')).toEqual({
      ok: false,
      error: 'The address must start with https:// (http:// only for this computer).',
    });
  });

  it.each([
    ['not a url', 'Enter a full address'],
    ['ftp://monitor.example/x', 'must start with https://'],
    ['javascript:alert(1)', 'must start with https://'],
    ['https://user:pw@monitor.example/x', 'user names and passwords'],
    ['https://monitor.example/x#frag', '# fragment'],
  ])('rejects %s', (text, message) => {
    const check = checkEndpoint(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(message);
  });
});
