import { checklistTester } from './harness';

checklistTester('missing-ownership', 'ownership', [
  { lang: 'en', text: "That was our mistake, not yours.", evidence: "That was our mistake" },
  { lang: 'en', text: "We sent you the wrong invoice.", evidence: "We sent you the wrong" },
  { lang: 'en', text: "I forgot to book your table.", evidence: "I forgot" },
  { lang: 'en', text: "This one is on me.", evidence: "This one is on me" },
  { lang: 'en', text: "Mistakes were made.", evidence: null },
  { lang: 'en', text: "It was not our fault.", evidence: null },
  { lang: 'de', text: "Das war mein Fehler.", evidence: "Das war mein Fehler" },
  { lang: 'de', text: "Uns ist bei der Abrechnung ein Fehler unterlaufen.", evidence: "Uns ist bei der Abrechnung ein Fehler unterlaufen" },
  { lang: 'de', text: "Wir haben vergessen, die Bestellung abzuschicken.", evidence: "Wir haben vergessen" },
  { lang: 'en', text: "Der Fehler lag beim Paketdienst.", evidence: null },
]);
