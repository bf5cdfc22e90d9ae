import { alt, defineChecklistRule, rx } from '../lib/rule';

/*
 * Ownership: the sender names the mistake as their own, in active voice, with
 * "we" or "I" as the one who did it. It is what separates an apology from a
 * weather report.
 */
const FAIL_VERBS_EN = alt([
  'failed', 'forgot', 'missed', 'overlooked', 'neglected', 'mixed up', 'messed up', 'mislabell?ed', 'misread',
  'misunderstood', 'misplaced', 'misquoted', 'miscalculated', 'misconfigured', 'dropped the ball', 'let you down',
  'got (?:it|this|that|the \\w+) wrong', 'made (?:a|an|the|this|that|two|several|some)?\\s*(?:\\w+\\s+)?(?:mistakes?|errors?|blunders?)',
  'caused (?:this|the|that|an?)\\b', 'broke', 'lost', 'damaged', 'should have', 'shouldn\'t have', 'should not have',
  'didn\'t (?:check|test|tell|inform|notify|send|update|catch|notice|follow|call|flag|confirm|verify|read|see)',
  'did not (?:check|test|tell|inform|notify|send|update|catch|notice|follow|call|flag|confirm|verify|read|see)',
  'were wrong', 'was wrong', 'screwed up', 'slipped up', 'fell short', 'dropped', 'overcharged', 'double-charged',
]);
const ACTION_VERBS_EN = alt([
  'sent', 'shipped', 'charged', 'billed', 'booked', 'delivered', 'gave', 'quoted', 'printed', 'published', 'used',
  'applied', 'entered', 'pulled', 'picked', 'packed', 'deployed', 'changed', 'posted', 'scheduled', 'cancell?ed',
  'deleted', 'debited', 'invoiced', 'labell?ed', 'addressed', 'processed', 'put', 'assigned', 'told', 'promised',
  'released', 'emailed', 'called', 'took', 'ran', 'set', 'configured', 'pushed', 'copied', 'wrote', 'listed',
]);
const WRONG_EN = alt([
  'wrong(?:ly)?', 'incorrect(?:ly)?', 'twice', 'double', 'by mistake', 'in error', 'late', 'outdated', 'out-of-date',
  'old', 'previous', 'without', 'instead of', 'too (?:early|late|much|soon)', 'mistakenly', 'accidentally',
  'erroneously', 'inadvertently', 'unintentionally', 'before (?:checking|confirming|testing)', 'the wrong',
]);

