/** Every rule file is registered, its id is its file name, and it has tests and documentation. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules';

const dir = join(__dirname, '..', 'rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('rules', () => {
  it('every file in rules/ is registered in rules/index.ts', () => {
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual([...files].sort());
  });
  it.each(rules.map((r) => [r.id, r] as const))('%s is complete', (id, r) => {
    const src = readFileSync(join(dir, `${id}.ts`), 'utf8');
    expect(src).toMatch(new RegExp(`id: '${id}'`));
    expect(existsSync(join(__dirname, 'rules', `${id}.test.ts`))).toBe(true);
    for (const lang of ['en', 'de'] as const) {
      expect(r.title[lang].length).toBeGreaterThan(3);
      expect(r.why[lang].length).toBeGreaterThan(60);
      expect(r.example[lang].bad).not.toBe(r.example[lang].good);
      for (const m of Object.values(r.messages)) expect(m[lang].length).toBeGreaterThan(10);
    }
    expect(['hint', 'warning', 'error']).toContain(r.defaultSeverity);
    expect(() => r.options.parse({})).not.toThrow();
  });
  it('the README documents every rule', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    for (const r of rules) expect(readme).toContain(`\`${r.id}\``);
  });
});
