import { checklistTester } from './harness';

checklistTester('missing-compensation', 'compensation', [
  { lang: 'en', text: "I've refunded the delivery charge.", evidence: "refunded" },
  { lang: 'en', text: "Your next month is on us.", evidence: "month is on us" },
  { lang: 'en', text: "We've added a £20 credit to your account.", evidence: "credit" },
  { lang: 'en', text: "We will waive the late fee.", evidence: "waive" },
  { lang: 'en', text: "Please use your credit card for the payment.", evidence: null },
  { lang: 'en', text: "Unfortunately we can't offer a refund.", evidence: null },
  { lang: 'de', text: "Wir erstatten Ihnen die Versandkosten.", evidence: "erstatten" },
  { lang: 'de', text: "Als Ausgleich erhalten Sie einen Gutschein über 15 Euro.", evidence: "Ausgleich" },
  { lang: 'de', text: "Die Anfahrt berechnen wir Ihnen nicht.", evidence: "berechnen wir Ihnen nicht" },
  { lang: 'de', text: "Leider ist keine Erstattung möglich.", evidence: null },
]);