export default defineChecklistRule({
  id: 'missing-ownership',
  title: { en: 'No ownership', de: 'Keine Verantwortung übernommen' },
  why: {
    en: 'Readers want to hear who made the mistake. "We shipped the wrong size" or "that was our mistake" owns it; "mistakes were made" or "the courier lost it" does not. Owning it in active voice is what makes the apology believable.',
    de: 'Leser wollen hören, wer den Fehler gemacht hat. „Wir haben die falsche Größe verschickt“ oder „Das war unser Fehler“ übernimmt Verantwortung; „Es wurden Fehler gemacht“ nicht.',
  },
  example: {
    en: { bad: 'Mistakes were made with your order.', good: 'That was our mistake: we shipped the wrong size.' },
    de: { bad: 'Bei Ihrer Bestellung wurden Fehler gemacht.', good: 'Das war unser Fehler: Wir haben die falsche Größe verschickt.' },
  },
  checklist: {
    id: 'ownership',
    template: { en: 'That was our mistake, not yours.', de: 'Das war unser Fehler, nicht Ihrer.' },
    passed: { en: 'Owns the mistake', de: 'Übernimmt Verantwortung' },
    missing: {
      en: 'Nobody owns the mistake yet: say who did what ("we shipped the wrong size").',
      de: 'Noch übernimmt niemand den Fehler: Sagen Sie, wer was getan hat („Wir haben … verwechselt“).',
    },
  },
  evidence: {
    en: [
      rx(`\\b(?:that|this|it|which)\\s*(?:was|is|'s|has been)\\s+(?:entirely\\s+|completely\\s+|totally\\s+|all\\s+|clearly\\s+|absolutely\\s+|100%\\s+)?(?:our|my)\\s+(?:own\\s+)?(?:\\w+\\s+)?(?:mistake|fault|error|oversight|responsibility|doing|bad|failure|slip|blunder)\\b`),
      rx(`\\b(?:entirely|completely|totally|all)\\s+(?:my|our)\\s+(?:fault|mistake|error|responsibility)\\b`),
      rx(`(?:^|[.!?:;]\\s+)(?:(?:my|our)\\s+(?:mistake|fault|error|bad)|that's\\s+on\\s+(?:me|us))\\b`),
      rx(`\\b(?:that's|that is|this is|it's|it is|that was|this was|(?:this|that)\\s+one\\s+(?:is|was|'s))\\s+(?:entirely\\s+|all\\s+|completely\\s+)?on\\s+(?:me|us)\\b`),
      rx(`\\b(?:we|i)(?:\\s+(?:really|simply|clearly|completely|just|also|then|accidentally|mistakenly))?\\s+${FAIL_VERBS_EN}`),
      rx(`\\b(?:we|i)(?:'ve|\\s+have|\\s+had)?(?:\\s+(?:accidentally|mistakenly|wrongly|incorrectly|then|also))?\\s+${ACTION_VERBS_EN}\\b[^.!?;]{0,60}?\\b${WRONG_EN}\\b`),
      rx(`\\b(?:we|i)\\b[^.!?;]{0,120}?\\b(?:and|but)\\s+(?:then\\s+)?(?:didn't|did\\s+not|failed\\s+to|forgot\\s+to|never)\\s+(?:\\w+)`),
      rx(`\\b(?:we|i)\\s+(?:take|accept)\\s+(?:full\\s+|complete\\s+)?responsibility\\b`),
      rx(`\\b(?:the\\s+)?(?:mistake|error|fault)\\s+(?:was|is)\\s+(?:ours|mine)\\b`),
    ],
    de: [
      rx(`\\b(?:das|dies|es)\\s+(?:war|ist)\\s+(?:ganz\\s+|allein\\s+|eindeutig\\s+|klar\\s+|ausschließlich\\s+|voll\\s+und\\s+ganz\\s+)?(?:unser|mein)(?:e)?\\s+(?:\\w+\\s+)?(?:Fehler|Schuld|Versäumnis|Verschulden|Versehen|Verantwortung)\\b`),
      rx(`(?:^|[.!?:;,]\\s*|\\b(?:und|echt|ganz)\\s+)(?:mein|unser)\\s+Fehler\\b`),
      rx(`\\b(?:uns|mir)\\s+(?:ist|sind)\\s+(?:[\\w.]+\\s+){0,5}?(?:ein(?:e)?|mehrere|zwei|gleich\\s+zwei)\\s+(?:\\w+\\s+)?(?:Fehler|Versehen|Panne|Missgeschick)\\w*\\s+(?:unterlaufen|passiert)`),
      rx(`\\b(?:wir|ich)\\s+(?:haben|habe|hab|hatten|hatte)\\b[^.!?;]{0,80}?\\b(?:versäumt|vergessen|übersehen|verwechselt|vertauscht|verschlampt|verbockt|verpasst|verwechselt|falsch\\s+\\w+|nicht\\s+(?:\\w+\\s+)?(?:ge\\w+t|\\w+iert|ge\\w+en|be\\w+t|ver\\w+t|über\\w+t)|zu\\s+spät\\s+\\w+|doppelt\\s+\\w+|versehentlich\\s+\\w+|irrtümlich\\s+\\w+|einen?\\s+Fehler\\s+gemacht)\\b`),
      rx(`\\b(?:und|aber)\\s+(?:habe|hab|haben)\\s+(?:\\w+\\s+){0,4}?(?:vergessen|versäumt|übersehen|verwechselt|vertauscht|verpasst)\\b`),
      rx(`\\b(?:wir|ich)\\s+(?:hätten|hätte)\\b[^.!?;]{0,80}?\\b(?:müssen|sollen)\\b`),
      rx(`\\b(?:auf\\s+(?:unsere|meine)\\s+Kappe|geht\\s+auf\\s+(?:unser|mein)\\s+Konto|(?:wir|ich)\\s+(?:übernehme[n]?|tragen|trage)\\s+(?:dafür\\s+)?(?:die\\s+)?(?:volle\\s+)?Verantwortung)`),
      rx(`\\b(?:haben|habe|hab)\\s+(?:wir|ich)\\b[^.!?;]{0,80}?\\b(?:versäumt|vergessen|übersehen|verwechselt|vertauscht|falsch\\s+\\w+|versehentlich\\s+\\w+|irrtümlich\\s+\\w+)\\b`),
      rx(`\\b(?:wir|ich)\\s+(?:haben|habe|hab)\\s+(?:(?:da|hier|leider|schlicht|einfach)\\s+)*(?:Mist\\s+gebaut|einen\\s+Fehler\\s+gemacht|Fehler\\s+gemacht|uns\\s+vertan|mich\\s+vertan|danebengelegen|geschlampt)`),
      rx(`\\bunser(?:e|em|er)?\\s+(?:Fehler|Versäumnis|Versehen)\\b`),
    ],
  },
  exclude: {
    en: [rx(`\\b(?:not|never|wasn't|isn't)\\s+(?:our|my)\\s+(?:fault|mistake|error)\\b`), rx(`\\bif\\s+(?:we|i)\\s+(?:made|caused)`)],
    de: [rx(`\\b(?:nicht|kein)\\s+(?:unser|mein)(?:e)?\\s+(?:Fehler|Schuld)\\b`)],
  },
});
