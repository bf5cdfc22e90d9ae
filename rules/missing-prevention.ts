import { alt, defineChecklistRule, rx } from '../lib/rule';

/*
 * Prevention: what changes so it does not happen again. One concrete change
 * ("we now scan every box against the order") restores trust for the next
 * order, not just this one.
 */
const PROCESS_EN = alt([
  'check', 'checks', 'review', 'step', 'process', 'alert', 'alerts', 'test', 'tests', 'procedure', 'safeguard',
  'training', 'monitoring', 'control', 'controls', 'rule', 'validation', 'second', 'verification', 'reminder',
  'reminders', 'sign-off', 'approval', 'checklist', 'audit', 'scan', 'barcode', 'automatic', 'automated', 'limit',
  'warning', 'confirmation', 'policy', 'system', 'workflow', 'settings', 'software', 'template', 'templates', 'label', 'labels', 'note', 'flag', 'permission', 'permissions', 'double-check', 'four-eyes', 'peer review', 'staging',
]);
const CHANGE_EN = alt([
  'added', 'introduced', 'put in place', 'changed', 'updated', 'implemented', 'set up', 'installed', 'trained',
  'started', 'begun', 'moved to', 'switched', 'built', 'created', 'fixed the', 'adjusted', 'tightened', 'rewritten',
  'reworked', 'retrained', 'briefed', 'made it', 'configured', 'added a', 'corrected the', 'blocked', 'locked',
]);

