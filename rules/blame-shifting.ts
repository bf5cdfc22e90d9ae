import { defineLexicalRule, rx } from '../lib/rule';

/*
 * Blame-shifting: pushing the mistake onto circumstances ("beyond our
 * control"), a third party ("our courier"), "the system" or the customer
 * ("you should have"). To the customer you chose the courier and you run the
 * system: it is still your mistake.
 */
const THIRD_EN = '(?:courier|carrier|delivery\\s+partner|courier\\s+partner|partner|supplier|subcontractor|subcontracted\\s+\\w+|haulier|vendor|provider|third[-\\s]party|driver|warehouse\\s+partner|bank|correspondent\\s+bank|payment\\s+provider|payment\\s+processor|processor|contractor|manufacturer|logistics\\s+partner|hosting\\s+provider|cloud\\s+provider|data\\s+cent(?:re|er)\\s+provider|shipping\\s+company|postal\\s+service|post\\s+office|royal\\s+mail|ups|dhl|fedex|dpd|hermes|airline|agency|freelancer|printer)';

export default defineLexicalRule({
  id: 'blame-shifting',
  title: { en: 'Blame-shifting', de: 'Schuld abschieben' },
  why: {
    en: 'To the customer, you chose the courier, you run the system and you set the process. Pointing at circumstances, a partner, "the system" or the customer reads as an excuse. Own the outcome; explain a third party\'s part only if it helps the customer act.',
    de: 'Für den Kunden haben Sie den Dienstleister ausgewählt und das System eingerichtet. Der Verweis auf Umstände, Partner, „das System“ oder den Kunden selbst klingt nach Ausrede.',
  },
  example: {
    en: { bad: 'Our courier lost your parcel.', good: 'We lost your parcel in transit.' },
    de: { bad: 'Unser Paketdienst hat Ihr Paket verloren.', good: 'Wir haben Ihr Paket auf dem Transportweg verloren.' },
  },
  defaultSeverity: 'warning',
  messages: {
    circumstances: {
      en: '"Beyond our control" sounds like an excuse. Say what happened and what you are doing about it.',
      de: '„Außerhalb unseres Einflusses“ klingt nach Ausrede. Sagen Sie, was passiert ist und was Sie tun.',
    },
    thirdParty: {
      en: 'To the customer, your partner is you. Own the outcome instead of pointing at them.',
      de: 'Für den Kunden sind Ihre Partner Sie selbst. Übernehmen Sie das Ergebnis, statt auf sie zu zeigen.',
    },
    system: {
      en: '"The system" did what you set it up to do. Say "we" and own it.',
      de: '„Das System“ tut, was Sie eingerichtet haben. Sagen Sie „wir“.',
    },
    customer: {
      en: 'This puts the blame on the customer. Even if true, it will not help now; say what you will do.',
      de: 'Das schiebt die Schuld dem Kunden zu. Selbst wenn es stimmt: Sagen Sie lieber, was Sie jetzt tun.',
    },
  },
  prefilter: {
    en: /control|due to|because of|caused by|system|computer|you should|you could|you would|you |customers|patients|users|guests|responsib|their|courier|carrier|partner|supplier|subcontract|haulier|vendor|provider|party|driver|bank|traffic|weather|strike|volume|demand|roadworks/i,
    de: /aufgrund|wegen|infolge|Einfluss|Kontrolle|höhere|System|Sie hätten|du hättest|ihr hättet|verpflichtet|Verantwortung|Dienstleister|Partner|Subunternehmer|Lieferant|Zusteller|Anbieter|Betreiber|Spediteur|Kurier|Paketdienst|Bank|Sendungsaufkommen|Streik|Wetter|Verkehr|ohne |Sie haben|du hast|ihr habt/i,
  },
  patterns: {
    en: [
      { re: rx(`\\b(?:due\\s+to|because\\s+of|owing\\s+to|as\\s+a\\s+result\\s+of)\\s+(?:\\w+\\s+){0,2}?(?:circumstances|factors|events|reasons|issues|problems)\\s+(?:beyond|outside)\\s+(?:of\\s+)?(?:our|anyone's)\\s+control\\b`), messageId: 'circumstances', rewrite: () => '', label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:(?:which|that)\\s+(?:are|is|was|were)\\s+|(?:is|was|were|are)\\s+)?(?:beyond|outside(?:\\s+of)?)\\s+(?:our|my|anyone's)\\s+(?:control|influence|hands)\\b`), messageId: 'circumstances' },
      { re: rx(`\\b(?:due\\s+to|because\\s+of|owing\\s+to|caused\\s+by)\\s+(?:an?\\s+|the\\s+)?(?:unforeseen|unexpected|unusually\\s+high|high|heavy|extreme|exceptional|technical|external|seasonal|bad|severe)\\s+(?:\\w+\\s+)?(?:circumstances|issues?|problems?|difficulties|volumes?|demand|weather|traffic|conditions|events|factors|load|errors?)\\b`), messageId: 'circumstances' },
      { re: rx(`\\b(?:(?:the|our)\\s+(?:\\w+\\s+)?(?:system|computer|software|algorithm|tool|platform|machine|app))\\s+(?:(?:automatically|simply|just|then|unfortunately)\\s+\\w+|(?:re-?submitted|put|sent|took|made|kept|flagged|blocked|rejected|cancell?ed|declined|charged|deleted|removed|crashed|failed|held|generated|applied|logged|didn't|did\\s+not|won't|wouldn't|doesn't))\\b(?:\\s+\\w+){0,3}`), messageId: 'system' },
      { re: rx(`\\b(?:our|the)\\s+(?:\\w+\\s+){0,2}?${THIRD_EN}(?:'s)?\\s+(?:(?:was|is|were|are)\\s+(?:responsible|to\\s+blame|at\\s+fault|liable)|(?:lost|damaged|delayed|failed|caused|didn't|did\\s+not|made|misrouted|mislaid|broke|missed|dropped|held|returned|refused|sent|forgot|couldn't|could\\s+not|had\\s+(?:a|an|some)))\\b(?:\\s+\\w+){0,3}`), messageId: 'thirdParty' },
      { re: rx(`\\b(?:caused|delayed|held\\s+up|lost|damaged)\\s+by\\s+(?:our|the|a|an)\\s+(?:\\w+\\s+){0,2}?${THIRD_EN}(?:'s)?(?:\\s+\\w+){0,2}`), messageId: 'thirdParty' },
      { re: rx(`\\b(?:on|at)\\s+(?:their|the\\s+(?:courier's|carrier's|supplier's|partner's|bank's|provider's))\\s+(?:side|end)\\b`), messageId: 'thirdParty' },
      { re: rx(`\\byou\\s+(?:should|could|would|might|ought\\s+to)\\s+have\\b(?:\\s+\\w+){0,3}`), messageId: 'customer' },
      { re: rx(`\\b(?:which|that)\\s+(?:was|is)\\s+(?:the\\s+one|what|the\\s+\\w+)\\s+you\\s+(?:provided|gave|entered|selected|chose|ordered|supplied|approved|gave\\s+us)\\b|\\byou\\s+(?:approved|agreed\\s+to|provided|selected|chose|entered|signed\\s+off|failed\\s+to|forgot\\s+to|didn't|did\\s+not|neglected\\s+to)\\b(?:\\s+\\w+){0,3}`), messageId: 'customer' },
      { re: rx(`\\b(?:customers|patients|users|guests|passengers|clients|cardholders|members|tenants|buyers|students|travellers|travelers)\\s+(?:are|were)\\s+(?:responsible|asked|required|expected|obliged|reminded|advised)\\s+(?:for|to)\\b(?:\\s+\\w+){0,2}|\\b(?:it\\s+is|it's|it\\s+was|that\\s+is|that's)\\s+(?:your|the\\s+customer's)\\s+responsibility\\b`), messageId: 'customer' },
      { re: rx(`\\b(?:the|this)\\s+(?:brief|information|details|instructions|data|address|specification)\\s+(?:we\\s+received\\s+)?(?:from\\s+)?(?:you|your\\s+\\w+)\\s+(?:\\w+\\s+){0,2}?(?:didn't|did\\s+not|was|were|wasn't|weren't)\\b(?:\\s+\\w+){0,2}`), messageId: 'customer' },
      { re: rx(`\\bthe\\s+(?:traffic|weather|snow|storm|strikes?|roadworks|holidays?|volume|demand|rush|pandemic|heat|rain|fog|flooding)\\b(?:\\s+\\w+){0,2}?\\s+(?:was|were|caused|meant|made|has\\s+been)\\b(?:\\s+(?:a|an|the|very|really|so|terrible|awful|nightmare|chaos|bad|heavy))*(?:\\s+\\w+)?`), messageId: 'circumstances' },
    ],
    de: [
      { re: rx(`\\b(?:aufgrund|wegen|infolge)\\s+(?:von\\s+)?(?:des\\s+|der\\s+|eines\\s+|einer\\s+)?(?:\\w+\\s+){0,2}?(?:technische[rn]?|unvorhergesehene[rn]?|externe[rn]?|höhere[rn]?|hohe[nrs]?|starke[nrs]?|widrige[rn]?)?\\s*(?:Probleme|Problemen|Störung\\w*|Umständen|Umstände|Gewalt|\\w*aufkommens|\\w*aufkommen|Nachfrage|Auslastung|Streiks?|Wetter\\w*|Witterung\\w*|Engpäss\\w*|Personalmangel\\w*|Krankheitsfäll\\w*)\\b(?:\\s+(?:unseres|unserer|des|der)\\s+[\\w-]+)?`), messageId: 'circumstances', rewrite: () => '', label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\b(?:außerhalb|jenseits)\\s+(?:unseres|unserer)\\s+(?:\\w+\\s+)?(?:Einfluss\\w*|Kontrolle|Verantwortung\\w*|Macht)\\b|\\bhöhere[rn]?\\s+Gewalt\\b|\\b(?:nicht|kaum)\\s+(?:in\\s+unserer\\s+Hand|beeinflussbar|vorhersehbar)\\b`), messageId: 'circumstances' },
      { re: rx(`\\b(?:unser(?:es|em|er|en|e)?|de[rsmn]|die)\\s+(?:\\w+\\s+)?(?:[\\w-]*(?:Dienstleister|Partner|Subunternehmer|Lieferant|Zusteller|Anbieter|Betreiber[s]?|Spediteur|Kurier|Paketdienst|Versanddienst|Logistiker|Hersteller|Transportunternehmen|Frachtführer|Bank|Zahlungsdienstleister|Provider))(?:s|es|en|n)?\\b(?=[^.!?;]{0,60}\\b(?:nicht|Fehler|Probleme?|verloren|beschädigt|verspätet|versäumt|vergessen|falsch|verursacht|schuld|verantwortlich|Störung))`), messageId: 'thirdParty' },
      { re: rx(`\\b(?:das|unser)\\s+(?:\\w+)?[Ss]ystem\\s+(?:hat|habe|ist|war|wurde)?\\s*(?:automatisch|leider|einfach|selbstständig)?\\s*(?:\\w+\\s+){0,3}?(?:\\w+t|\\w+en)\\b|\\b(?:das|unser)\\s+System\\s+(?:automatisch|hat)\\b`), messageId: 'system' },
      { re: rx(`\\b(?:Sie\\s+hätten|du\\s+hättest|ihr\\s+hättet)\\b[^.!?;]{0,80}?\\b(?:müssen|sollen|können)\\b`), messageId: 'customer' },
      { re: rx(`\\b(?:(?:Sie|du|ihr)\\s+(?:haben|hast|habt)\\s+(?:leider\\s+|es\\s+|dann\\s+)*(?:versäumt|vergessen|übersehen|nicht\\s+\\w+)|dass\\s+(?:Sie|du|ihr)\\s+(?:\\w+\\s+){0,4}?(?:ohne|nicht|kein\\w*|zu\\s+spät)\\s+(?:\\w+\\s+){0,2}?(?:gekommen|angemeldet|reserviert|gebucht|bezahlt|gelesen|mitgeteilt|informiert|geprüft)\\s*(?:seid|sind|bist|haben|hast|habt)?)\\b`), messageId: 'customer' },
      { re: rx(`\\b(?:sind|ist|waren)\\s+(?:die\\s+|unsere\\s+)?(?:Kunden|Kundinnen|Patienten|Nutzer|Gäste|Mieter|Reisende|Sie|du)\\s+(?:selbst\\s+)?(?:verpflichtet|verantwortlich|angehalten|gehalten)\\b|\\b(?:Kunden|Patienten|Nutzer|Gäste|Mieter|Reisende|Sie)\\s+(?:sind|waren|ist)\\s+(?:selbst\\s+)?(?:verpflichtet|verantwortlich|angehalten|gehalten)\\b|\\bliegt\\s+in\\s+(?:Ihrer|deiner|eurer)\\s+Verantwortung\\b`), messageId: 'customer' },
      { re: rx(`\\b(?:war|ist)\\s+(?:die|der|das)\\s+\\w+\\s+(?:\\w+\\s+){0,3}?(?:komplett\\s+|völlig\\s+|total\\s+)(?:ausgebucht|überlastet|überfüllt|voll|dicht)\\b|\\b(?:der\\s+Verkehr|das\\s+Wetter|der\\s+Stau|der\\s+Streik)\\s+(?:war|hat)\\b(?:\\s+\\w+){0,2}`), messageId: 'circumstances' },
    ],
  },
  unlessHit: {
    en: [rx(`^(?:our|the)\\s+(?:\\w+\\s+)?(?:system|computer)\\s+(?:now|will|automatically\\s+(?:checks|sends|flags))`)],
    de: [rx(`^(?:das|unser)\\s+System\\s+(?:prüft|sendet|meldet|warnt)\\s+(?:jetzt|nun|künftig|ab)`)],
  },
});
