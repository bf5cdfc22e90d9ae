import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const bin = join(root, 'lib', 'cli', 'bin.mjs');
const fx = (name: string) => join(root, 'tests', 'fixtures', 'emails', name);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tone-check CLI', () => {
  it('prints findings with line:column, the checklist, and exits 1 for a failing incident email', () => {
    const r = run([fx('evasive-outage.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('7:1');
    expect(r.out).toContain('"We apologize for any inconvenience this may have caused"');
    expect(r.out).toContain('non-apology');
    expect(r.out).toMatch(/✗ apology/);
    expect(r.out).toMatch(/✓ invitation/);
    expect(r.out).not.toContain('\x1b[');
  });
  it('--json prints one engine result per file with its name; a good apology exits 0', () => {
    const r = run(['--json', fx('good-apology.txt'), fx('evasive-outage.txt')]);
    const data = JSON.parse(r.out);
    expect(data.map((d: { file: string }) => d.file.split('/').pop())).toEqual(['good-apology.txt', 'evasive-outage.txt']);
    expect(data[0]).toMatchObject({ language: 'en', incident: true, findings: [] });
    expect(data[0].checklist).toHaveLength(7);
    expect(r.code).toBe(1);
    expect(run(['--json', fx('good-apology.txt')]).code).toBe(0);
  });
  it('reads stdin with -', () => {
    const r = run(['--json', '-'], 'Hi,\n\nThanks for the lovely lunch!\n\nBest,\nAl');
    expect(JSON.parse(r.out)[0]).toMatchObject({ file: '<stdin>', incident: false });
    expect(r.code).toBe(0);
  });
  it('--lang and --config apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tone-'));
    const cfg = join(dir, 'settings.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'non-apology': { severity: 'off' } }, bogus: true }));
    const r = run(['--json', '--lang', 'de', '--config', cfg, fx('evasive-outage.txt')]);
    const res = JSON.parse(r.out)[0];
    expect(res.language).toBe('de');
    expect(res.findings.some((f: { ruleId: string }) => f.ruleId === 'non-apology')).toBe(false);
    expect(r.err).toContain('bogus: Unknown setting (ignored)');
  });
  it.each([
    [[], 'no input files'],
    [['--lang', 'fr', 'x.txt'], '--lang must be auto, en or de'],
    [['--wat', 'x.txt'], 'unknown option --wat'],
    [['does-not-exist.txt'], 'cannot read does-not-exist.txt: ENOENT'],
    [['--config', 'nope.json', 'x.txt'], 'cannot read config nope.json'],
  ])('exits 2 with a clear message: %j', (args, msg) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('exits 2 on a config that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tone-'));
    const cfg = join(dir, 'bad.json');
    writeFileSync(cfg, '{ nope');
    const r = run(['--config', cfg, fx('good-apology.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is not valid JSON');
  });
});
