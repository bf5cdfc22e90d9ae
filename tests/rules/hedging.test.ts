import { ruleTester } from './harness';

ruleTester('hedging', {
  valid: [
    { lang: 'en', text: "I hope this helps." },
    { lang: 'en', text: "We will send the replacement on Friday." },
    { lang: 'en', text: "Maybe we could talk on Thursday?" },
    { lang: 'de', text: "Möglicherweise erhalten Sie zwei Bestätigungen." },
    { lang: 'de', text: "Wir schicken Ihnen den Ersatz am Freitag." },
  ],
  invalid: [
    { lang: 'en', text: "It seems that our update broke the export.", flags: ["It seems that our update broke the"], suggestion: "Our update broke the" },
    { lang: 'en', text: "We'll try to get the refund to you this week.", flags: ["We'll try to get the refund"], suggestion: "We will get the refund" },
    { lang: 'en', text: "The parcel should hopefully arrive tomorrow.", flags: ["should hopefully arrive tomorrow"], suggestion: "should arrive tomorrow" },
    { lang: 'en', text: "The error may possibly have come from the import.", flags: ["may possibly have come from the"] },
    { lang: 'en', text: "We're hoping to restore access by Monday.", flags: ["We're hoping to restore access by"] },
    { lang: 'en', text: "It's hard to say what went wrong.", flags: ["hard to say"] },
    { lang: 'de', text: "Die Ursache war möglicherweise ein falsches Update.", flags: ["möglicherweise ein falsches Update"], suggestion: "ein falsches Update" },
    { lang: 'de', text: "Wir versuchen, das Paket bis Freitag zuzustellen.", flags: ["Wir versuchen"] },
    { lang: 'de', text: "Die Gutschrift kommt hoffentlich nächste Woche.", flags: ["hoffentlich nächste Woche"], suggestion: "nächste Woche" },
  ],
});
