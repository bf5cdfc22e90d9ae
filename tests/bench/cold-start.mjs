/**
 * Child process of the benchmark: time from importing a linter to the first result on a
 * 150-word email. Prints milliseconds. argv: candor|retext, path of the bundled engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [which, engineBundle] = process.argv.slice(2);
// The same 150-word English email for both, taken from the dev corpus.
const root = join(import.meta.dirname, '..', '..');
const sentences = readFileSync(join(root, 'tests', 'fixtures', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((c) => c.lang === 'en')
  .flatMap((c) => c.text.split(/(?<=[.!?])\s+/));
let text = '';
for (const s of sentences) {
  if (text.split(/\s+/).length >= 150) break;
  text += s + ' ';
}

const t0 = performance.now();
if (which === 'candor') {
  const { lintEmail } = await import(engineBundle);
  lintEmail(text);
} else {
  const [{ retext }, en, passive, intensify, equality, simplify] = await Promise.all([
    import('retext'),
    import('retext-english'),
    import('retext-passive'),
    import('retext-intensify'),
    import('retext-equality'),
    import('retext-simplify'),
  ]);
  await retext().use(en.default).use(passive.default).use(intensify.default).use(equality.default).use(simplify.default).process(text);
}
process.stdout.write(String(performance.now() - t0));
