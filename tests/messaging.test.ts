/** Messaging between content script, background and popup, on WXT's fake browser. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleBackgroundMessage, isMessage, popupState, type PopupState } from '../lib/messages';
import { lintEmail } from '../lib/engine';

beforeEach(() => fakeBrowser.reset());

function installBackground() {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, sender: unknown) => {
    void handleBackgroundMessage(msg, sender as { tab?: { id?: number } }, fakeBrowser.action);
    return undefined;
  });
}

describe('background: toolbar badge', () => {
  it('shows the count a tab reports, per tab, and clears it at zero', async () => {
    installBackground();
    await handleBackgroundMessage({ type: 'candor/count', count: 7 }, { tab: { id: 3 } }, fakeBrowser.action);
    await handleBackgroundMessage({ type: 'candor/count', count: 250 }, { tab: { id: 4 } }, fakeBrowser.action);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('7');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('99+');
    await handleBackgroundMessage({ type: 'candor/count', count: 0 }, { tab: { id: 3 } }, fakeBrowser.action);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
  it('receives the content script message through runtime messaging', async () => {
    installBackground();
    await fakeBrowser.runtime.sendMessage({ type: 'candor/count', count: 2 }).catch(() => undefined);
    // Without a tab (not from a content script) nothing is set.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
  it('ignores foreign and malformed messages', async () => {
    await handleBackgroundMessage({ type: 'other' }, { tab: { id: 1 } }, fakeBrowser.action);
    await handleBackgroundMessage('candor/count', { tab: { id: 1 } }, fakeBrowser.action);
    await handleBackgroundMessage({ type: 'candor/count', count: 'x' }, { tab: { id: 1 } }, fakeBrowser.action);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(isMessage({ type: 'candor/get-state' })).toBe(true);
    expect(isMessage(null)).toBe(false);
  });
});

describe('popup ↔ content script', () => {
  it('the popup gets the state the content script answers', async () => {
    const text = 'Hi,\n\nPer our policy, we shipped the wrong size.\n\nBest,\nJo';
    // The content script's handler, as in entrypoints/content.
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      if (!isMessage(msg) || msg.type !== 'candor/get-state') return undefined;
      return Promise.resolve(popupState('gmail', true, [{ id: 'c1', text, lastActive: 1, result: lintEmail(text) }]));
    });
    // tabs.sendMessage delivers to the tab's content script; the fake browser routes runtime messages.
    const state = (await fakeBrowser.runtime.sendMessage({ type: 'candor/get-state' })) as PopupState;
    expect(state.site).toBe('gmail');
    expect(state.sessions[0].incident).toBe(true);
    expect(state.sessions[0].groups.map((g) => g.ruleId)).toEqual(['defensive']);
    expect(state.sessions[0].checklist.find((c) => c.id === 'ownership')?.passed).toBe(true);
  });
});
