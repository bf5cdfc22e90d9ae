import { alt, defineChecklistRule, rx } from '../lib/rule';

/*
 * The fix: what has been done, or is scheduled, to repair this customer's
 * problem. Concrete and first-person ("I've issued a corrected invoice"), or
 * the result itself ("your replacement ships today").
 */
const REPAIR_EN = alt([
  'issu(?:e|ed|ing)', 'revers(?:e|ed|ing)', 'correct(?:ed|ing)?', 'fix(?:ed|ing)?',
  'resolv(?:e|ed|ing)', 'restor(?:e|ed|ing)', 're-?sen(?:d|t|ding)', 'rebook(?:ed|ing)?', 're-?issu(?:e|ed)',
  're-?r[au]n', 're-?running', 'replac(?:e|ed|ing)', 'repair(?:ed|ing)?', 'cancell?(?:ed|ing)?',
  'cancel', 'updat(?:e|ed|ing)', 'adjust(?:ed|ing)?', 'sen(?:d|t|ding)', 'ship(?:ped|ping)?', 'dispatch(?:ed|ing)?',
  'arrang(?:e|ed|ing)', 'book(?:ed|ing)?', 'schedul(?:e|ed|ing)', 'roll(?:ed)? back', 'revert(?:ed|ing)?',
  'unblock(?:ed|ing)?', 'reinstat(?:e|ed|ing)', 'reactivat(?:e|ed|ing)', 'releas(?:e|ed|ing)', 'remov(?:e|ed|ing)',
  'put (?:\\w+ ){0,3}through', 'launch(?:ed|ing)?', 'go live', 'deliver(?:ed|ing)?', 'process(?:ed|ing)?', 're-?ship(?:ped)?', 'locat(?:e|ed)', 'found',
  'recover(?:ed)?', 'rectif(?:y|ied)', 'amend(?:ed)?', 'lodg(?:e|ed)', 'submitt?(?:ed)?', 'attach(?:ed)?',
  're-?deliver(?:ed)?', 'chang(?:e|ed) (?:it|this|that|them) back', 'call(?:ed)? you',
  'pa(?:y|id) (?:you|back)', 'retriev(?:e|ed)', 'restart(?:ed)?', 're-?enabl(?:e|ed)', 'edit(?:ed)?', 'rewr(?:ite|ote|itten)',
  'redo', 'redone', 'rework(?:ed)?', 'escalat(?:e|ed)', 'chas(?:e|ed)', 'contact(?:ed)?', 'stopp?(?:ed)?', 'block(?:ed)?',
  'upgrad(?:e|ed)', 'extend(?:ed)?', 'reschedul(?:e|ed)', 'mov(?:e|ed) you',
]);
const RESULT_NOUN_EN = alt([
  'replacement', 'refund', 'new', 'corrected', 'updated', 'revised', 'amended', 'fixed', 'credit', 'card', 'account',
  'booking', 'order', 'parcel', 'package', 'bag', 'luggage', 'address', 'invoice', 'bill', 'service', 'access',
  'connection', 'export', 'report', 'file', 'files', 'payment', 'prescription', 'refill', 'container', 'shipment',
  'delivery', 'reservation', 'subscription', 'plan', 'charge', 'fee', 'total', 'balance', 'data', 'caption', 'post',
  'link', 'page', 'site', 'app', 'issue', 'problem', 'bug', 'outage', 'error',
]);

