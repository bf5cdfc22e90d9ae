import { ruleTester } from './harness';

ruleTester('non-apology', {
  valid: [
    { lang: 'en', text: "I'm sorry that we charged your card twice." },
    { lang: 'en', text: "Sorry to hear the parcel arrived late." },
    { lang: 'en', text: "I apologise for the delay in shipping your order." },
    { lang: 'en', text: "Sorry to bother you, but could you confirm the address?" },
    { lang: 'de', text: "Es tut mir leid, dass wir Ihre Lieferung vergessen haben." },
    { lang: 'de', text: "Es tut mir leid zu hören, dass Sie krank sind." },
  ],
  invalid: [
    { lang: 'en', text: "We're sorry if you were confused by the new billing page.", flags: ["sorry if you were confused by the new billing page"], suggestion: "I'm sorry that we" },
    { lang: 'en', text: "I apologise if our reply came across as rude.", flags: ["I apologise if our reply came across as rude"], suggestion: "I'm sorry that we" },
    { lang: 'en', text: "We regret that you feel let down by our service.", flags: ["We regret that you feel"], suggestion: "I'm sorry that we" },
    { lang: 'en', text: "Sorry you felt the need to escalate this.", flags: ["Sorry you felt"], suggestion: "I'm sorry that we" },
    { lang: 'en', text: "We apologise for any confusion this might have caused.", flags: ["We apologise for any confusion this might have caused"], suggestion: "I'm sorry that we" },
    { lang: 'en', text: "Our apologies for any trouble this may have caused you.", flags: ["Our apologies for any trouble this may have caused"], suggestion: "I'm sorry that we" },
    { lang: 'de', text: "Es tut uns leid, falls Sie sich über die Rechnung geärgert haben.", flags: ["Es tut uns leid, falls Sie sich über die Rechnung geärgert haben"], suggestion: "Es tut mir leid, dass wir" },
    { lang: 'de', text: "Wir bedauern, dass Sie sich ungerecht behandelt fühlen.", flags: ["Wir bedauern, dass Sie sich ungerecht behandelt fühlen"], suggestion: "Es tut mir leid, dass wir" },
    { lang: 'de', text: "Bitte entschuldigen Sie eventuelle Unannehmlichkeiten.", flags: ["entschuldigen Sie eventuelle Unannehmlichkeiten"], suggestion: "Es tut mir leid, dass wir" },
  ],
});
