/**
 * Child process of the benchmark: time from importing a linter to the first result on a
 * 150-word email. Prints milliseconds. argv: candor|retext, path of the bundled engine, the email.
 */
const [which, engineBundle, text] = process.argv.slice(2);

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
