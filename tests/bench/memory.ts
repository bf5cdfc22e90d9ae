/**
 * Child process (node --expose-gc): heap growth after linting a 5,000-word email 1,000 times with edits.
 * argv: the path of the bundled engine. Prints bytes.
 */
import { pathToFileURL } from 'node:url';
import { generatedEmail, rng } from './corpus';

const { lintEmail } = (await import(pathToFileURL(process.argv[2]).href)) as typeof import('../../lib/engine');

const gc = (globalThis as { gc?: () => void }).gc!;
let text = generatedEmail(5000);
const rand = rng(7);
for (let i = 0; i < 50; i++) lintEmail(text);
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 1000; i++) {
  const p = Math.floor(rand() * text.length);
  text = i % 2 ? text.slice(0, p) + 'x' + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
  lintEmail(text);
}
gc();
process.stdout.write(String(process.memoryUsage().heapUsed - before));
