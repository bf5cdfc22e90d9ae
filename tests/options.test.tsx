// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../components/Options';
import { defaultSettings, lockedPaths, type Settings } from '../lib/settings';

afterEach(cleanup);

function setup(settings: Settings = defaultSettings(), locked = new Set<string>()) {
  const onChange = vi.fn();
  const onImport = vi.fn();
  const onExport = vi.fn();
  const utils = render(<Options settings={settings} locked={locked} onChange={onChange} onExport={onExport} onImport={onImport} />);
  const rule = (id: string) => within(document.querySelector(`article[data-rule="${id}"]`) as HTMLElement);
  return { ...utils, onChange, onImport, onExport, rule };
}

describe('Options page', () => {
  it('groups every rule by category with its description, example, switch, severity and options', () => {
    setup();
    const sections = [...document.querySelectorAll('section h2')].map((h) => h.textContent);
    expect(sections).toEqual(['Try it', 'General', 'Evasive phrasing', 'Excessive detail', 'Missing elements']);
    expect(document.querySelectorAll('article.rule').length).toBe(15);
    const ls = document.querySelector('[data-rule="long-sentence"]') as HTMLElement;
    expect(within(ls).getByRole('heading').textContent).toBe('Long sentence');
    expect(within(ls).getByLabelText('Maximum words')).toHaveProperty('value', '30');
    expect(within(ls).getByLabelText('Severity')).toHaveProperty('value', 'hint');
    expect(ls.textContent).toContain('Example');
  });

  it('turns a rule off and changes a threshold', () => {
    const { onChange, rule } = setup();
    fireEvent.click(rule('hedging').getByRole('checkbox', { name: 'On' }));
    expect(onChange.mock.calls[0][0].rules.hedging.severity).toBe('off');
    fireEvent.change(rule('long-sentence').getByLabelText('Maximum words'), { target: { value: '20' } });
    expect(onChange.mock.calls[1][0].rules['long-sentence'].options.maxWords).toBe(20);
  });

  it('validates a threshold inline and does not save an invalid one', () => {
    const { onChange, rule } = setup();
    fireEvent.change(rule('long-sentence').getByLabelText('Maximum words'), { target: { value: '3' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(rule('long-sentence').getByRole('alert').textContent).toBe('Enter a whole number from 10–200.');
  });

  it('parses custom phrases, saves the usable ones and explains the others', () => {
    const { onChange, rule } = setup();
    fireEvent.change(rule('hedging').getByLabelText('Also flag these phrases'), { target: { value: 'at the end of the day\n(a+)+\nlook * it' } });
    expect(onChange.mock.calls.at(-1)![0].rules.hedging.options.extraPhrases).toEqual(['at the end of the day', 'look * it']);
    expect(rule('hedging').getByRole('alert').textContent).toContain('no regular expressions');
  });

  it('filters rules by search', () => {
    setup();
    fireEvent.change(screen.getByLabelText('Filter rules'), { target: { value: 'policy' } });
    expect([...document.querySelectorAll('article.rule')].map((a) => a.getAttribute('data-rule'))).toEqual(['defensive']);
    fireEvent.change(screen.getByLabelText('Filter rules'), { target: { value: 'zzzz' } });
    expect(screen.getByText('No rule matches this filter.')).toBeTruthy();
  });

  it('resets one rule and everything', () => {
    const s = defaultSettings();
    s.rules.hedging.severity = 'error';
    s.language = 'de';
    const { onChange, rule } = setup(s);
    fireEvent.click(rule('hedging').getByRole('button', { name: 'Reset rule' }));
    expect(onChange.mock.calls[0][0].rules.hedging.severity).toBe('warning');
    expect(onChange.mock.calls[0][0].language).toBe('de');
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect(onChange.mock.calls[1][0]).toEqual(defaultSettings());
  });

  it('shows managed values as locked', () => {
    const locked = lockedPaths({ rules: { hedging: { severity: 'error' } }, sendReview: 'always' });
    const { rule } = setup(defaultSettings(), locked);
    expect(rule('hedging').getByRole('checkbox', { name: 'On' })).toHaveProperty('disabled', true);
    expect(rule('hedging').getByLabelText('Severity')).toHaveProperty('disabled', true);
    expect(rule('hedging').getAllByText(/Set by your organisation/).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Review before sending')).toHaveProperty('disabled', true);
    expect(rule('long-sentence').getByLabelText('Severity')).toHaveProperty('disabled', false);
  });

  it('live preview follows the settings', () => {
    const s = defaultSettings();
    const { rerender } = setup(s);
    const ruleIds = () => [...document.querySelectorAll('.preview-findings [data-finding]')].map((li) => li.getAttribute('data-finding'));
    expect(ruleIds()).toEqual(['non-apology', 'agentless-passive', 'defensive', 'hedging']);
    const off = defaultSettings();
    off.rules.defensive.severity = 'off';
    rerender(<Options settings={off} locked={new Set()} onChange={vi.fn()} onExport={vi.fn()} onImport={vi.fn()} />);
    expect(ruleIds()).toEqual(['non-apology', 'agentless-passive', 'hedging']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Try it' }), { target: { value: 'Hi,\n\nThanks for lunch!\n\nBest,\nJo' } });
    expect(screen.getByText('No findings.')).toBeTruthy();
  });

  it('renders email and setting text as text, never HTML', () => {
    const s = defaultSettings();
    s.rules.hedging.options.extraPhrases = ['img src x onerror alert 1'];
    setup(s);
    fireEvent.change(screen.getByRole('textbox', { name: 'Try it' }), { target: { value: 'Sorry, we lost it. <img src=x onerror=alert(1)> per our policy.' } });
    expect(document.querySelector('img')).toBeNull();
  });
});
