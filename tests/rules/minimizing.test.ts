import { ruleTester } from './harness';

ruleTester('minimizing', {
  valid: [
    { lang: 'en', text: "Just to confirm, your order ships today." },
    { lang: 'en', text: "Just let me know if you need anything." },
    { lang: 'en', text: "The only change is the pickup time." },
    { lang: 'de', text: "Nur noch kurz zur Info: die Lieferung kommt morgen." },
    { lang: 'de', text: "Sie müssen nur das Formular unterschreiben." },
  ],
  invalid: [
    { lang: 'en', text: "It was just a small glitch in our app.", flags: ["just a small glitch"], suggestion: "a small glitch" },
    { lang: 'en', text: "This was only a minor delay of two days.", flags: ["only a minor delay"], suggestion: "a minor delay" },
    { lang: 'en', text: "Your order is only 3 days late.", flags: ["only 3 days late"], suggestion: "3 days late" },
    { lang: 'en', text: "Honestly, it's nothing to worry about.", flags: ["nothing to worry about"] },
    { lang: 'en', text: "Only a handful of customers were affected, and the vast majority of users saw nothing.", flags: ["the vast majority of users saw nothing"] },
    { lang: 'de', text: "Es war nur ein kleiner Fehler in der Abrechnung.", flags: ["nur ein kleiner Fehler"], suggestion: "ein kleiner Fehler" },
    { lang: 'de', text: "Die Verzögerung betrug lediglich zwei Tage.", flags: ["lediglich zwei Tage"], suggestion: "zwei Tage" },
    { lang: 'de', text: "Das ist halb so wild.", flags: ["halb so wild"] },
  ],
});
