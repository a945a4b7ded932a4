import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  settingsFromSnapshot,
  settingsItem,
  updateSettings,
  watchSettings,
} from '@/src/settings/items';
import { DEFAULT_SETTINGS, repairSettings } from '@/src/settings/schema';
import { isActiveOn, parseSiteInput, siteKey, withSiteOff } from '@/src/settings/site';
import { SETTINGS_KEY, SETTINGS_META_KEY } from '@/src/settings/storage-keys';

describe('repairSettings', () => {
  it('keeps valid fields and defaults the damaged ones', () => {
    expect(
      repairSettings({
        enabled: false,
        disabledSites: 'x',
        sensitivity: 'high',
        interfaceLanguage: 'ko',
      }),
    ).toEqual({
      enabled: false,
      disabledSites: [],
      sensitivity: 'high',
      interfaceLanguage: 'ko',
    });
    expect(
      repairSettings({
        enabled: 'yes',
        disabledSites: [' Example.COM ', 'example.com'],
        interfaceLanguage: 'de',
      }),
    ).toEqual({
      enabled: true,
      disabledSites: ['example.com'],
      sensitivity: 'normal',
      interfaceLanguage: 'auto',
    });
  });

  it('turns anything that is not an object into the defaults', () => {
    for (const raw of [null, undefined, 3, 'on', []]) {
      expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });
});

describe('site switches', () => {
  it('treats www. and case as the same site and ignores non-http URLs', () => {
    expect(siteKey('https://WWW.Example.com/a?b')).toBe('example.com');
    expect(siteKey('http://news.example.org:8080/')).toBe('news.example.org');
    expect(siteKey('file:///tmp/a.html')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('turns a site off and on again without touching other sites', () => {
    const off = withSiteOff(
      { ...DEFAULT_SETTINGS, disabledSites: ['b.org'] },
      'https://www.a.com/x',
      true,
    );
    expect(off.disabledSites).toEqual(['a.com', 'b.org']);
    expect(isActiveOn(off, 'https://a.com/y')).toBe(false);
    expect(isActiveOn(off, 'https://c.com/')).toBe(true);
    expect(withSiteOff(off, 'https://a.com/', false).disabledSites).toEqual(['b.org']);
  });

  it('is off everywhere when disabled', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'https://c.com/')).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults and stores changes under local:settings', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, sensitivity: 'low' }));
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
    expect((await settingsItem().getValue()).sensitivity).toBe('low');
  });

  it('repairs a damaged stored value on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 0, disabledSites: ['A.com'] } });
    expect(await loadSettings()).toEqual({
      enabled: true,
      disabledSites: ['a.com'],
      sensitivity: 'normal',
      interfaceLanguage: 'auto',
    });
  });

  it('reads what the gate read raw the way the item reads it, or leaves it to the item', async () => {
    // What the gate's own storage.local.get of the two keys returns, before and after a write.
    const raw = () => fakeBrowser.storage.local.get([SETTINGS_KEY, SETTINGS_META_KEY]);
    expect(settingsFromSnapshot(await raw())).toEqual(await loadSettings());
    await updateSettings((s) => ({ ...s, sensitivity: 'high', disabledSites: ['a.com'] }));
    expect(settingsFromSnapshot(await raw())).toEqual(await loadSettings());
    expect(settingsFromSnapshot({ settings: { enabled: 'no', sensitivity: 'low' } })).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'low',
    });
    // A value of another version is only read through the item, which migrates it.
    expect(settingsFromSnapshot({ settings: { enabled: false }, settings$: { v: 2 } })).toBeNull();
    expect(settingsFromSnapshot({ settings: { enabled: false }, settings$: { v: 1 } })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await updateSettings((s) => ({ ...s, enabled: false }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual([false]);
  });
});

describe('a site typed in the settings', () => {
  it('takes a host name or the host of an address', () => {
    expect(parseSiteInput(' News.Example.org ')).toEqual({ ok: true, site: 'news.example.org' });
    expect(parseSiteInput('https://www.dailynk.com/english/x')).toEqual({
      ok: true,
      site: 'dailynk.com',
    });
    expect(parseSiteInput('localhost')).toEqual({ ok: true, site: 'localhost' });
    expect(parseSiteInput('127.0.0.1')).toEqual({ ok: true, site: '127.0.0.1' });
    expect(parseSiteInput('뉴스.kr')).toEqual({ ok: true, site: 'xn--vg1b002a.kr' });
  });

  it('refuses what is not a host, saying why', () => {
    for (const bad of ['not a site!!', 'bad!!.com', 'example', '-a.com', 'a..com', 'ftp://a.com']) {
      const read = parseSiteInput(bad);
      expect(read.ok, bad).toBe(false);
      if (!read.ok) expect(read.error).toMatch(/example\.com/);
    }
    expect(parseSiteInput('')).toEqual({
      ok: false,
      error: 'Type the site to turn off, such as example.com.',
      reason: 'empty',
      typed: '',
    });
    expect(parseSiteInput('a b.com')).toMatchObject({ reason: 'spaces', typed: 'a b.com' });
    expect(parseSiteInput('ftp://a.com')).toMatchObject({ reason: 'not-web' });
    expect(parseSiteInput('example')).toMatchObject({ reason: 'invalid' });
  });
});
