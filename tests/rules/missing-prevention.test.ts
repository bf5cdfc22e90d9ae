import { checklistTester } from './harness';

checklistTester('missing-prevention', 'prevention', [
  { lang: 'en', text: "So this doesn't happen again, we now double-check every label.", evidence: "So this doesn't happen" },
  { lang: 'en', text: "We've added a second review step before invoices go out.", evidence: "We've added a second" },
  { lang: 'en', text: "From next month, every order will be weighed before dispatch.", evidence: "From next month, every" },
  { lang: 'en', text: "We will try to prevent this in future.", evidence: null },
  { lang: 'en', text: "We look forward to working with you in the future.", evidence: null },
  { lang: 'de', text: "Damit das nicht wieder vorkommt, prüfen wir jede Sendung zweimal.", evidence: "Damit das nicht wieder" },
  { lang: 'de', text: "Wir haben eine zusätzliche Kontrolle eingeführt.", evidence: "Wir haben eine zusätzliche Kontrolle eingeführt" },
  { lang: 'de', text: "Wir freuen uns auf die weitere Zusammenarbeit in Zukunft.", evidence: null },
]);
