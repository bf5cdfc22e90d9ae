import { alt, baseOptions, defineRule, hitsOf, memoSentence, mergeHits, rx, type DocumentHit } from '../lib/rule';
import type { LocalHit } from '../lib/types';

/*
 * A non-apology sounds like an apology but makes it conditional ("sorry if"),
 * moves the problem into the reader's feelings ("sorry you feel", "regret that
 * you were disappointed") or apologises for a hypothetical ("any inconvenience
 * this may have caused"). Readers hear it as "we don't think we did anything".
 */

const APOLOGY_EN = `(?:(?:i'm|i am|we're|we are|i'm so|we're so|i am so|we are so|(?:i|we) (?:do |really |sincerely |truly |deeply )?(?:apologi[sz]e|regret))|sorry|apologies|our apologies|my apologies)`;
const EMOTION_EN = alt([
  'upset', 'unhappy', 'disappointed', 'frustrated', 'dissatisfied', 'inconvenienced', 'offended', 'annoyed',
  'confused', 'let down', 'not happy', 'unsatisfied', 'angry', 'displeased', 'concerned', 'worried', 'hurt', 'put out',
]);
const ANY_EN = `(?:any|all the|whatever)(?:\\s+\\w+){0,2}?\\s+${alt([
  'inconvenience', 'inconveniences', 'distress', 'frustration', 'trouble', 'confusion', 'disappointment', 'issues?',
  'problems?', 'disruption', 'upset', 'annoyance', 'difficult(?:y|ies)', 'discomfort', 'misunderstanding', 'concern',
])}`;

const EN: Array<{ re: RegExp; messageId: string }> = [
  // "We apologize for any inconvenience this may have caused"
  {
    re: rx(`\\b(?:we|i)?\\s*${APOLOGY_EN}\\s+(?:for|about)\\s+${ANY_EN}(?:[^.!?;]{0,40}?\\b(?:may|might|could|would)\\s+(?:have\\s+)?(?:been\\s+)?(?:caused?|created?|resulted?|experienced|incurred|brought))?`),
    messageId: 'hypothetical',
  },
  // "… for any inconvenience this may have caused" without the apology word right before.
  {
    re: rx(`\\b${ANY_EN}\\s+(?:this|that|it|which)\\s+(?:may|might|could)\\s+(?:have\\s+)?(?:caused?|created?|resulted)`),
    messageId: 'hypothetical',
  },
  // "sorry if …", "apologise if …", "regret it if …"
  {
    re: rx(`\\b(?:(?:we|i)\\s+)?${APOLOGY_EN}\\s+(?:it\\s+)?(?:if|in case|to the extent(?: that)?|should)\\s+[^.!?;,]{1,60}`),
    messageId: 'conditional',
  },
  // "sorry you feel that", "regret that you were disappointed"
  {
    re: rx(`\\b(?:(?:we|i)\\s+)?${APOLOGY_EN}\\s+(?:that\\s+)?(?:you|your team|you both|you all)\\s+(?:(?:feel|felt|feel like|see it|saw it|perceive[ds]?|think|thought|found|find)\\b|(?:were|are|have been|got|became|'re|was)\\s+(?:(?:so|very|a bit|a little|quite|rather)\\s+)?${EMOTION_EN}\\b)`),
    messageId: 'feelings',
  },
  {
    re: rx(`\\b${APOLOGY_EN}\\s+(?:for\\s+)?(?:how you (?:feel|felt)|your (?:feelings|frustration|disappointment)|that this is how you feel)`),
    messageId: 'feelings',
  },
  // "mistakes may have been made", "if we have caused any"
  { re: rx(`\\bif\\s+(?:we|i)\\s+(?:have|has|had)\\s+(?:caused|created|given)\\s+(?:any|you any)`), messageId: 'conditional' },
];

