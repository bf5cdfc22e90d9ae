/** npm run eval -- [CORPUS.jsonl] [--verbose] : prints the scores per language. */
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, parseCorpus } from './evaluate';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? 'tests/fixtures/dev.jsonl';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
const cases = parseCorpus(text);
for (const lang of ['en', 'de'] as const) {
  const sub = cases.filter((c) => c.lang === lang);
  if (!sub.length) continue;
  const r = evaluate(sub);
  console.log(formatReport(lang === 'en' ? 'English' : 'German', r));
  if (verbose) for (const e of r.errors) console.log('    ' + e);
}
