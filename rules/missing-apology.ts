import { defineChecklistRule, rx } from '../lib/rule';

/*
 * The apology is the sentence the reader looks for first. Without it, every
 * fix reads like damage control. It must be the sender's own, plain and
 * unconditional: "I'm sorry that we…", "Please accept our apologies".
 */
export default defineChecklistRule({
  id: 'missing-apology',
  title: { en: 'No apology', de: 'Keine Entschuldigung' },
  why: {
    en: 'Customers forgive mistakes, not evasion. A plain, unconditional apology ("I\'m sorry that we…") is what they look for first; without it, the rest of the email reads like damage control.',
    de: 'Kunden verzeihen Fehler, aber keine Ausflüchte. Eine klare Entschuldigung ohne Bedingungen („Es tut mir leid, dass wir …“) ist das Erste, was sie suchen.',
  },
  example: {
    en: { bad: 'Your order has now been shipped.', good: "I'm sorry that we shipped your order late. It is on its way now." },
    de: { bad: 'Ihre Bestellung ist jetzt unterwegs.', good: 'Es tut mir leid, dass wir Ihre Bestellung zu spät verschickt haben.' },
  },
  checklist: {
    id: 'apology',
    template: { en: "I'm sorry that we let you down here.", de: 'Es tut mir leid, dass wir Sie hier enttäuscht haben.' },
    passed: { en: 'Apologises plainly', de: 'Entschuldigt sich klar' },
    missing: {
      en: 'No plain apology yet: say what you are sorry for ("I\'m sorry that we…").',
      de: 'Noch keine klare Entschuldigung: Sagen Sie, wofür („Es tut mir leid, dass wir …“).',
    },
  },
  prefilter: { en: /sorry|apolog/i, de: /leid|entschuldig|sorry|verzeih|Entschuldigung/i },
  evidence: {
    en: [
      rx(`\\b(?:i'm|i am|we're|we are|i was|we were|i feel|we feel)\\s+(?:(?:so|very|really|truly|terribly|deeply|genuinely|sincerely|incredibly|extremely|awfully|really very)\\s+)*sorry\\b(?!\\s+(?:to\\s+(?:hear|bother|say|see|trouble|learn|disturb|chase|nag|ask)|if|for\\s+any|for\\s+the\\s+(?:late\\s+reply|slow\\s+reply|wait(?:ing)?\\s+on\\s+my\\s+reply)|you\\s+feel|you\\s+felt|but\\b))`),
      rx(`\\b(?:i|we)\\s+(?:(?:do|must|would like to|want to|wish to|really|sincerely|truly|deeply|genuinely|also)\\s+)*apologi[sz]e\\b(?!\\s+(?:for\\s+any|if|to\\s+(?:bother|trouble)))`),
      rx(`\\b(?:please\\s+accept\\s+)?(?:my|our)\\s+(?:(?:sincere|sincerest|deepest|heartfelt|genuine|honest|full)\\s+)?apologies\\b(?!\\s+(?:for\\s+any|if))`),
      rx(`(?:^|[.!?]\\s+|\\b(?:and|so)\\s+)(?:(?:so|very|really|truly)\\s+)?(?:sorry|apologies)\\s+(?:again|for|about|that|—|-)\\b(?!\\s+(?:any|the\\s+late\\s+reply|bothering|to\\s+bother))`),
      rx(`\\b(?:sorry|apologies)\\s*(?:again)?\\s*[.!]`),
      rx(`^(?:oh\\s+|so\\s+|really\\s+)?sorry\\s*[,!.:—–-](?!\\s*but\\b)`),
      rx(`\\bthat's\\s+(?:entirely\\s+|all\\s+)?(?:my|our)\\s+fault\\s+and\\s+i'm\\s+sorry`),
    ],
    de: [
      rx(`\\b(?:es\\s+)?tut\\s+(?:mir|uns)\\s+(?:(?:sehr|wirklich|echt|aufrichtig|ehrlich|ausgesprochen|furchtbar|total|so|unglaublich)\\s+)*leid\\b(?!\\s*,?\\s*(?:zu\\s+hören|zu\\s+lesen|falls|wenn|sofern|dass\\s+(?:Sie|du|ihr)\\s+(?:sich|dich|euch)\\b[^.!?]{0,40}fühl))`),
      rx(`\\b(?:ich|wir)\\s+(?:(?:möchte|möchten|muss|müssen|will|wollen)\\s+)?(?:(?:mich|uns)\\s+)?(?:(?:bei\\s+(?:Ihnen|dir|euch)|aufrichtig|ausdrücklich|vielmals|sehr|nochmals)\\s+)*(?:entschuldigen|entschuldige)\\b(?!\\s+(?:uns\\s+|mich\\s+)?(?:für\\s+(?:etwaig|eventuell|allfällig|jeglich|möglich)))`),
      rx(`\\b(?:bitte\\s+)?entschuldig(?:en|e|t)\\s+(?:Sie\\s+)?(?:bitte\\s+)?(?!(?:die|diese)\\s+Störung)`),
      rx(`\\bich\\s+muss\\s+mich\\s+(?:bei\\s+(?:Ihnen|dir|euch)\\s+)?entschuldigen`),
      rx(`\\b(?:dafür|hierfür|deshalb|deswegen)\\s+(?:möchte|möchten|will|wollen)\\s+(?:ich|wir)\\s+(?:mich|uns)\\s+(?:bei\\s+(?:Ihnen|dir|euch)\\s+)?(?:\\w+\\s+)?entschuldigen`),
      rx(`\\b(?:Entschuldigung|sorry)\\s+(?:für|wegen)\\b(?!\\s+(?:die|diese)\\s+Störung)`),
      rx(`\\b(?:bitte[nt]?\\s+(?:Sie\\s+|dich\\s+)?(?:vielmals\\s+)?um\\s+Entschuldigung|(?:Bitte\\s+)?(?:verzeihen\\s+Sie|verzeih)\\b)`),
      rx(`\\b(?:unsere|meine)\\s+(?:aufrichtige\\s+)?Entschuldigung\\b`),
    ],
  },
  exclude: {
    en: [rx(`\\bno\\s+need\\s+to\\s+apologi[sz]e\\b`), rx(`\\bsorry\\s+to\\s+(?:hear|bother)`)],
    de: [rx(`\\bkein(?:en)?\\s+Grund\\s+(?:sich\\s+|dich\\s+)?zu\\s+entschuldigen`), rx(`entschuldigen\\s+Sie\\s+(?:bitte\\s+)?die\\s+Störung`)],
  },
});