const APOLOGY_DE = `(?:(?:es\\s+)?tut\\s+(?:mir|uns)\\s+(?:(?:sehr|wirklich|echt|aufrichtig|ehrlich)\\s+)?leid|bedauer\\w*|entschuldig\\w*(?:\\s+(?:uns|mich))?|sorry|verzeih\\w*)`;
const ANY_DE_HEAD = `(?:etwaig|eventuell|allfällig|jeglich|möglich|evtl\\.?)\\w*\\s+(?:(?:dadurch\\s+|Ihnen\\s+|dir\\s+|euch\\s+)?(?:entstanden|verursacht|bereitet)\\w*\\s+)?`;
const ANY_DE = `${ANY_DE_HEAD}(?:Unannehmlichkeit|Umständ|Unbequemlichkeit|Ärgernis|Verwirrung|Missverständnis|Beeinträchtigung|Störung|Probleme?)\\w*`;
const ANY_DE_STRONG = `${ANY_DE_HEAD}(?:Unannehmlichkeit|Umständ|Unbequemlichkeit)\\w*`;
const EMOTION_DE = alt([
  'unzufrieden', 'verärgert', 'enttäuscht', 'unglücklich', 'verunsichert', 'frustriert', 'aufgebracht', 'verwirrt',
  'genervt', 'nicht zufrieden', 'irritiert', 'beunruhigt', 'ungerecht behandelt', 'verstimmt',
]);

const DE: Array<{ re: RegExp; messageId: string }> = [
  { re: rx(`\\b(?:wir\\s+|ich\\s+)?${APOLOGY_DE}[^.!?;]{0,25}?\\s+(?:für\\s+)?${ANY_DE}`), messageId: 'hypothetical' },
  { re: rx(`\\b(?:für\\s+)?${ANY_DE_STRONG}`), messageId: 'hypothetical' },
  // "Es tut uns leid, falls Sie …", "Wir bedauern, wenn …"
  {
    re: rx(`\\b(?:(?:wir|ich)\\s+)?${APOLOGY_DE}\\s*,?\\s+(?:es\\s+)?(?:falls|wenn|sofern|soweit|sollten)\\b[^.!?;]{0,60}`),
    messageId: 'conditional',
  },
  // "Wir bedauern, dass Sie unzufrieden sind", "…, dass Sie sich ungerecht behandelt fühlen"
  {
    re: rx(`\\b(?:(?:wir|ich)\\s+)?${APOLOGY_DE}\\s*,?\\s+dass\\s+(?:Sie|du|ihr)\\b[^.!?;]{0,70}?(?:${EMOTION_DE}|\\bsich\\b[^.!?;]{0,40}?\\bfühl\\w*|\\bden Eindruck\\b|\\bempfinden\\b|\\bempfunden\\b)`),
    messageId: 'feelings',
  },
  {
    re: rx(`\\b(?:(?:wir|ich)\\s+)?${APOLOGY_DE}\\s*,?\\s+(?:dass|wenn|falls)\\s+(?:du|Sie|ihr)\\s+(?:dich|sich|euch)\\b[^.!?;]{0,40}?\\bfühl\\w*`),
    messageId: 'feelings',
  },
];

// "We appreciate your patience" / "Wir bitten um Verständnis" stand in for an apology:
// flagged only when the email has no real apology (see checkDocument).
const PATIENCE_EN = rx(`\\b(?:we|i)\\s+(?:(?:kindly|do|would)\\s+)?(?:ask\\s+for|appreciate|thank you for)\\s+your\\s+(?:patience|understanding)|\\bthank(?:s| you) for your (?:patience|understanding)`);
const PATIENCE_DE = rx(`\\b(?:wir|ich)\\s+bitte[nt]?\\s+(?:Sie\\s+|dich\\s+|euch\\s+)?(?:um\\s+(?:Ihr\\s+|dein\\s+|euer\\s+)?(?:Verständnis|Geduld|Nachsicht))|\\bdanke[n]?\\s+(?:Ihnen\\s+|dir\\s+)?für\\s+(?:Ihr|dein|euer|Ihre|deine)\\s+(?:Verständnis|Geduld)`);

