/**
 * Scores the engine against a labelled corpus (format: tests/fixtures/LABELING.md).
 * - incident accuracy;
 * - checklist accuracy per item (incident emails only);
 * - span recall per rule: a labelled phrase is found when a finding with the same rule id overlaps it;
 * - span precision: findings overlapping a labelled phrase of their rule are correct; findings on a
 *   `clean` phrase, and every span finding in a non-incident email, are wrong; the rest are unlabelled.
 */
import { lintEmail } from '../../lib/engine';
import { CHECKLIST_IDS, type ChecklistId, type Finding, type Lang } from '../../lib/types';

export interface Case {
  id: string;
  lang: Lang;
  text: string;
  incident: boolean;
  checklist?: Record<ChecklistId, boolean>;
  flagged: Array<{ rule: string; phrase: string }>;
  clean: string[];
}

export interface EvalReport {
  cases: number;
  languageAccuracy: number;
  incidentAccuracy: number;
  checklistAccuracy: Record<ChecklistId, number>;
  recall: number;
  recallByRule: Record<string, { found: number; total: number; recall: number }>;
  precision: number;
  truePositives: number;
  falsePositives: number;
  errors: string[];
}

export function parseCorpus(jsonl: string): Case[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Case;
      } catch {
        throw new Error(`Line ${i + 1} of the corpus is not valid JSON`);
      }
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function spanOf(text: string, phrase: string): { start: number; end: number } | null {
  const i = text.indexOf(phrase);
  return i < 0 ? null : { start: i, end: i + phrase.length };
}

export function evaluate(cases: Case[], settings?: unknown): EvalReport {
  let langOk = 0;
  let incOk = 0;
  const cl: Record<string, { ok: number; n: number }> = {};
  for (const id of CHECKLIST_IDS) cl[id] = { ok: 0, n: 0 };
  const byRule: Record<string, { found: number; total: number; recall: number }> = {};
  let tp = 0;
  let fp = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const r = lintEmail(c.text, settings);
    if (r.language === c.lang) langOk++;
    else errors.push(`${c.id}: language ${r.language}, expected ${c.lang}`);
    if (r.incident === c.incident) incOk++;
    else errors.push(`${c.id}: incident ${r.incident}, expected ${c.incident}`);
    if (c.incident && c.checklist) {
      for (const id of CHECKLIST_IDS) {
        const item = r.checklist.find((x) => x.id === id)!;
        cl[id].n++;
        if (item.passed === c.checklist[id]) cl[id].ok++;
        else errors.push(`${c.id}: checklist ${id} ${item.passed}, expected ${c.checklist[id]}${item.evidence ? ` (evidence: "${item.evidence.text}")` : ''}`);
      }
    }
    const spans: Finding[] = r.findings.filter((f) => f.start >= 0);
    for (const f of c.flagged) {
      const s = spanOf(c.text, f.phrase);
      byRule[f.rule] ??= { found: 0, total: 0, recall: 0 };
      byRule[f.rule].total++;
      if (s && spans.some((x) => x.ruleId === f.rule && overlaps(x, s))) byRule[f.rule].found++;
      else errors.push(`${c.id}: missed ${f.rule} "${f.phrase}"`);
    }
    const clean = c.clean.map((p) => spanOf(c.text, p)).filter((x): x is { start: number; end: number } => !!x);
    for (const x of spans) {
      const labelled = c.flagged.some((f) => {
        const s = spanOf(c.text, f.phrase);
        return s && f.rule === x.ruleId && overlaps(x, s);
      });
      if (labelled) tp++;
      else if (!c.incident) {
        fp++;
        errors.push(`${c.id}: ${x.ruleId} in a non-incident email: "${x.text.slice(0, 60)}"`);
      } else if (clean.some((s) => overlaps(x, s))) {
        fp++;
        errors.push(`${c.id}: ${x.ruleId} on a clean phrase: "${x.text.slice(0, 60)}"`);
      }
    }
  }
  let found = 0;
  let total = 0;
  for (const r of Object.values(byRule)) {
    r.recall = r.total ? r.found / r.total : 1;
    found += r.found;
    total += r.total;
  }
  const checklistAccuracy = Object.fromEntries(CHECKLIST_IDS.map((id) => [id, cl[id].n ? cl[id].ok / cl[id].n : 1])) as Record<ChecklistId, number>;
  return {
    cases: cases.length,
    languageAccuracy: cases.length ? langOk / cases.length : 1,
    incidentAccuracy: cases.length ? incOk / cases.length : 1,
    checklistAccuracy,
    recall: total ? found / total : 1,
    recallByRule: byRule,
    precision: tp + fp ? tp / (tp + fp) : 1,
    truePositives: tp,
    falsePositives: fp,
    errors,
  };
}

export function formatReport(name: string, r: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${name}: ${r.cases} emails`,
    `  language accuracy   ${pct(r.languageAccuracy)}`,
    `  incident accuracy   ${pct(r.incidentAccuracy)}`,
    `  checklist accuracy  ${Object.entries(r.checklistAccuracy).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`,
    `  span recall         ${pct(r.recall)} (${Object.entries(r.recallByRule).map(([k, v]) => `${k} ${v.found}/${v.total}`).join(', ')})`,
    `  span precision      ${pct(r.precision)} (${r.truePositives} correct, ${r.falsePositives} wrong)`,
  ];
  return lines.join('\n');
}
