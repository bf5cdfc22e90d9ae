import { defineLexicalRule, rx } from '../lib/rule';

/*
 * Defensive: citing policy, terms or earlier statements against the customer
 * ("as we stated", "per our policy", "our records clearly show", "to be
 * fair"). It wins the argument and loses the customer.
 */
const dropIntro = () => '';
const DOCS_EN = '(?:policy|policies|terms|terms and conditions|t&cs|t&c|conditions|agreement|contract|guidelines|guidance|faqs?|website|records|documentation|cardholder terms|terms of service|terms of use|returns policy|refund policy|fine print|small print|product page|rules|booking conditions|conditions of carriage|confirmation email|invoice)';

export default defineLexicalRule({
  id: 'defensive',
  title: { en: 'Defensive', de: 'Rechtfertigend' },
  why: {
    en: 'Citing policy, terms or what you "already stated" argues with the customer. You may be right, but it reads as "this is your fault", and it buries the apology. If a rule matters, explain it plainly and without "as we stated".',
    de: 'Verweise auf AGB, Richtlinien oder „wie bereits erwähnt“ streiten mit dem Kunden. Auch wenn Sie recht haben: Es klingt nach „selbst schuld“ und verdrängt die Entschuldigung.',
  },
  example: {
    en: { bad: 'Per our policy, refunds take 10 days.', good: 'Your refund will reach your account within 10 days.' },
    de: { bad: 'Gemäß unseren AGB dauert die Erstattung 10 Tage.', good: 'Die Erstattung ist in spätestens 10 Tagen auf Ihrem Konto.' },
  },
  defaultSeverity: 'warning',
  messages: {
    policy: {
      en: 'Quoting policy or terms at the customer sounds like a rebuttal. Explain what happens next, in plain words.',
      de: 'AGB oder Richtlinien zu zitieren klingt nach Abwehr. Erklären Sie in einfachen Worten, was jetzt passiert.',
    },
    already: {
      en: '"As we stated" implies the customer did not read. Drop it and simply restate the point.',
      de: '„Wie bereits erwähnt“ unterstellt, der Kunde habe nicht gelesen. Streichen Sie es.',
    },
    fairness: {
      en: '"To be fair" introduces an argument against the customer. Leave it out.',
      de: '„Fairerweise“ leitet ein Gegenargument ein. Lassen Sie es weg.',
    },
    records: {
      en: '"Our records show" sets your data against the customer\'s word. Check together instead.',
      de: '„Laut unseren Unterlagen“ stellt Ihre Daten gegen das Wort des Kunden. Prüfen Sie gemeinsam.',
    },
  },
  prefilter: {
    en: /as |per |accordance|pursuant|according|under our|records|fair|liab|responsib|agreed|clearly|obviously/i,
    de: /wie |gemäß|laut|entsprechend|zufolge|fairerweise|Unterlagen|AGB|Bedingungen|verpflichtet|zugestimmt|eigentlich/i,
  },
  patterns: {
    en: [
      { re: rx(`\\bas\\s+(?:(?:we|i)\\s+(?:have\\s+)?(?:already\\s+|previously\\s+|clearly\\s+)?(?:stated|said|mentioned|explained|noted|announced|advised|indicated|outlined|informed\\s+you|told\\s+you|pointed\\s+out|made\\s+clear|wrote|state|say|mention|explain|note|point\\s+out)|(?:is\\s+|was\\s+)?(?:clearly\\s+|previously\\s+|already\\s+|explicitly\\s+)?(?:stated|mentioned|explained|noted|outlined|indicated|specified|advised|communicated|set\\s+out|described|recommended|shown|detailed|listed|agreed)\\s+(?:in|on|at|by|before|earlier|previously|above|under))(?:\\s+(?:our|my|the|your|every|each)\\s+[\\w&-]+(?:\\s+[\\w&-]+){0,2}(?:\\s+of\\s+[\\w\\s]{1,20}?\\d*)?)?(?:\\s+of\\s+\\d+\\s+\\w+)?`), messageId: 'already', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:per|according\\s+to|in\\s+(?:accordance|line)\\s+with|pursuant\\s+to|under|as\\s+per|as\\s+set\\s+out\\s+in)\\s+(?:our|the)\\s+(?:\\w+\\s+){0,2}?${DOCS_EN}\\b`), messageId: 'policy', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:our|the)\\s+records\\s+(?:clearly\\s+|do\\s+|plainly\\s+)?(?:show|indicate|confirm|state)\\b`), messageId: 'records' },
      { re: rx(`\\b(?:to\\s+be\\s+(?:fair|honest\\s+with\\s+you)|in\\s+(?:all\\s+)?fairness|in\\s+our\\s+defen[cs]e|with\\s+all\\s+due\\s+respect)\\b`), messageId: 'fairness', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:our\\s+)?liability\\s+is\\s+(?:strictly\\s+)?limited\\b(?:\\s+(?:under|by|to)\\s+(?:the\\s+)?[\\w&-]+(?:\\s+[\\w&-]+){0,2})?|\\bwe\\s+(?:are|were|cannot\\s+be|can't\\s+be)\\s+not\\s+(?:responsible|liable)\\b|\\bwe\\s+(?:are|were)\\s+not\\s+(?:responsible|liable|at\\s+fault)\\b`), messageId: 'policy' },
      { re: rx(`\\b(?:as\\s+you\\s+(?:should|would|will|may)\\s+(?:know|be\\s+aware|have\\s+seen|recall)|which\\s+you\\s+(?:agreed\\s+to|accepted|signed)|you\\s+agreed\\s+to\\s+(?:our|the|these))\\b`), messageId: 'already' },
      { re: rx(`\\b(?:clearly|obviously|explicitly)\\s+(?:stated|stipulated|mentioned|written|specified|labell?ed|marked|shown)\\b`), messageId: 'already' },
    ],
    de: [
      { re: rx(`\\bwie\\s+(?:(?:ich|wir)\\s+(?:Ihnen\\s+|dir\\s+|euch\\s+)?(?:\\w+\\s+){0,4}?(?:bereits|schon|ausdrücklich)\\s+(?:gesagt|geschrieben|mitgeteilt|erklärt|erläutert|erwähnt|angekündigt)(?:\\s+(?:habe|haben|hatte|hatten))?|(?:(?:bereits|schon|ausdrücklich|mehrfach|eindeutig|klar)\\s+)+(?:[\\w.]+\\s+){0,6}?(?:erwähnt|erläutert|mitgeteilt|angegeben|beschrieben|dargelegt|gesagt|angekündigt|informiert|ausgeführt|geschrieben|kommuniziert|erklärt|besprochen)|in\\s+(?:unseren|unserer|unserem|den|der)\\s+\\w+\\s+(?:\\w+\\s+)?(?:angegeben|beschrieben|festgelegt|geregelt|erwähnt|aufgeführt|vermerkt))`), messageId: 'already', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:gemäß|laut|entsprechend|nach|zufolge|aufgrund)\\s+(?:unseren|unserer|unserem|unseres|den|der|dem|Ihren)\\s+(?:\\w+\\s+){0,3}?(?:AGB|Allgemeinen\\s+Geschäftsbedingungen|Geschäftsbedingungen|Bedingungen|Richtlinien?|Vertragsbedingungen|Nutzungsbedingungen|Versandbedingungen|Beförderungsbedingungen|Preis-\\s+und\\s+Leistungsverzeichnis(?:ses)?|Leistungsverzeichnis(?:ses)?|Vertrag(?:es)?|Unterlagen|Aufzeichnungen|Daten|Regeln|Regelungen|Vorgaben|Bestimmungen|Tarifbedingungen|Richtlinie)\\b`), messageId: 'policy', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:unseren|unseren\\s+\\w+)\\s+Unterlagen\\s+zufolge\\b|\\b(?:aus|in)\\s+unseren\\s+(?:Unterlagen|Aufzeichnungen|Daten)\\s+(?:geht|ist|sehen|ersehen)\\b(?:\\s+\\w+){0,3}`), messageId: 'records' },
      { re: rx(`\\b(?:fairerweise(?:\\s+muss\\s+man\\s+sagen)?|der\\s+Fairness\\s+halber|zugegebenermaßen|ehrlicherweise\\s+muss\\s+man\\s+sagen|(?:wir|ich)\\s+möchten?\\s+(?:jedoch\\s+|aber\\s+)?darauf\\s+hinweisen)\\b`), messageId: 'fairness', rewrite: dropIntro, label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:Sie\\s+haben|du\\s+hast|ihr\\s+habt)\\s+(?:doch\\s+|ja\\s+|damals\\s+|seinerzeit\\s+)*(?:\\w+\\s+){0,3}?(?:zugestimmt|akzeptiert|unterschrieben|bestätigt)\\b`), messageId: 'already' },
    ],
  },
  unlessHit: {
    en: [rx(`^as\\s+(?:requested|discussed|promised|agreed)\\b`)],
    de: [rx(`^wie\\s+(?:besprochen|vereinbart|gewünscht|versprochen)\\b`), rx(`^(?:gemäß|laut|entsprechend|nach)\\s+Ihre[mnr]?\\s+(?:Wunsch|Auftrag|Bitte|Anfrage)`)],
  },
});
