import { checklistTester } from './harness';

checklistTester('missing-invitation', 'invitation', [
  { lang: 'en', text: "Let me know if anything else comes up.", evidence: "Let me know" },
  { lang: 'en', text: "If you have any questions, just reply to this email.", evidence: "If you have any questions" },
  { lang: 'en', text: "Happy to jump on a call this week.", evidence: "Happy to jump" },
  { lang: 'en', text: "We have refunded the fee.", evidence: null },
  { lang: 'de', text: "Bei Fragen stehe ich Ihnen gerne zur Verfügung.", evidence: "Bei Fragen" },
  { lang: 'de', text: "Melde dich einfach, wenn noch was ist.", evidence: "Melde dich" },
  { lang: 'de', text: "Wir haben die Gebühr erstattet.", evidence: null },
]);