const patienceHits = memoSentence((text: string, lang: 'en' | 'de') => hitsOf(lang === 'de' ? PATIENCE_DE : PATIENCE_EN, text));

export default defineRule({
  id: 'non-apology',
  category: 'evasive',
  title: { en: 'Non-apology', de: 'Scheinentschuldigung' },
  why: {
    en: 'An apology that depends on "if", apologises for the reader\'s feelings, or for "any inconvenience this may have caused" tells the reader you are not sure you did anything wrong. Say plainly what you are sorry for: "I\'m sorry that we…".',
    de: 'Eine Entschuldigung mit „falls“, für die Gefühle des Lesers oder für „eventuelle Unannehmlichkeiten“ sagt: Wir sind nicht sicher, ob wir etwas falsch gemacht haben. Sagen Sie klar, wofür Sie sich entschuldigen: „Es tut mir leid, dass wir …“.',
  },
  example: {
    en: { bad: 'We apologize for any inconvenience this may have caused.', good: "I'm sorry that we shipped your order late." },
    de: { bad: 'Wir entschuldigen uns für eventuell entstandene Unannehmlichkeiten.', good: 'Es tut mir leid, dass wir Ihre Bestellung zu spät verschickt haben.' },
  },
  defaultSeverity: 'error',
  scope: 'incident',
  messages: {
    conditional: {
      en: 'A conditional apology ("sorry if…") doubts that anything went wrong. Apologise for what happened.',
      de: 'Eine Entschuldigung mit „falls/wenn“ zweifelt an, dass etwas schiefging. Entschuldigen Sie sich für das, was passiert ist.',
    },
    feelings: {
      en: 'This apologises for the reader\'s feelings, not for what you did. Name what went wrong.',
      de: 'Das entschuldigt sich für die Gefühle des Lesers, nicht für Ihren Fehler. Nennen Sie, was schiefging.',
    },
    hypothetical: {
      en: '"Any inconvenience this may have caused" sounds like a form letter and doubts the harm. Say what went wrong.',
      de: '„Eventuelle Unannehmlichkeiten“ klingt nach Formbrief und zweifelt den Schaden an. Sagen Sie, was schiefging.',
    },
    patience: {
      en: 'Thanking for patience does not replace an apology. Say you are sorry for what happened.',
      de: 'Die Bitte um Verständnis ersetzt keine Entschuldigung. Entschuldigen Sie sich für das, was passiert ist.',
    },
  },
  options: baseOptions,
  check(s) {
    const list = s.lang === 'de' ? DE : EN;
    // Cheap pre-filter: no apology or regret word, nothing to do.
    const pre = s.lang === 'de' ? /leid|bedauer|entschuldig|sorry|verzeih|etwaig|eventuell|allfällig|jeglich|möglich/i : /sorry|apolog|regret|inconvenien|if we/i;
    if (!pre.test(s.text)) return [];
    const hits: LocalHit[] = [];
    for (const { re, messageId } of list) {
      for (const h of hitsOf(re, s.text)) {
        hits.push({
          ...h,
          messageId,
          suggestions:
            s.lang === 'de'
              ? [{ label: 'Klar entschuldigen', replacement: 'Es tut mir leid, dass wir' }]
              : [{ label: 'Apologise plainly', replacement: "I'm sorry that we" }],
        });
      }
    }
    // Trim leading spaces the optional subject group may have taken.
    for (const h of hits) {
      while (h.start < h.end && /\s/.test(s.text[h.start])) h.start++;
    }
    return mergeHits(hits);
  },
  checkDocument(doc) {
    // A request for patience stands in for an apology only when there is no real apology.
    const apologies = doc.hits.get('missing-apology') ?? [];
    if (apologies.length > 0) return [];
    const out: DocumentHit[] = [];
    for (const s of doc.sentences) {
      for (const h of patienceHits(s.text, doc.lang, s.slot)) out.push({ start: s.start + h.start, end: s.start + h.end, messageId: 'patience' });
    }
    return out;
  },
});
