import { checklistTester } from './harness';

checklistTester('missing-apology', 'apology', [
  { lang: 'en', text: "I'm really sorry that we missed your delivery slot.", evidence: "I'm really sorry" },
  { lang: 'en', text: "Please accept our apologies for the double charge.", evidence: "Please accept our apologies" },
  { lang: 'en', text: "I apologise for the mix-up with your booking.", evidence: "I apologise" },
  { lang: 'en', text: "Sorry to hear you're moving away.", evidence: null },
  { lang: 'en', text: "We apologise for any inconvenience this may have caused.", evidence: null },
  { lang: 'en', text: "Thanks for your patience while we looked into this.", evidence: null },
  { lang: 'de', text: "Es tut mir sehr leid, dass wir den Termin vergessen haben.", evidence: "Es tut mir sehr leid" },
  { lang: 'de', text: "Bitte entschuldigen Sie die falsche Rechnung.", evidence: "Bitte entschuldigen Sie" },
  { lang: 'de', text: "Entschuldigen Sie die Störung, ich habe eine kurze Frage.", evidence: null },
  { lang: 'de', text: "Es tut uns leid, falls Sie verärgert sind.", evidence: null },
]);
