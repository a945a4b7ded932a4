/** Who may send which message: sender shapes as Chrome and Firefox fill them in. */
import { describe, expect, it } from 'vitest';
import {
  isExtensionPageSender,
  isTopFrameContentScript,
  type MessageSenderInfo,
  senderAllowed,
} from '@/src/messaging/senders';

const CHROME = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
};
const FIREFOX = {
  id: 'dprk-labor-lens@dprk-labor-lens.github.io',
  origin: 'moz-extension://0b4f1c1e-6a43-4d0b-9a3e-0f3c1d2e4b5a',
};

const chrome = {
  contentTop: {
    id: CHROME.id,
    url: 'https://news.example/2017/workers',
    frameId: 0,
    tab: { id: 12, url: 'https://news.example/2017/workers' },
  },
  contentFrame: {
    id: CHROME.id,
    url: 'https://ads.example/frame',
    frameId: 7,
    tab: { id: 12, url: 'https://news.example/2017/workers' },
  },
  popup: { id: CHROME.id, url: `${CHROME.origin}/popup.html` },
  journalTab: {
    id: CHROME.id,
    url: `${CHROME.origin}/journal.html`,
    frameId: 0,
    tab: { id: 14, url: `${CHROME.origin}/journal.html` },
  },
  reportWindowNoTabUrl: {
    id: CHROME.id,
    url: `${CHROME.origin}/report.html?request=x`,
    frameId: 0,
    tab: { id: 15 },
  },
} satisfies Record<string, MessageSenderInfo>;

const firefox = {
  contentTop: {
    id: FIREFOX.id,
    url: 'http://127.0.0.1:8080/fixtures/a.html',
    frameId: 0,
    tab: { id: 3 },
    envType: 'content_child',
  },
  popup: { id: FIREFOX.id, url: `${FIREFOX.origin}/popup.html`, envType: 'addon_child' },
  journalTab: {
    id: FIREFOX.id,
    url: `${FIREFOX.origin}/journal.html`,
    frameId: 0,
    tab: { id: 4, url: `${FIREFOX.origin}/journal.html` },
    envType: 'addon_child',
  },
} satisfies Record<string, MessageSenderInfo>;

describe('extension pages', () => {
  it('admits the popup, a journal tab and the report window in both browsers', () => {
    expect(isExtensionPageSender(chrome.popup, CHROME)).toBe(true);
    expect(isExtensionPageSender(chrome.journalTab, CHROME)).toBe(true);
    expect(isExtensionPageSender(chrome.reportWindowNoTabUrl, CHROME)).toBe(true);
    expect(isExtensionPageSender(firefox.popup, FIREFOX)).toBe(true);
    expect(isExtensionPageSender(firefox.journalTab, FIREFOX)).toBe(true);
  });

  it('refuses content scripts, even of our own extension', () => {
    expect(isExtensionPageSender(chrome.contentTop, CHROME)).toBe(false);
    expect(isExtensionPageSender(chrome.contentFrame, CHROME)).toBe(false);
    expect(isExtensionPageSender(firefox.contentTop, FIREFOX)).toBe(false);
  });

  it('refuses another extension, another origin and look-alike addresses', () => {
    expect(isExtensionPageSender({ ...chrome.popup, id: 'otherextensionid' }, CHROME)).toBe(false);
    expect(
      isExtensionPageSender(
        { ...chrome.popup, url: 'chrome-extension://other/popup.html' },
        CHROME,
      ),
    ).toBe(false);
    // The origin must be followed by a slash: no prefix tricks.
    expect(isExtensionPageSender({ ...chrome.popup, url: `${CHROME.origin}.evil/x` }, CHROME)).toBe(
      false,
    );
    expect(isExtensionPageSender({ id: CHROME.id }, CHROME)).toBe(false);
  });

  it('refuses an extension page framed inside a web page', () => {
    const framed = {
      ...chrome.journalTab,
      frameId: 3,
      tab: { id: 1, url: 'https://evil.example/' },
    };
    expect(isExtensionPageSender(framed, CHROME)).toBe(false);
  });

  it("refuses a Firefox sender whose environment is a content script's", () => {
    expect(isExtensionPageSender({ ...firefox.popup, envType: 'content_child' }, FIREFOX)).toBe(
      false,
    );
  });
});

describe('content scripts', () => {
  it("admits the content script in a tab's top frame in both browsers", () => {
    expect(isTopFrameContentScript(chrome.contentTop, CHROME)).toBe(true);
    expect(isTopFrameContentScript(firefox.contentTop, FIREFOX)).toBe(true);
  });

  it('refuses sub-frames, extension pages and senders without a tab', () => {
    expect(isTopFrameContentScript(chrome.contentFrame, CHROME)).toBe(false);
    expect(isTopFrameContentScript(chrome.popup, CHROME)).toBe(false);
    expect(isTopFrameContentScript(chrome.journalTab, CHROME)).toBe(false);
    expect(isTopFrameContentScript(firefox.journalTab, FIREFOX)).toBe(false);
    const { tab: _tab, ...noTab } = chrome.contentTop;
    expect(isTopFrameContentScript(noTab, CHROME)).toBe(false);
    const { frameId: _frame, ...noFrame } = chrome.contentTop;
    expect(isTopFrameContentScript(noFrame, CHROME)).toBe(false);
  });

  it('refuses another extension and non-web documents', () => {
    expect(isTopFrameContentScript({ ...chrome.contentTop, id: 'other' }, CHROME)).toBe(false);
    for (const url of ['file:///etc/passwd', 'about:blank', 'data:text/html,x', undefined])
      expect(isTopFrameContentScript({ ...chrome.contentTop, url }, CHROME)).toBe(false);
    expect(
      isTopFrameContentScript({ ...firefox.contentTop, envType: 'addon_child' }, FIREFOX),
    ).toBe(false);
  });
});

describe('senderAllowed', () => {
  it('routes each kind to its check', () => {
    expect(senderAllowed('extension-page', chrome.popup, CHROME)).toBe(true);
    expect(senderAllowed('extension-page', chrome.contentTop, CHROME)).toBe(false);
    expect(senderAllowed('content-script', chrome.contentTop, CHROME)).toBe(true);
    expect(senderAllowed('content-script', chrome.popup, CHROME)).toBe(false);
  });
});
