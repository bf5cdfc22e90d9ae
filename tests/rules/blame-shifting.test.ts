import { ruleTester } from './harness';

ruleTester('blame-shifting', {
  valid: [
    { lang: 'en', text: "Our system now checks every address before dispatch." },
    { lang: 'en', text: "Please give our courier a call if you are not at home." },
    { lang: 'en', text: "Unser Paketdienst liefert montags bis samstags." },
  ],
  invalid: [
    { lang: 'en', text: "Due to circumstances beyond our control, your flight was cancelled.", flags: ["Due to circumstances beyond our control"], suggestion: "" },
    { lang: 'en', text: "Our courier lost your parcel somewhere near Leeds.", flags: ["Our courier lost your parcel somewhere"] },
    { lang: 'en', text: "The system automatically cancelled your subscription.", flags: ["The system automatically cancelled your subscription"] },
    { lang: 'en', text: "You should have read the confirmation email.", flags: ["You should have read the confirmation"] },
    { lang: 'en', text: "Guests are responsible for checking their booking details.", flags: ["Guests are responsible for checking their"] },
    { lang: 'en', text: "The delay was caused by our payment provider.", flags: ["caused by our payment provider"] },
    { lang: 'de', text: "Aufgrund technischer Probleme unseres Dienstleisters kam Ihre Sendung zu spät.", flags: ["Aufgrund technischer Probleme unseres Dienstleisters"], suggestion: "" },
    { lang: 'de', text: "Das System hat Ihre Bestellung automatisch storniert.", flags: ["Das System hat Ihre Bestellung automatisch storniert"] },
    { lang: 'de', text: "Sie hätten die Frist beachten müssen.", flags: ["Sie hätten die Frist beachten müssen"] },
    { lang: 'de', text: "Unser Paketdienst hat Ihr Paket leider beschädigt.", flags: ["Unser Paketdienst"] },
  ],
});
