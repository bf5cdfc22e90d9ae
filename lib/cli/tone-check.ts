/**
 * tone-check [--json] [--lang auto|en|de] [--config settings.json] FILE... (or - for stdin)
 * Exit codes: 0 fine, 1 an incident email has failing checklist items or error findings, 2 bad usage or input.
 */
import { readFile } from 'node:fs/promises';
import { lintEmail, preparedSettings } from '../engine';
import { parseSettings } from '../settings';
import type { LintResult } from '../types';

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const USAGE = `Usage: tone-check [--json] [--lang auto|en|de] [--config settings.json] FILE... ("-" reads stdin)

Checks customer emails for evasive phrasing, excessive detail and missing
apology elements. Exit code 1 when an incident email has failing checklist
items or error-severity findings, 2 on bad usage or unreadable input.`;

class UsageError extends Error {}

interface Args {
  json: boolean;
  lang: 'auto' | 'en' | 'de';
  config?: string;
  files: string[];
  color: boolean;
}

function parseArgs(argv: string[], isTTY: boolean): Args | 'help' {
  const a: Args = { json: false, lang: 'auto', files: [], color: isTTY && !process.env.NO_COLOR };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = (name: string) => {
      const eq = x.indexOf('=');
      if (eq >= 0) return x.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (x === '-h' || x === '--help') return 'help';
    else if (x === '--json') a.json = true;
    else if (x === '--no-color') a.color = false;
    else if (x === '--color') a.color = true;
    else if (x === '--lang' || x.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'auto' && v !== 'en' && v !== 'de') throw new UsageError(`--lang must be auto, en or de (got "${v}")`);
      a.lang = v;
    } else if (x === '--config' || x.startsWith('--config=')) a.config = value('--config');
    else if (x === '-') a.files.push('-');
    else if (x.startsWith('-')) throw new UsageError(`unknown option ${x}`);
    else a.files.push(x);
  }
  if (a.files.length === 0) throw new UsageError('no input files (use - to read from stdin)');
  return a;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      last = i;
    }
  }
  return { line, col: offset - last };
}

function paint(on: boolean) {
  const c = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: c('31'), yellow: c('33'), green: c('32'), dim: c('2'), bold: c('1'), cyan: c('36'), underline: c('4') };
}

export function formatResult(file: string, text: string, r: LintResult, color: boolean): string {
  const p = paint(color);
  const out: string[] = [];
  out.push(p.underline(file) + p.dim(`  (${r.language}, ${r.incident ? 'incident email' : 'not an incident email'}, ${r.body.words} words)`));
  const spans = r.findings.filter((f) => f.start >= 0);
  for (const f of spans) {
    const { line, col } = lineCol(text, f.start);
    const sev = f.severity === 'error' ? p.red('error  ') : f.severity === 'warning' ? p.yellow('warning') : p.cyan('hint   ');
    const phrase = f.text.length > 60 ? f.text.slice(0, 57) + '...' : f.text;
    out.push(`  ${p.dim(`${line}:${col}`.padEnd(7))} ${sev}  "${phrase}"  ${f.message}  ${p.dim(f.ruleId)}`);
    for (const s of f.suggestions.slice(0, 1)) {
      out.push(`  ${' '.repeat(7)}          ${p.green('→')} ${s.label}: ${s.replacement ? `"${s.replacement}"` : '(remove)'}`);
    }
  }
  if (r.truncated) out.push(p.yellow(`  Checked the first ${r.truncated.checkedWords} of ${r.truncated.totalWords} words.`));
  if (r.incident) {
    out.push('  Checklist:');
    for (const c of r.checklist) {
      if (!c.enabled) continue;
      const mark = c.passed ? p.green('✓') : p.red('✗');
      const detail = c.passed ? (c.evidence ? p.dim(` "${c.evidence.text.slice(0, 60)}"`) : '') : p.dim(` ${c.message}`);
      out.push(`    ${mark} ${c.id.padEnd(12)}${detail}`);
    }
  }
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const hints = r.findings.filter((f) => f.severity === 'hint').length;
  out.push(p.bold(`  ${errors} errors, ${warnings} warnings, ${hints} hints`));
  return out.join('\n') + '\n';
}

export function failed(r: LintResult): boolean {
  if (!r.incident) return false;
  return r.checklist.some((c) => c.enabled && !c.passed) || r.findings.some((f) => f.severity === 'error');
}

export async function main(argv: string[], io: Io): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv, !!io.stdout.isTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tone-check: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  let settingsInput: unknown = {};
  if (args.config) {
    let raw: string;
    try {
      raw = await readFile(args.config, 'utf8');
    } catch (e) {
      io.stderr.write(`tone-check: cannot read config ${args.config}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    try {
      settingsInput = JSON.parse(raw);
    } catch (e) {
      io.stderr.write(`tone-check: config ${args.config} is not valid JSON: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const parsed = parseSettings(settingsInput);
  for (const x of [...parsed.reset, ...parsed.ignored]) {
    io.stderr.write(`tone-check: config ${args.config}: ${x.path || '(root)'}: ${x.message}${parsed.reset.includes(x) ? ' (default used)' : ' (ignored)'}\n`);
  }
  const settings = preparedSettings({ ...parsed.settings, language: args.lang === 'auto' ? parsed.settings.language : args.lang });

  const results: Array<LintResult & { file: string }> = [];
  let human = '';
  let stdinText: string | undefined;
  for (const file of args.files) {
    let text: string;
    try {
      text = file === '-' ? (stdinText ??= await readStdin(io.stdin)) : await readFile(file, 'utf8');
    } catch (e) {
      io.stderr.write(`tone-check: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    if (text.includes('\u0000')) {
      io.stderr.write(`tone-check: ${file} is not a text file\n`);
      return 2;
    }
    const r = lintEmail(text.replace(/\r\n/g, '\n'), settings);
    results.push({ file: file === '-' ? '<stdin>' : file, ...r });
    if (!args.json) human += formatResult(file === '-' ? '<stdin>' : file, text, r, args.color) + '\n';
  }
  io.stdout.write(args.json ? JSON.stringify(results, null, 2) + '\n' : human);
  return results.some(failed) ? 1 : 0;
}
