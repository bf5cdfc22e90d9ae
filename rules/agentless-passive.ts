import { defineRule, baseOptions, hitsOf, mergeHits, rx, test, testClause } from '../lib/rule';
import { pastTenseOf, tagTerms, type TaggedTerm } from '../lib/nlp';
import { isSpace } from '../lib/text/letters';
import type { LocalHit } from '../lib/types';

/*
 * Agentless passive: "mistakes were made", "your order was shipped to the
 * wrong address", "an error occurred". The sentence is built so that nobody
 * did anything. Only passives about the failure itself are flagged — a
 * passive with its agent ("was packed by Dana") or an innocent one ("the
 * invoice was created on Monday") is fine.
 */

// A past participle that names something going wrong in itself.
const FAIL_VERB_EN = rx(
  `^(?:damaged|delayed|lost|mis\\w+|missed|overlooked|forgotten|rejected|declined|denied|cancell?ed|overcharged|double-charged|charged|billed|debited|deducted|blocked|suspended|locked|deleted|removed|dropped|broken|corrupted|leaked|exposed|stolen|mixed|misplaced|ignored|deployed|changed|closed|disconnected|cut|interrupted|overwritten|wiped|held|stuck|returned|refused|lost|left|skipped|postponed|bounced|flagged|terminated|downgraded|disabled|hacked|breached|mishandled|overbooked|bumped|shipped|sent|delivered|posted|mailed|routed|forwarded|dispatched|applied|made)$`,
);
// Irregular participles that do not end in -ed/-en/-wn (compromise's lexicon plus the invariant ones).
const IRREGULAR_PARTICIPLE_EN = new Set(
  ('arisen begun bought brought built caught clung crept cut dealt done dug fed fled felt flung fought found gone got held hit hung ' +
    'kept knelt laid led left lent let lit lost made meant met paid put quit read rid run said sent set shed shot shut slid sold ' +
    'sought spent split spread stood stuck struck stung swept swung taught thought told undergone undone upheld withheld won wound wrung')
    .split(' '),
);
const PARTICIPLE_SHAPE_EN = /^[\p{L}-]+(?:ed|en|wn)$/iu;
// A past auxiliary followed within three words by a word that could be its participle.
const AUX_CANDIDATE_EN = /(?<![\p{L}\p{N}])(?:was|were|been|got|gotten)(?![\p{L}\p{N}])((?:\s+[\p{L}'’-]+){1,4})/giu;
// Sending verbs count only when they say where to ("sent to the old address").
const SEND_VERB_EN = /^(?:shipped|sent|delivered|posted|mailed|routed|forwarded|dispatched)$/i;
const FAILURE_CUE_EN = rx(
  `\\b(?:wrong(?:ly)?|incorrect(?:ly)?|twice|double|in\\s+error|by\\s+mistake|mistaken(?:ly)?|accidental(?:ly)?|inadvertent(?:ly)?|erroneous(?:ly)?|not|n't|never|late|outdated|old|previous|expired|without|instead|despite|even\\s+though|missing|mistakes?|errors?|faulty|broken|defective|unfortunately|wrongful(?:ly)?|unnecessar(?:y|ily)|too\\s+(?:early|late|much))\\b`,
);
const FIX_SUBJECT_EN = rx(`\\b(?:replacement|refund|new|corrected|updated|credit|voucher|fixed|revised|reissued|repaired)\\b`);
const NOT_AGENT = rx(
  `^(?:mistake|accident|error|chance|default|hand|now|then|today|tomorrow|tonight|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\\s+(?:end|time|weekend|morning|evening)|next|this|close|return|post|email|phone|courier|\\d)`,
);
const MODAL = /^(?:will|would|can|could|should|may|might|must|shall|to|'ll)$/i;
const PAST_AUX = /^(?:was|were|got|gotten|had)$/i;
const CLAUSE_WORD = /^(?:and|but|which|that|because|when|so|while|after|before|although|though|if|as|since|where|who|once|until|or|then)$/i;

function subjectStart(terms: TaggedTerm[], auxIndex: number, text: string): number {
  let j = auxIndex - 1;
  let n = 0;
  while (j >= 0 && n < 5) {
    const t = terms[j];
    const between = text.slice(t.end, terms[j + 1].start);
    // A clause mark, or untagged words between two tagged windows, ends the subject.
    if (/[,;:()—–\p{L}\p{N}]/u.test(between)) break;
    if (CLAUSE_WORD.test(t.lower)) break;
    j--;
    n++;
  }
  return terms[j + 1].start;
}

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = rest.match(/[,;:.!?()—–]|\s(?:and|but|which|because|so|while|although|though|since|where|who|once|until)\s/i);
  return m && m.index !== undefined ? from + m.index : text.length;
}

/** , ; : ( ) — – */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
}

/** The offset after n more words from `from` (or the end of the text). */
function wordsAfter(text: string, from: number, n: number): number {
  let i = from;
  for (let w = 0; w < n; w++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

function rewriteEn(subject: string, participle: string, rest: string): string {
  const subj = subject.trim().replace(/^(?:Your|The|A|An|Our|Some|Mistakes|You)\b/, (w) => w.toLowerCase());
  if (/^mistakes?$/i.test(subj) && /^made$/i.test(participle)) return 'we made a mistake';
  const obj = subj === 'you' ? 'you' : subj;
  return `we ${pastTenseOf(participle)} ${obj}${rest}`.replace(/\s+/g, ' ').trim();
}

// An article or possessive right after the auxiliary ("was our mistake", "were the wrong size"): a noun
// phrase follows, and no participle after it can chain back to this auxiliary.
const DETERMINER_EN = /^(?:a|an|the|our|your|my|their|its|his)$/i;
const PLAIN_WORD = /^[a-z]+$/i;

/** The words (runs of non-space) of text[from, to), with their offsets. */
function wordsIn(text: string, from: number, to: number): Array<[string, number]> {
  const words: Array<[string, number]> = [];
  const re = /\S+/g;
  const span = text.slice(from, to);
  for (let m = re.exec(span); m !== null; m = re.exec(span)) words.push([m[0], from + m.index]);
  return words;
}

/**
 * True when the subject of an auxiliary at `auxAt` names the fix ("a replacement vase was …", "the new
 * card has been …"): a fix word within three plain words before it, with no clause mark or clause word
 * in between. passivesEn reads the subject as up to five words before the auxiliary chain, stopping at
 * the same marks, so it skips every passive whose chain runs through this auxiliary. `before` are the
 * words of the clause window up to the auxiliary (it starts after any clause mark).
 */
function fixSubjectBefore(before: Array<[string, number]>, auxAt: number): boolean {
  const last = before[before.length - 1];
  if (!last || last[1] + last[0].length === auxAt) return false; // no space before the auxiliary
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    const w = before[k][0];
    if (!PLAIN_WORD.test(w) || CLAUSE_WORD.test(w)) return false;
    if (test(FIX_SUBJECT_EN, w)) return true;
  }
  return false;
}

// Clause words compromise never tags as a word of an auxiliary chain (adverb, auxiliary, copula,
// negative), and words that never are either: between a clause word and the auxiliary, one of the
// latter keeps the clause word out of the chain ("as soon as they were activated").
const CLAUSE_STOP_EN = /^(?:and|but|or|which|who|because|although|though|if|whereas)$/i;
const NOT_IN_CHAIN_EN = /^(?:i|we|you|they|it|he|she|me|us|them|him|a|an|the|our|your|my|their|its|his)$/i;

/**
 * Where the clause of an auxiliary can start at the earliest, given the words before it (from the
 * window's start): after the nearest clause word that the subject passivesEn reads cannot reach past.
 */
function clauseStartBefore(before: Array<[string, number]>, from: number): number {
  let outside = false;
  for (let k = before.length - 1; k >= 0; k--) {
    const [w, at] = before[k];
    if (CLAUSE_STOP_EN.test(w) || (outside && CLAUSE_WORD.test(w))) return at + w.length;
    outside ||= NOT_IN_CHAIN_EN.test(w);
  }
  return from;
}

interface RawWindow {
  start: number;
  end: number;
  /** Can a passive chained to this window's auxiliary be a finding at all? */
  viable: boolean;
  /**
   * No failure verb after the auxiliary, or only sending verbs without "to" after them: a finding
   * needs a failure cue in the clause, which starts no earlier than cueFrom.
   */
  needsCue: boolean;
  cueFrom: number;
  partEnd: number;
}

/**
 * The cheap pre-filter: the clauses that may hold a failure passive, as [start, end) windows.
 * A finding needs a past auxiliary, a participle within three words after it,
 * and either a failure verb as that participle or a failure cue in the clause.
 *
 * A window is left out when passivesEn could not report anything from it: every auxiliary in it is
 * followed by a noun phrase, has a subject that names the fix, or has no failure verb after it (or
 * only a sending verb without "to", "was sent via our courier") and no failure cue in its clause
 * ("errors as soon as they were activated": the cue is before the clause). Windows are merged exactly
 * as before this pruning, so the clauses that are tagged keep their words and therefore their tags.
 */
export function passiveWindowsEn(text: string): Array<[number, number]> {
  const raw: RawWindow[] = [];
  AUX_CANDIDATE_EN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AUX_CANDIDATE_EN.exec(text)) !== null) {
    const followers = m[1].trim().split(/\s+/).slice(0, 4);
    let partEnd = -1;
    let failVerb = false;
    let strongFail = false;
    let offset = m.index + m[0].length - m[1].length;
    for (const w of followers) {
      offset = text.indexOf(w, offset) + w.length;
      const lower = w.toLowerCase();
      const fail = test(FAIL_VERB_EN, lower);
      if (fail || PARTICIPLE_SHAPE_EN.test(lower) || IRREGULAR_PARTICIPLE_EN.has(lower)) {
        partEnd = offset;
        failVerb ||= fail;
        strongFail ||= fail && (!SEND_VERB_EN.test(lower) || /^\s+to\b/i.test(text.slice(offset, offset + 40)));
      }
    }
    // Resume right after the auxiliary: "was … were …" close together are both seen.
    AUX_CANDIDATE_EN.lastIndex = m.index + m[0].length - m[1].length;
    if (partEnd < 0) continue;
    // Seven words of context before the auxiliary (the subject is at most five terms), stopping at a clause mark.
    let start = m.index;
    for (let words = 0; start > 0 && words < 7; ) {
      const c = text.charCodeAt(start - 1);
      if (isClauseMark(c)) break;
      start--;
      if (isSpace(c) && start > 0 && !isSpace(text.charCodeAt(start - 1))) words++;
    }
    while (start < m.index && isSpace(text.charCodeAt(start))) start++;
    // Two words of context after the participle: its tags depend on its neighbours; what comes later
    // (an agent, the object of the rewrite) is read from the text, not from tags.
    const end = Math.min(clauseEnd(text, partEnd) + 1, wordsAfter(text, partEnd, 2), text.length);
    // Without a failure verb, a failure cue must be in the clause ("was sent to the old address").
    if (!failVerb && !testClause(FAILURE_CUE_EN, text.slice(start, end))) continue;
    const before = wordsIn(text, start, m.index);
    const viable = !DETERMINER_EN.test(followers[0]) && !fixSubjectBefore(before, m.index);
    raw.push({ start, end, viable, needsCue: !strongFail, cueFrom: strongFail ? start : clauseStartBefore(before, start), partEnd });
  }
  const windows: Array<[number, number]> = [];
  let keep = false;
  const close = () => {
    if (!keep) windows.pop();
  };
  for (const w of raw) {
    const last = windows[windows.length - 1];
    if (last && w.start <= last[1]) last[1] = Math.max(last[1], w.end);
    else {
      if (last) close();
      windows.push([w.start, w.end]);
      keep = false;
    }
    // A participle that is not a failure verb, or a sending verb without "to", counts only with a failure
    // cue in its clause. Terms exist only inside windows, so that clause starts no earlier than the window.
    const from = Math.max(windows[windows.length - 1][0], w.cueFrom);
    keep ||= w.viable && (!w.needsCue || testClause(FAILURE_CUE_EN, text.slice(from, clauseEnd(text, w.partEnd))));
  }
  if (windows.length) close();
  return windows;
}

function passivesEn(text: string): LocalHit[] {
  const terms: TaggedTerm[] = [];
  for (const [a, b] of passiveWindowsEn(text)) terms.push(...tagTerms(text.slice(a, b), a));
  const out: LocalHit[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    // compromise tags some participles after "was" as adjectives ("was damaged"); failure verbs count anyway.
    const adjectival = t.tags.has('Adjective') && /(?:ed|en)$/i.test(t.lower) && test(FAIL_VERB_EN, t.lower);
    if (!adjectival && (!t.tags.has('Passive') || t.tags.has('Auxiliary'))) continue;
    // Walk back over the auxiliary chain and adverbs.
    let j = i - 1;
    const aux: string[] = [];
    while (j >= 0 && (terms[j].tags.has('Auxiliary') || (adjectival && terms[j].tags.has('Copula')) || terms[j].tags.has('Adverb') || terms[j].tags.has('Negative') || /^(?:not|n't|been|be|being|never|also|then|just|already|accidentally|mistakenly|wrongly|incorrectly)$/i.test(terms[j].lower))) {
      if (terms[j].tags.has('Auxiliary') || terms[j].tags.has('Copula') || /^(?:been|be|being)$/i.test(terms[j].lower)) aux.push(terms[j].lower);
      j--;
    }
    if (aux.length === 0) continue;
    const auxStart = j + 1;
    if (j >= 0 && MODAL.test(terms[j].lower)) continue;
    if (aux.some((a) => MODAL.test(a))) continue;
    const past = aux.some((a) => PAST_AUX.test(a));
    const perfect = aux.includes('been') && aux.some((a) => /^(?:has|have|'s|'ve)$/.test(a));
    if (!past && !perfect) continue; // present stative ("is attached") and the like
    const sStart = subjectStart(terms, auxStart, text);
    const cEnd = clauseEnd(text, t.end);
    const after = text.slice(t.end, cEnd);
    // An agent: "by our team", "by Dana" (not "by mistake", "by Friday").
    const by = after.match(/\bby\s+(\S+(?:\s+\S+)?)/i);
    if (by && !test(NOT_AGENT, by[1])) continue; // test() resets lastIndex: NOT_AGENT is global
    const subject = text.slice(sStart, terms[auxStart].start);
    if (testClause(FIX_SUBJECT_EN, subject)) continue;
    const clause = text.slice(sStart, cEnd);
    const cue = testClause(FAILURE_CUE_EN, clause);
    const failVerb = test(FAIL_VERB_EN, t.lower) && (!SEND_VERB_EN.test(t.lower) || /^\s+to\b/i.test(after) || cue);
    if (!(cue || (failVerb && past))) continue;
    if (perfect && !cue) continue;
    const end = Math.min(cEnd, t.end + (after.match(/^(?:\s+(?:to|in|at|on|during|from|for|with|into)\b(?:\s+[\w#'’-]+){1,4})?/u)?.[0].length ?? 0));
    const rest = text.slice(t.end, end);
    out.push({
      start: sStart,
      end,
      messageId: 'passive',
      suggestions: [{ label: 'Say who did it', replacement: rewriteEn(subject, t.text, rest) }],
    });
  }
  return out;
}

const EVENT_EN = rx(
  `\\b(?:an?|the|some|this|that|one|two|several)\\s+(?:\\w+\\s+){0,2}?(?:error|mistake|problem|issue|fault|glitch|bug|outage|failure|mix-?up|oversight|incident|malfunction|miscommunication|misunderstanding)s?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:occurred|occured|happened|arose|arisen|crept\\s+in|slipped\\s+through|took\\s+place|came\\s+up|cropped\\s+up)\\b(?:\\s+(?:in|with|on|at|during)(?:\\s+(?:the|a|an|our|your|this|that|one\\s+of\\s+our))?\\s+[\\w-]+)?|\\b(?:something|things|it\\s+all|a\\s+few\\s+things)\\s+(?:went|has\\s+gone|had\\s+gone)\\s+wrong\\b|\\bthere\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:an?\\s+|some\\s+)?(?:\\w+\\s+)?(?:error|mistake|mix-?up|glitch|oversight|miscommunication)s?\\b`,
);

// German: werden/sein passive with the participle at the end of the clause.
const PART_DE = `(?:ge\\w+(?:t|en)|\\w+iert|(?:ver|be|er|ent|zer|über|unter|miss|fehl|ab|an|auf|aus|ein|um|zu|vor|nach|mit|weiter|zurück|los|durch|falsch)\\w*(?:t|en))`;
const PASSIVE_DE = rx(
  `(?:\\b(?:(?:Ihr|Ihre|Ihren|Ihrem|dein|deine|deinen|euer|eure|der|die|das|den|dem|ein|eine|einen|unser|unsere|es|diese[rsm]?)\\s+)?(?:[\\w-]+\\s+){0,2}?)?\\b(?:wurde|wurden|wird|werden|worden|ist|sind|war|waren)\\b([^,.;:!?–—]{0,90}?)\\s+(${PART_DE})(?:\\s+worden)?(?=\\s*(?:[,.;:!?]|$|\\s+(?:und|aber|weil|da|sodass|obwohl|sowie)\\b))`,
);
const AGENT_DE = rx(`\\b(?:von|durch)\\s+(?:uns|unsere[mnrs]?|unser|de[mnr]|die|das|eine[mnr]?|Frau|Herrn?|Ihre[mnr]?|dein\\w*|[A-ZÄÖÜ][\\w-]+)\\b`, 'iu');
const FAILURE_CUE_DE = rx(
  `\\b(?:falsch\\w*|fehlerhaft\\w*|versehentlich|irrtümlich\\w*|fälschlich\\w*|nicht|kein\\w*|zu\\s+spät|verspätet\\w*|doppelt|zweimal|leider|Fehler\\w*|fehl\\w+|verloren|beschädigt|vergessen|übersehen|abgelehnt|storniert|gelöscht|gesperrt|vertauscht|verwechselt|untergegangen|liegen\\s+geblieben|liegengeblieben|verlegt|falsch)\\b`,
);
const EVENT_DE = rx(
  `\\b(?:es\\s+kam\\s+(?:\\w+\\s+){0,3}?zu|kam\\s+es\\s+(?:\\w+\\s+){0,3}?zu|kann\\s+es\\s+(?:\\w+\\s+){0,3}?zu)\\s+(?:\\w+\\s+)?(?:Verzögerung|Fehler|Problem|Störung|Ausfäll|Ausfall|Unterbrechung|Verwechslung|Panne|Engpäss|Schwierigkeit|Missverständnis)\\w*|\\b(?:ist|sind|war|waren)\\s+(?:(?:leider|dabei|hier|da|bei\\s+\\w+\\s+\\w+)\\s+)*(?:ein(?:e)?|mehrere|einige)\\s+(?:\\w+\\s+)?(?:Fehler|Panne|Störung|Problem|Versehen|Missgeschick)\\w*\\s+(?:aufgetreten|passiert|entstanden|unterlaufen)|\\b(?:ist|sind|war)\\s+(?:(?:leider|dabei|wohl|irgendwie|bei\\s+uns)\\s+)*(?:untergegangen|verloren\\s+gegangen|schiefgelaufen|schiefgegangen|liegen\\s+geblieben|liegengeblieben|durchgerutscht)\\b|\\b(?:lief|ging)\\s+(?:etwas|einiges|leider\\s+etwas|da\\s+etwas|was)\\s+schief\\b|\\bes\\s+gab\\s+(?:leider\\s+)?(?:einen|ein|eine)\\s+(?:\\w+\\s+)?(?:Fehler|Problem|Panne|Störung|Verwechslung)\\b`,
);

function passivesDe(text: string): LocalHit[] {
  const out: LocalHit[] = [];
  PASSIVE_DE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PASSIVE_DE.exec(text)) !== null) {
    const middle = m[1] ?? '';
    const participle = m[2] ?? '';
    if (test(AGENT_DE, middle)) continue;
    // An active clause with its own subject is not a passive.
    if (/\b(?:wir|ich|du|ihr)\b/iu.test(middle)) continue;
    // "uns ist ein Fehler unterlaufen" names us: ownership, not evasion.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:uns|mir)\s*$/i.test(before) || /^\s*(?:uns|mir)\b/i.test(middle)) continue;
    const clause = m[0];
    if (!test(FAILURE_CUE_DE, clause)) continue;
    // A future or present fix ("wird heute verschickt") is not about the failure.
    if (/^(?:\S+\s+){0,3}?(?:wird|werden)\b/i.test(clause) && !/\bnicht\b/i.test(clause)) continue;
    const subject = clause.slice(0, clause.search(/\b(?:wurde|wurden|wird|werden|worden|ist|sind|war|waren)\b/i)).trim();
    const subjLower = subject.replace(/^(Ihr|Ihre|Die|Der|Das|Dein|Deine|Es|Ein|Eine)\b/, (w) => (/^(Ihr|Ihre)$/.test(w) ? w : w.toLowerCase()));
    const mid = middle.replace(/\bleider\b\s*/i, '').trim();
    // Only a werden-passive has a clean active form; "ist untergegangen" gets no rewrite.
    const werden = /\b(?:wurde|wurden)\b/i.test(clause);
    const replacement = subject && !/^es$/i.test(subject)
      ? `Wir haben ${subjLower} ${mid ? mid + ' ' : ''}${participle}`.replace(/\s+/g, ' ')
      : `Wir haben ${mid ? mid + ' ' : ''}${participle}`.replace(/\s+/g, ' ');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      messageId: 'passive',
      suggestions: werden ? [{ label: 'Sagen, wer es war', replacement }] : [],
    });
  }
  return out;
}

export default defineRule({
  id: 'agentless-passive',
  category: 'evasive',
  title: { en: 'Passive that hides who failed', de: 'Passiv ohne Verursacher' },
  why: {
    en: '"Mistakes were made" and "your order was shipped to the wrong address" are built so that nobody did anything. Customers notice. Name who did it — usually "we": "we shipped your order to the wrong address".',
    de: '„Es wurden Fehler gemacht“ und „Ihre Bestellung wurde falsch verschickt“ sind so gebaut, dass niemand etwas getan hat. Kunden merken das. Nennen Sie, wer es war — meist „wir“.',
  },
  example: {
    en: { bad: 'Your order was shipped to the wrong address.', good: 'We shipped your order to the wrong address.' },
    de: { bad: 'Ihre Bestellung wurde falsch verschickt.', good: 'Wir haben Ihre Bestellung falsch verschickt.' },
  },
  defaultSeverity: 'warning',
  scope: 'incident',
  messages: {
    passive: {
      en: 'This passive hides who made the mistake. Say who did it ("we…").',
      de: 'Dieses Passiv verschweigt, wer den Fehler gemacht hat. Sagen Sie, wer es war („wir …“).',
    },
    event: {
      en: '"An error occurred" makes the mistake sound like weather. Say what you did wrong.',
      de: '„Es kam zu Fehlern“ klingt wie Wetter. Sagen Sie, was Sie falsch gemacht haben.',
    },
  },
  options: baseOptions,
  check(s) {
    const hits: LocalHit[] = [];
    if (s.lang === 'de') {
      if (!/wurde|wurden|worden|wird|werden|ist|sind|war|waren|kam|gab|lief|ging/i.test(s.text)) return [];
      hits.push(...hitsOf(EVENT_DE, s.text, { messageId: 'event' }));
      hits.push(...passivesDe(s.text));
    } else {
      if (!/\b(?:was|were|been|got|gotten)\b|occur|happen|wrong|arose|arisen|crept|slipped|took place|there (?:was|were|has|had)/i.test(s.text)) return [];
      hits.push(...hitsOf(EVENT_EN, s.text, { messageId: 'event', suggestions: [{ label: 'Own it', replacement: 'we made a mistake' }] }));
      // compromise tags only the clauses the pre-filter lets through.
      if (/\b(?:was|were|been|got|gotten)\b/i.test(s.text)) hits.push(...passivesEn(s.text));
    }
    return mergeHits(hits);
  },
});