export default defineChecklistRule({
  id: 'missing-prevention',
  title: { en: 'No prevention', de: 'Keine Vorbeugung' },
  why: {
    en: 'The customer wonders whether it will happen again. One concrete change ("we now scan every box against the order before it is sealed") answers that and shows you took the mistake seriously.',
    de: 'Der Kunde fragt sich, ob es wieder passiert. Eine konkrete Änderung („Damit das nicht wieder vorkommt, prüfen wir jetzt jede Sendung doppelt“) beantwortet das.',
  },
  example: {
    en: { bad: 'Sorry about the mix-up.', good: 'So this does not happen again, we now check every label against the order.' },
    de: { bad: 'Sorry für die Verwechslung.', good: 'Damit das nicht wieder vorkommt, prüfen wir jetzt jedes Etikett gegen die Bestellung.' },
  },
  checklist: {
    id: 'prevention',
    template: {
      en: 'So this does not happen again, we have [the change you made].',
      de: 'Damit das nicht wieder vorkommt, haben wir [Ihre Änderung].',
    },
    passed: { en: 'Says what changes', de: 'Nennt, was sich ändert' },
    missing: {
      en: 'Nothing says what changes so it does not happen again.',
      de: 'Es fehlt, was sich ändert, damit es nicht wieder vorkommt.',
    },
  },
  evidence: {
    en: [
      rx(`\\bso\\s+(?:that\\s+)?(?:this|it|that|the same|something like this|this kind of thing|nothing like this)\\s+(?:doesn't|does not|won't|will not|can't|cannot|never|can never|shouldn't|should not|isn't|is not)\\s+(?:\\w+\\s+)?(?:happen|occur|repeat|recur)`),
      rx(`\\bto\\s+(?:(?:help|make sure we|ensure we)\\s+)?(?:prevent|avoid|stop)\\s+(?:this|it|that|a repeat|similar|recurrence|any repeat|the same|such|this kind|mistakes like this|errors like this)`),
      rx(`\\b(?:to\\s+)?(?:make sure|ensure|ensuring)\\s+(?:that\\s+)?(?:this|it|that|the same|nothing like this)\\s+(?:doesn't|does not|won't|will not|never|can't|cannot)`),
      rx(`\\b(?:we|i)(?:'ve|\\s+have|\\s+now|'ll|\\s+will|\\s+also)?(?:\\s+(?:now|also|since|already|permanently))*\\s+${CHANGE_EN}\\b[^.!?;]{0,100}?\\b${PROCESS_EN}\\b`),
      rx(`\\b(?:we|i)\\s+now\\s+(?:\\w+\\s+){0,1}?(?:scan|check|verify|review|require|send|confirm|double-check|call|test|run|compare|ask|read|label|flag|validate|get|have|use)\\b`),
      rx(`\\b(?:from now on|going forward|in future|in the future|from today|as of today|next time|(?:from|starting|as of|beginning)\\s+(?:this|next|today|tomorrow|now|monday|tuesday|wednesday|thursday|friday|the\\s+next|\\d{1,2}\\s+\\w+)(?:\\s+(?:week|month|year|order|shift|release|on))?)\\b[^.!?;]{0,20}?\\b(?:we|i|every|all|each|our|your|any|new)\\b`),
      rx(`\\b(?:we|i)(?:'ve|\\s+have|\\s+now|'ll|\\s+will|\\s+also)?(?:\\s+(?:now|also|since|already))*\\s+${CHANGE_EN}\\b[^.!?;]{0,100}?\\bso\\s+(?:that\\s+)?[^.!?;]{0,60}?\\b(?:can\\s+no\\s+longer|no\\s+longer|can't|cannot|won't|will\\s+not|never|always|must|has\\s+to|have\\s+to)\\b`),
      rx(`\\b(?:every|each|all|any)\\s+(?:\\w+\\s+){0,3}?(?:now|will now|will also|will|are now|is now)\\s+(?:gets?|goes|go|has|have|is|are|needs?|requires?|must)\\b`),
    ],
    de: [
      rx(`\\bdamit\\s+(?:sich\\s+)?(?:das|dies|so\\s+etwas|sowas|es|ein\\s+solcher\\s+Fehler|solche\\s+Fehler|uns\\s+das)\\s+(?:\\w+\\s+){0,2}?(?:nicht|nie|kein)\\s+(?:\\w+\\s+)?(?:wieder|mehr|erneut|noch\\s+einmal|nochmal)\\b`),
      rx(`\\bum\\s+(?:das|dies|so\\s+etwas|sowas|solche\\s+\\w+|eine\\s+Wiederholung|Wiederholungen)\\s+(?:\\w+\\s+){0,2}?zu\\s+(?:vermeiden|verhindern|vorzubeugen)`),
      rx(`\\b(?:künftig|zukünftig|in\\s+Zukunft|ab\\s+sofort|von\\s+nun\\s+an|ab\\s+jetzt|seitdem|seit\\s+heute|ab\\s+heute)\\b[^.!?;]{0,100}?\\b(?:prüf\\w*|kontrollier\\w*|test\\w*|Prüfung|Kontrolle|scann\\w*|Vier-Augen\\w*|zweite\\w*|doppelt|automatisch\\w*|Erinnerung\\w*|Check\\w*|Abgleich\\w*|gleich\\w* ab|Schulung\\w*|geschult|Freigabe\\w*|Warnung\\w*|Benachrichtigung\\w*|Hinweis\\w*|Plausibilität\\w*|bestätig\\w*|abgleich\\w*|verpflichtend|immer|jede[nmrs]?|alle)\\b`),
      rx(`\\b(?:wir|ich)\\s+(?:prüf|kontrollier|überwach|scann|test|gleich|vergleich|bestätig|ruf|sicher|verwend|nutz|lass|dokumentier|markier|erfass|verifizier|schul|plan|hinterleg|sende|schick)\\w*\\b[^.!?;]{0,60}?\\b(?:jetzt|nun|ab\\s+sofort|seitdem|künftig|zukünftig|inzwischen|grundsätzlich|zusätzlich|immer)\\b`),
      rx(`\\b(?:jetzt|nun|ab\\s+sofort|seitdem|künftig|zukünftig|inzwischen|grundsätzlich)\\s+(?:prüf|kontrollier|überwach|scann|test|gleich|vergleich|bestätig|ruf|sicher|verwend|nutz|lass|dokumentier|markier|erfass|verifizier|schick|sende)\\w*\\s+(?:wir|ich)\\b`),
      rx(`\\b(?:wir|ich)\\s+(?:haben|habe|hab)\\b[^.!?;]{0,100}?\\b(?:eingeführt|umgestellt|ergänzt|geschult|eingerichtet|eingebaut|verschärft|angepasst|erweitert|automatisiert|nachgeschult)\\b`),
    ],
  },
  exclude: {
    en: [rx(`\\b(?:try|trying|hope|hopefully|might|maybe|perhaps)\\b`)],
    de: [rx(`\\b(?:versuchen|versuche|hoffentlich|eventuell|vielleicht)\\b`)],
  },
});
