import { alt, defineChecklistRule, rx } from '../lib/rule';

/*
 * Compensation: something of value that makes up for the trouble — a refund,
 * credit, discount, waived fee, free month. A refund of an erroneous charge
 * counts too: it is money back in the customer's hand.
 */
const VALUE_EN = alt([
  'refund(?:ed|s|ing)?', 'reimburs\\w*', 'credit(?:ed)?(?! card| check| score| limit)', 'credits', 'discount\\w*',
  'vouchers?', 'coupons?', 'gift cards?', 'gift vouchers?', 'free of charge', 'at no (?:extra |additional )?(?:cost|charge)',
  'for free', 'free (?:of charge|month|months|night|nights|delivery|shipping|upgrade|session|sessions|replacement|return|coffee|drink|dessert|meal|lesson|class|service|copy|subscription)',
  'on the house', 'complimentary', 'waiv(?:e|ed|ing)', 'money back', 'compensat\\w*', 'goodwill (?:gesture|payment)',
  '\\d+\\s?% off', '(?:a|one|two|three|\\d+) months? (?:free|on us)', 'revers(?:e|ed|ing) the (?:second |duplicate |extra |double )?(?:charge|debit|payment|fee|transaction)',
  'costs? you nothing', "won't be charged", 'will not be charged', "won't charge", 'not charge you', 'not be billed',
  'upgraded? you', 'cover(?:ed|ing)? (?:the |your |any |all )?(?:[£$€]?\\s?[\\d,.]+\\s+|\\w+\\s+){0,4}?(?:costs?|fees?|charges?|shipping|difference|bill|expenses?)', 'pay(?:ing)? for', 'paid back', 'take (?:\\w+ )?off your',
]);

export default defineChecklistRule({
  id: 'missing-compensation',
  title: { en: 'No compensation', de: 'Kein Ausgleich' },
  why: {
    en: 'Something of value — a refund, a credit, a waived fee, a free month — shows the apology costs you something too. It turns "sorry" into a gesture.',
    de: 'Etwas von Wert — eine Erstattung, eine Gutschrift, ein erlassener Betrag, ein Gutschein — zeigt, dass die Entschuldigung auch Sie etwas kostet.',
  },
  example: {
    en: { bad: "I'm sorry the delivery was late.", good: "I'm sorry we delivered late; I've refunded your shipping fee." },
    de: { bad: 'Es tut mir leid, dass die Lieferung zu spät kam.', good: 'Es tut mir leid, dass wir zu spät geliefert haben; die Versandkosten erstatten wir Ihnen.' },
  },
  checklist: {
    id: 'compensation',
    template: {
      en: 'To make up for the trouble, I have [refunded / credited / waived …].',
      de: 'Als Ausgleich für den Ärger haben wir Ihnen [eine Gutschrift / Erstattung …] veranlasst.',
    },
    passed: { en: 'Offers to make up for it', de: 'Bietet einen Ausgleich' },
    missing: {
      en: 'Nothing offered to make up for it (refund, credit, waived fee…).',
      de: 'Kein Ausgleich angeboten (Erstattung, Gutschrift, Gutschein …).',
    },
  },
  evidence: {
    en: [
      rx(`\\b${VALUE_EN}\\b`),
      // "the shipping is on us": a pattern of its own, so the word list above keeps its literal pre-filter
      // and its scan without look-behind (a branch that opens with \w+ would be tried inside every word).
      rx(`\\b(?!(?:that|this|it|which)\\b)\\w+,? (?:is|are|will be) on us\\b`),
    ],
    de: [
      rx(`\\b(?:\\w*(?:erstatt|Erstattung|Gutschrift|gutgeschrieben|Gutschein|Rabatt|Nachlass|Entschädigung|Rückzahlung|zurückgebucht|zurückzahl|zurückgezahlt|zurücküberwies|zurücküberweis|Preisnachlass|Ermäßigung|Kulanz)\\w*|kostenlos\\w*|kostenfrei\\w*|gratis|umsonst|erlassen|erlasse[n]?|schreiben\\s+(?:wir|ich)\\s+(?:Ihnen|dir|euch)\\b[^.!?;]{0,60}\\bgut|auf\\s+(?:unsere|meine)\\s+Kosten|geht\\s+auf\\s+(?:uns|mich|das\\s+Haus)|Ausgleich|(?:berechnen|berechne|stellen|verlangen)\\s+(?:wir|ich)\\s+(?:Ihnen\\s+|dir\\s+|euch\\s+)?(?:\\w+\\s+)?nicht|übernehmen\\s+(?:wir|ich)\\s+(?:die|alle|sämtliche)\\s+(?:\\w+\\s+)?Kosten|(?:\\d+|ein(?:en)?|zwei|drei)\\s+(?:Monat|Monate)\\s+(?:gratis|kostenlos|geschenkt)|Dankeschön|geschenkt|spendier\\w*)\\b`),
    ],
  },
  exclude: {
    en: [
      rx(`\\b(?:no|not eligible for a|non-?refundable|cannot|can't|unable to|won't be able to|not able to|do not|don't|isn't|is not)\\s+(?:\\w+\\s+){0,2}(?:refund|credit|discount|compensat|voucher|reimburs)`),
      rx(`\\b(?:request|apply for|claim)\\s+a\\s+refund\\b`),
      // Policy talk about refunds in general is not an offer ("refunds take 10 days").
      rx(`\\b(?:refunds|credits|discounts|vouchers)\\s+(?:take|are|can|may|must|will|need|only)\\b`),
    ],
    de: [
      rx(`\\b(?:keine|nicht|kein|leider\\s+nicht)\\s+(?:\\w+\\s+)?(?:Erstattung|erstatt\\w*|Gutschrift|Rabatt|Entschädigung|Ausgleich)`),
    ],
  },
});
