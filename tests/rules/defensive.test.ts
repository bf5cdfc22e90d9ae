import { ruleTester } from './harness';

ruleTester('defensive', {
  valid: [
    { lang: 'en', text: "As requested, I have attached the invoice." },
    { lang: 'en', text: "Our privacy policy explains how we store data." },
    { lang: 'de', text: "Wie besprochen sende ich Ihnen das Angebot." },
    { lang: 'de', text: "Gemäß Ihrem Wunsch haben wir den Termin verschoben." },
  ],
  invalid: [
    { lang: 'en', text: "As we stated in our last email, refunds take ten days.", flags: ["As we stated"], suggestion: "" },
    { lang: 'en', text: "Per our policy, we cannot refund opened items.", flags: ["Per our policy"], suggestion: "" },
    { lang: 'en', text: "According to our terms and conditions, the fee is non-refundable.", flags: ["According to our terms"], suggestion: "" },
    { lang: 'en', text: "Our records clearly show that you ordered the blue one.", flags: ["Our records clearly show"] },
    { lang: 'en', text: "To be fair, the form did say so.", flags: ["To be fair"], suggestion: "" },
    { lang: 'de', text: "Wie bereits erwähnt, ist die Gebühr fällig.", flags: ["Wie bereits erwähnt"], suggestion: "" },
    { lang: 'de', text: "Gemäß unseren AGB ist eine Rückgabe ausgeschlossen.", flags: ["Gemäß unseren AGB"], suggestion: "" },
    { lang: 'de', text: "Laut unseren Unterlagen haben Sie die Zahlung versäumt.", flags: ["Laut unseren Unterlagen"], suggestion: "" },
  ],
});