export default defineChecklistRule({
  id: 'missing-fix',
  title: { en: 'No fix', de: 'Keine Lösung' },
  why: {
    en: 'An apology without a fix leaves the customer with the problem. Say what you have done or will do, by when, for this customer: "I\'ve issued a corrected invoice", "your replacement ships today".',
    de: 'Eine Entschuldigung ohne Lösung lässt den Kunden mit dem Problem allein. Sagen Sie, was Sie getan haben oder bis wann tun werden: „Wir haben die Buchung korrigiert.“',
  },
  example: {
    en: { bad: "We're sorry about the wrong invoice.", good: "I've cancelled the wrong invoice and attached a corrected one." },
    de: { bad: 'Die falsche Rechnung tut uns leid.', good: 'Ich habe die falsche Rechnung storniert und eine korrigierte angehängt.' },
  },
  checklist: {
    id: 'fix',
    template: { en: "Here is what I've done to put it right: [what you did, and by when].", de: 'Das haben wir bereits korrigiert: [was Sie getan haben, und bis wann].' },
    passed: { en: 'Says how it was fixed', de: 'Nennt die Lösung' },
    missing: {
      en: 'No fix yet: say what you did or will do, and by when.',
      de: 'Noch keine Lösung: Sagen Sie, was Sie getan haben oder bis wann tun werden.',
    },
  },
  evidence: {
    en: [
      rx(`\\b(?:i|we)(?:'ve|'ll|'m|'re|\\s+have|\\s+had|\\s+will|\\s+am|\\s+are|\\s+can|\\s+would like to)?(?:\\s+(?:just|now|already|personally|also|then|immediately|today|manually|since|gone ahead and|been able to|now\\s+fully))*\\s+${REPAIR_EN}\\b`),
      rx(`\\b(?:your|the|a|an)\\s+(?:\\w+\\s+){0,2}?${RESULT_NOUN_EN}\\s+(?:(?:[^.!?;]|\\.(?=\\d)){0,30}?\\s+)?(?:has|have|had|will|is|are|was|were)\\s+(?:now\\s+|already\\s+|just\\s+|been\\s+|be\\s+|fully\\s+)*(?:${REPAIR_EN}|on\\s+(?:its|their)\\s+way|back|live|fixed|working|available|attached|unblocked|restored|up and running)\\b(?![^.!?;]{0,30}\\bif\\b)`),
      rx(`\\b(?:your|the)\\s+(?:\\w+\\s+){0,2}?${RESULT_NOUN_EN}\\s+(?:ships|goes out|leaves|arrives|will arrive|is due|should arrive|is on its way|is back|is live|is working)\\b`),
      // A concrete when: "the right one ships today", "it will be with you by Friday".
      rx(`\\b(?:ships|goes\\s+out|leaves\\s+(?:us|our\\s+\\w+)|is\\s+on\\s+(?:its|the)\\s+way|will\\s+(?:ship|go\\s+out|arrive|reach\\s+you|be\\s+(?:with\\s+you|delivered|sent|shipped|back|ready|fixed|live|restored|credited)))\\s+(?:[\\w-]+\\s+){0,3}?(?:today|tonight|tomorrow|this\\s+\\w+|on\\s+\\w+|by\\s+\\w+|within\\s+\\w+|first\\s+thing|now|in\\s+the\\s+next|before\\s+\\w+)\\b`),
      rx(`\\b(?:it|this|that|they)(?:'s|\\s+is|\\s+has|\\s+have)\\s+(?:now\\s+|already\\s+|all\\s+)?(?:been\\s+)?(?:fixed|sorted|corrected|resolved|restored|back to normal|working again|up and running|on its way)\\b`),
      rx(`\\brefund(?:ed|ing)?\\s+(?:you\\s+)?(?:the|your)\\s+(?:[€£$]?[\\d.,]+\\s+)?(?:\\w+\\s+){0,2}?(?:difference|overcharge|duplicate|second|extra|double|incorrect|wrong|erroneous)\\b`),
      rx(`\\b(?:our|my|the)\\s+(?:\\w+\\s+){0,2}?(?:team|colleagues?|engineers?|staff|manager|department|officer|technicians?|driver|courier|chef|developers?|support)\\s+(?:has\\s+|have\\s+|had\\s+|will\\s+)?(?:now\\s+|already\\s+|just\\s+|also\\s+)?${REPAIR_EN}\\b`),
    ],
    de: [
      rx(`\\b(?:wir|ich)\\s+(?:haben|habe|hab|werden|werde|hatten)\\b[^.!?;]{0,90}?\\b(?:korrigiert|storniert|zurückgebucht|neu\\s+(?:verschickt|erstellt|ausgestellt|berechnet|gebucht)|verschickt|versendet|versandt|geschickt|behoben|repariert|aktualisiert|angepasst|aufgehoben|umgebucht|ersetzt|nachgeliefert|freigeschaltet|wiederhergestellt|veranlasst|zugestellt|überwiesen|angewiesen|ausgetauscht|rückgängig\\s+gemacht|berichtigt|geändert|eingepflegt|nachgeholt|gelöscht|erledigt|ausgestellt|eingeleitet|beauftragt|zurückgesetzt|eingetragen|gefunden|geklärt|bereinigt|gesperrt|entsperrt|(?:ein)?gebucht|angelegt|abgeschaltet|eingespielt|korrigieren|stornieren|schicken|senden|verschicken|beheben|ersetzen|nachliefern|zustellen|austauschen|prüfen\\s+und\\s+korrigieren|anpassen|umbuchen|aufheben|zurückbuchen)\\b`),
      rx(`\\b(?:habe|hab|haben)\\s+(?:ich|wir)\\b[^.!?;]{0,90}?\\b(?:ge\\w+t|\\w+iert|(?:zurück|um|neu|aus|ab|auf|ein|nach|an|zu|vor)ge\\w+(?:t|en)|(?:ver|be|er|ent|über)\\w+t)\\b`),
      rx(`\\b(?:geht|gehen|kommt|kommen|ist|sind|liegt|liegen)\\s+(?:[\\w,]+\\s+){0,4}?(?:heute|morgen|sofort|umgehend|jetzt|wieder|bereits|seit|noch\\s+heute)\\b[^.!?;]{0,60}?\\b(?:raus|unterwegs|vorhanden|verfügbar|erreichbar|online|zu\\s+(?:Ihnen|dir|euch)|bei\\s+(?:Ihnen|dir|euch)|in\\s+Ordnung|korrekt|richtig|da|bereit|abholbereit)\\b`),
      rx(`\\b(?:korrigieren|stornieren|schicken|senden|verschicken|beheben|ersetzen|liefern|tauschen|buchen|heben|stellen|spielen|setzen|nehmen)\\s+(?:wir|ich)\\b[^.!?;]{0,60}?(?:\\b(?:zurück|gut|auf|um|nach|zu|aus|neu|heute|sofort|morgen|noch)\\b|[.!?]|$)`),
      rx(`\\b(?:ist|sind|wurde|wurden|wird|werden)\\s+(?:(?:jetzt|nun|inzwischen|bereits|heute|schon|gestern|umgehend|sofort|seit\\s+\\w+)\\s+)*(?:\\w+\\s+){0,4}?(?:korrigiert|behoben|erstattet|storniert|gutgeschrieben|zurückgebucht|verschickt|versendet|unterwegs|zugestellt|aktualisiert|repariert|wiederhergestellt|freigeschaltet|ersetzt|aufgehoben|verpackt|angewiesen|überwiesen|berichtigt|erledigt|geändert|angepasst|bestätigt|umgebucht|gelöst|eingeleitet)\\b`),
      rx(`\\b(?:Ihr(?:e|en)?|dein(?:e|en)?|euer|eure)\\s+(?:\\w+\\s+){0,2}?(?:Ersatz\\w*|neue\\w*|korrigierte\\w*)\\b[^.!?;]{0,40}?\\b(?:ist\\s+unterwegs|geht\\s+heute|kommt|erhalten|finden\\s+Sie|liegt|ist\\s+angehängt|anbei)`),
      rx(`\\b(?:Den|Die|Das)\\s+(?:korrigierte|neue|aktualisierte|berichtigte)\\w*\\s+\\w+\\s+(?:finden|erhalten|bekommen)\\s+(?:Sie|du)\\b`),
      rx(`\\b(?:Alle|Die|Den|Das)\\b[^.!?;]{0,60}?\\b(?:haben|hab|habe)\\s+(?:wir|ich)\\b[^.!?;]{0,60}?\\b(?:ge\\w+t|\\w+iert|ge\\w+en)\\b`),
    ],
  },
  exclude: {
    en: [
      rx(`\\b(?:try|trying|tried|hope|hoping|hopefully|might|maybe|perhaps|possibly|attempt|will see|if possible|whether)\\b`),
      rx(`\\b(?:can't|cannot|unable to|won't be able|not able to|no longer)\\b`),
      rx(`\\b(?:voucher|gift\\s+card|discount|coupon)\\b`),
      // A failure told in the same breath ("your order was shipped to the wrong address") is not a fix.
      rx(`\\b(?:wrong(?:ly)?|incorrect(?:ly)?|twice|by\\s+mistake|in\\s+error|mistakenly|accidentally|late)\\b`),
    ],
    de: [
      rx(`\\b(?:versuchen|versuche|hoffentlich|eventuell|möglicherweise|vielleicht|ob\\s+(?:eine|wir)|falls\\s+möglich|nicht\\s+möglich|leider\\s+nicht|versehentlich|vergessen|übersehen)\\b`),
      rx(`\\b(?:Gutschein\\w*|Gutschrift\\w*|Rabatt\\w*|Erstattung\\w*|erstatte\\w*)\\b`),
    ],
  },
});
