import { checklistTester } from './harness';

checklistTester('missing-fix', 'fix', [
  { lang: 'en', text: "I've issued a corrected invoice this morning.", evidence: "I've issued" },
  { lang: 'en', text: "Your replacement ships today by express.", evidence: "Your replacement ships" },
  { lang: 'en', text: "We will re-run the report by Friday.", evidence: "We will re-run" },
  { lang: 'en', text: "It's fixed now.", evidence: "It's fixed" },
  { lang: 'en', text: "We'll try to fix it soon.", evidence: null },
  { lang: 'en', text: "We are looking into it.", evidence: null },
  { lang: 'en', text: "The right one ships today.", evidence: "ships today" },
  { lang: 'en', text: "The new part will be with you by Friday.", evidence: "will be with you by Friday" },
  { lang: 'en', text: "It might be with you by Friday.", evidence: null },
  { lang: 'de', text: "Wir haben die Buchung korrigiert.", evidence: "Wir haben die Buchung korrigiert" },
  { lang: 'de', text: "Die richtige Ware geht heute noch raus.", evidence: "geht heute noch raus" },
  { lang: 'de', text: "Die zweite Abbuchung habe ich heute storniert.", evidence: "Die zweite Abbuchung habe ich heute storniert" },
  { lang: 'de', text: "Wir versuchen, das zu beheben.", evidence: null },
]);
