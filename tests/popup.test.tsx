// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../components/Popup';
import { lintEmail } from '../lib/engine';
import { popupState } from '../lib/messages';

afterEach(cleanup);

const evasive = 'Hi,\n\nWe apologize for any inconvenience this may have caused. Per our policy, refunds take 10 days.\n\nBest,\nJo';
const good = "Hi,\n\nI'm sorry that we charged you twice; that was our mistake. I've reversed the second charge today. So this doesn't happen again, we now check every payment run. Let me know if anything is unclear.\n\nBest,\nJo";

function stateOf(texts: Array<[string, number]>) {
  return popupState(
    'gmail',
    true,
    texts.map(([text, lastActive], i) => ({ id: `c${i}`, text, lastActive, result: lintEmail(text) })),
  );
}
const noop = () => undefined;

describe('Popup', () => {
  it('shows the checklist of the most recent compose window with evidence and hints, and findings grouped by rule', () => {
    render(<Popup model={{ kind: 'ok', state: stateOf([[good, 1], [evasive, 2]]) }} selected={null} onSelect={noop} onToggleSite={noop} onOpenOptions={noop} />);
    expect(screen.getByRole('status').textContent).toBe('Candor is on for Gmail.');
    const items = [...document.querySelectorAll('[data-item]')].map((li) => [li.getAttribute('data-item'), li.querySelector('.mark')!.textContent]);
    expect(items).toEqual([
      ['apology', '✗'],
      ['ownership', '✗'],
      ['fix', '✗'],
      ['prevention', '✗'],
      ['compensation', '✗'],
      ['invitation', '✗'],
      ['concise', '✓'],
    ]);
    expect(document.querySelector('[data-item="apology"] .item-detail')!.textContent).toContain('No plain apology yet');
    const groups = [...document.querySelectorAll('[data-rule]')].map((li) => [li.getAttribute('data-rule'), li.querySelector('.count')!.textContent]);
    expect(groups).toEqual([
      ['non-apology', '1'],
      ['defensive', '1'],
    ]);
    // Two windows: a selector, most recent first.
    const options = [...screen.getByRole('combobox').querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['We apologize for any inconvenience this…', "I'm sorry that we charged you…"]);
  });

  it('switches windows and quotes the evidence of each passed item', () => {
    const onSelect = vi.fn();
    const state = stateOf([[good, 1], [evasive, 2]]);
    const { rerender } = render(<Popup model={{ kind: 'ok', state }} selected={null} onSelect={onSelect} onToggleSite={noop} onOpenOptions={noop} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'c0' } });
    expect(onSelect).toHaveBeenCalledWith('c0');
    rerender(<Popup model={{ kind: 'ok', state }} selected="c0" onSelect={onSelect} onToggleSite={noop} onOpenOptions={noop} />);
    expect(document.querySelector('[data-item="ownership"] .item-detail')!.textContent).toBe('“we charged you twice”');
    expect(screen.getByText('No suggestions.')).toBeTruthy();
  });

  it('says plainly when the page is not a webmail, or nothing is being written, or Candor is paused', () => {
    const { rerender } = render(<Popup model={{ kind: 'unsupported' }} selected={null} onSelect={noop} onToggleSite={noop} onOpenOptions={noop} />);
    expect(screen.getByRole('status').textContent).toMatch(/works in Gmail and Outlook on the web/);
    const onToggle = vi.fn();
    rerender(<Popup model={{ kind: 'ok', state: { site: 'outlook', enabled: true, sessions: [] } }} selected={null} onSelect={noop} onToggleSite={onToggle} onOpenOptions={noop} />);
    expect(screen.getByText(/No email is being written in this tab/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Candor on this site' }));
    expect(onToggle).toHaveBeenCalledWith(false);
    rerender(<Popup model={{ kind: 'ok', state: { site: 'outlook', enabled: false, sessions: [] } }} selected={null} onSelect={noop} onToggleSite={onToggle} onOpenOptions={noop} />);
    expect(screen.getByRole('status').textContent).toBe('Candor is paused for Outlook.');
  });

  it('does not nag a non-incident email', () => {
    render(<Popup model={{ kind: 'ok', state: stateOf([['Hi,\n\nThanks for lunch!\n\nBest,\nJo', 1]]) }} selected={null} onSelect={noop} onToggleSite={noop} onOpenOptions={noop} />);
    expect(screen.getByText(/Not a reply to a mistake/)).toBeTruthy();
    expect(document.querySelectorAll('[data-item]').length).toBe(0);
  });
});
