/**
 * npm run bench [-- --json]: Candor against write-good and retext, side by side in one run.
 * All figures are ratios or counts (absolute times on shared machines are noise).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeGood from 'write-good';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextIntensify from 'retext-intensify';
import retextEquality from 'retext-equality';
import retextSimplify from 'retext-simplify';
import { clearCache, lintEmail } from '../../lib/engine';
import { cases, generatedEmail, rng, ROOT, words } from './corpus';

const json = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!json) console.log(...a);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const result: Record<string, unknown> = {};

// 1. Full lint throughput over the corpus, cold (no cache reuse between emails).
const retextProc = retext().use(retextEnglish).use(retextPassive).use(retextIntensify).use(retextEquality).use(retextSimplify).freeze();
const totalWords = cases.reduce((n, c) => n + words(c.text), 0);
const runs = 7;
const timeCorpus = (f: (t: string) => void) => {
  f(cases[0].text); // load and JIT before timing
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const c of cases) f(c.text);
    times.push(performance.now() - t);
  }
  return median(times);
};
const tCandor = timeCorpus((t) => {
  clearCache();
  lintEmail(t);
});
const tWriteGood = timeCorpus((t) => void writeGood(t));
const tRetext = timeCorpus((t) => void retextProc.processSync(t));
const per1k = (ms: number) => r3((ms / totalWords) * 1000);
result.throughput = {
  emails: cases.length,
  words: totalWords,
  msPer1000Words: { candor: per1k(tCandor), writeGood: per1k(tWriteGood), retext: per1k(tRetext) },
  ratio: { candorVsWriteGood: r2(tCandor / tWriteGood), candorVsRetext: r2(tCandor / tRetext) },
  target: '≤ 0.33 for both',
};

// 2. Incremental re-lint while typing.
const incremental: Record<string, unknown> = {};
for (const size of [300, 1500, 5000]) {
  const base = generatedEmail(size);
  const full: number[] = [];
  for (let i = 0; i < 5; i++) {
    clearCache();
    const t = performance.now();
    lintEmail(base);
    full.push(performance.now() - t);
  }
  const rand = rng(size);
  let text = base;
  lintEmail(text);
  const edits: number[] = [];
  for (let i = 0; i < 300; i++) {
    const p = 10 + Math.floor(rand() * (text.length - 20));
    text = rand() < 0.6 ? text.slice(0, p) + 'e' + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
    const t = performance.now();
    lintEmail(text);
    edits.push(performance.now() - t);
  }
  const fullMs = median(full);
  incremental[`${size}`] = {
    words: words(base),
    fullLintMs: r2(fullMs),
    p50EditMs: r3(pct(edits, 50)),
    p95EditMs: r3(pct(edits, 95)),
    ratioP95ToFull: r3(pct(edits, 95) / fullMs),
  };
}
result.incremental = { ...incremental, target: 'ratio ≤ 0.05 at 1,500 words, ≤ 0.02 at 5,000' };

// 3. Cold start, each in a fresh process.
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cold = (which: string) => {
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) xs.push(Number(execFileSync(tsx, [join(ROOT, 'tests', 'bench', 'cold-start.ts'), which], { cwd: ROOT, encoding: 'utf8' })));
  return median(xs);
};
const coldCandor = cold('candor');
const coldRetext = cold('retext');
result.coldStart = { candorMs: r2(coldCandor), retextMs: r2(coldRetext), ratio: r2(coldCandor / coldRetext) };

// 4. Memory: heap growth after 1,000 edits of a 5,000-word email (the sentence cache is bounded).
const growth = Number(
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'tests', 'bench', 'memory.ts')], { cwd: ROOT, encoding: 'utf8' }),
);
result.memory = { heapGrowthMB: r2(growth / 1024 / 1024) };

// 5. Size of the built extension.
const size = (p: string) => (existsSync(p) ? statSync(p).size : null);
const out = join(ROOT, '.output');
const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
result.size = {
  contentScriptBytes: size(join(out, 'chrome-mv3', 'content-scripts', 'content.js')),
  lazyChunksBytes: 0,
  zips: Object.fromEntries(zips.map((z) => [z, size(join(out, z))])),
  target: 'initial content script ≤ 60 KB',
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const t = result.throughput as { msPer1000Words: Record<string, number>; ratio: Record<string, number> };
  log('\n1. Full lint throughput (dev corpus, cold)');
  log(`   ms per 1,000 words   candor ${t.msPer1000Words.candor}   write-good ${t.msPer1000Words.writeGood}   retext ${t.msPer1000Words.retext}`);
  log(`   ratio                candor/write-good ${t.ratio.candorVsWriteGood}   candor/retext ${t.ratio.candorVsRetext}   (target ≤ 0.33)`);
  log('\n2. Incremental re-lint after one-character edits (300 edits, seed fixed)');
  log('   words   full ms   p50 edit ms   p95 edit ms   p95/full');
  for (const [k, v] of Object.entries(incremental) as Array<[string, Record<string, number>]>) {
    log(`   ${String(v.words).padEnd(7)} ${String(v.fullLintMs).padEnd(9)} ${String(v.p50EditMs).padEnd(13)} ${String(v.p95EditMs).padEnd(13)} ${v.ratioP95ToFull}${k === '1500' ? '  (target ≤ 0.05)' : k === '5000' ? '  (target ≤ 0.02)' : ''}`);
  }
  log(`\n3. Cold start to first result (150 words)   candor ${r2(coldCandor)} ms   retext ${r2(coldRetext)} ms   ratio ${r2(coldCandor / coldRetext)}`);
  log(`\n4. Heap growth after 1,000 edits of a 5,000-word email   ${r2(growth / 1024 / 1024)} MB`);
  const s = result.size as { contentScriptBytes: number | null; zips: Record<string, number> };
  log(`\n5. Content script ${s.contentScriptBytes ?? 'not built'} bytes (one chunk; target ≤ 60 KB initial)   zips ${JSON.stringify(s.zips)}`);
}
