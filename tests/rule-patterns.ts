import { vi } from 'vitest';

/**
 * Every RegExp the rule files construct (with rx() or new RegExp) as they load: the rules are imported
 * afresh while the constructor is watched. Regex literals are not constructed, so they are not listed.
 */
export async function rulePatterns(): Promise<RegExp[]> {
  const made: RegExp[] = [];
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string, string?]) {
      const r = new target(...args);
      made.push(r);
      return r;
    },
  });
  try {
    vi.resetModules();
    await import('../rules');
  } finally {
    globalThis.RegExp = Original;
  }
  return made;
}
