/**
 * Is this email an answer to a mistake, failure or complaint on the sender's
 * side? A score of signals: apologies and ownership (strong), evasive
 * phrasing about a failure, and words of failure in the body. A quote, an
 * invitation or a thank-you has none of the strong signals and few of the
 * weak ones, so it is not nagged about compensation.
 */
import { memoSentence, rx, test, type DocumentHit, type DocumentInput } from './rule';
import type { Lang } from './types';

const FAILURE: Record<Lang, RegExp[]> = {
  en: [
    rx(`\\b(?:mistakes?|errors?|wrong(?:ly)?|incorrect(?:ly)?|fault|faulty|mix-?up|oversight|blunder|twice|glitch(?:es)?|hiccups?|bugs?)\\b`),
    rx(`\\b(?:delay(?:ed|s)?|late|overdue|missed|outage|downtime|forgot|forgotten|overlooked|discrepanc(?:y|ies)|overbill\\w*|disruption|interruption|broken|broke|failed|failure|crash(?:ed)?)\\b`),
    rx(`\\b(?:damaged|lost|missing|misrouted|stuck|cancell?ed\\s+by\\s+mistake|double[-\\s]charged|charged\\s+twice|overcharged|duplicate\\s+(?:charge|payment|debit))\\b`),
    rx(`\\b(?:complaint|frustrat\\w*|disappoint\\w*|upset|unacceptable|inconvenien\\w*|let\\s+(?:you|you\\s+all)\\s+down|hassle|trouble)\\b`),
    rx(`\\b(?:unfortunately|regrettabl\\w*)\\b`),
  ],
  de: [
    // Compounds ("Lieferfehler", "Verzögerungen") match by their stem anywhere in a word: no leading \w* to backtrack over.
    rx(`Fehler|\\b(?:falsch\\w*|Versehen|versehentlich|Verwechslung|vertauscht|verwechselt|Panne|Irrtum|irrtümlich|Bug|Bugs|Aussetzer)\\b`),
    rx(`Verzögerung|\\b(?:verspätet\\w*|Verspätung|zu\\s+spät|Ausfall|ausgefallen|Störung\\w*|Unterbrechung|defekt|kaputt|funktioniert\\w*\\s+nicht)\\b`),
    rx(`\\b(?:vergessen|versäumt|übersehen|beschädigt|verloren|fehlgeleitet|fehlt|fehlende\\w*|doppelt\\w*|zweimal|abgelehnt|storniert)\\b`),
    rx(`\\b(?:Beschwerde|Reklamation|ärgerlich|Ärger|enttäuscht|Unannehmlichkeit\\w*|unzufrieden|Umstand|Umstände)\\b`),
    rx(`\\b(?:leider|bedauerlicherweise)\\b`),
  ],
};

/** Which kinds of failure words a sentence has (a bit per pattern), memoised per sentence. */
const failureBits = memoSentence((text: string, lang: Lang): number => {
  let bits = 0;
  FAILURE[lang].forEach((re, i) => {
    if (test(re, text)) bits |= 1 << i;
  });
  return bits;
});

export function detectIncident(doc: DocumentInput, docHits: Map<string, DocumentHit[]>): boolean {
  const has = (id: string) => (doc.hits.get(id)?.length ?? 0) > 0;
  let score = 0;
  if (has('missing-apology')) score += 2;
  if (has('non-apology') || (docHits.get('non-apology')?.length ?? 0) > 0) score += 2;
  if (has('missing-ownership')) score += 2;
  let evasive = 0;
  for (const id of ['agentless-passive', 'blame-shifting', 'defensive', 'minimizing']) if (has(id)) evasive++;
  // Two kinds of evasion together (policy and blame, say) answer a complaint.
  score += evasive + (evasive >= 2 ? 1 : 0);
  if (has('missing-compensation')) score += 0.5;
  let bits = 0;
  for (const s of doc.sentences) bits |= failureBits(s.text, doc.lang, s.slot);
  let failure = 0;
  for (; bits; bits &= bits - 1) failure++;
  score += Math.min(failure, 3);
  return score >= 3;
}
