import { defineLexicalRule, rx } from '../lib/rule';

/*
 * Minimizing: words that shrink the problem ("just a small glitch", "only a
 * minor delay", "nothing to worry about"). The customer decides how big it
 * was; telling them it was small sounds like "you're overreacting".
 */
const SMALL_EN = '(?:small|minor|tiny|little|slight|brief|short|quick|momentary|temporary|teeny|insignificant|trivial|negligible|couple|few)';
const PROBLEM_EN = '(?:glitch|glitches|hiccups?|delays?|issues?|errors?|problems?|mistakes?|inconvenience|oversight|mix-?up|adjustment|blip|bug|interruption|outage|disruption|snag|slip|wait|setback|discrepancy|change)';
const UNIT_EN = '(?:minutes?|mins?|hours?|days?|weeks?|seconds?|euros?|pounds?|dollars?|cents?|pence|percent|customers?|users?|accounts?|items?|orders?|people)';
const drop = (m: string) => m.replace(/^(?:just|only|merely|simply)\s+/i, '');

export default defineLexicalRule({
  id: 'minimizing',
  title: { en: 'Minimizing', de: 'Verharmlosung' },
  why: {
    en: 'The customer decides how big the problem was. "Just a small glitch" or "only a minor delay" tells them they are overreacting, and undoes the apology. Describe what happened without rating it.',
    de: 'Wie groß das Problem war, entscheidet der Kunde. „Nur ein kleiner Fehler“ oder „lediglich eine geringfügige Verzögerung“ sagt ihm, er übertreibe — und entwertet die Entschuldigung.',
  },
  example: {
    en: { bad: 'It was just a small glitch.', good: 'Our update broke the export for two days.' },
    de: { bad: 'Es war nur ein kleiner Fehler.', good: 'Unser Update hat den Export zwei Tage lang blockiert.' },
  },
  defaultSeverity: 'warning',
  messages: {
    minimize: {
      en: 'This downplays the impact. Let the customer judge how big it was; state the facts.',
      de: 'Das spielt die Auswirkung herunter. Überlassen Sie dem Kunden das Urteil; nennen Sie die Fakten.',
    },
    majority: {
      en: '"Most users were not affected" does not help the one who was. Speak to this customer.',
      de: '„Die meisten waren nicht betroffen“ hilft dem Betroffenen nicht. Sprechen Sie diesen Kunden an.',
    },
  },
  prefilter: {
    en: /just|only|merely|minor|small|little|tiny|slight|worry|big deal|majority|few|happens|barely|hiccup|glitch|blip/i,
    de: /nur|lediglich|gering|klein|Kleinigkeit|minimal|wild|schlimm|Sorge|wenige|Großteil|Mehrheit|bloß|passiert/i,
  },
  patterns: {
    en: [
      { re: rx(`\\b(?:just|only|merely|simply)\\s+(?:a|an|one|the|some)\\s+(?:(?:very|really|tiny|bit)\\s+)?(?:${SMALL_EN}\\s+)?(?:bit\\s+(?:of\\s+(?:a\\s+)?)?)?(?:${SMALL_EN}|${PROBLEM_EN})\\b(?:\\s+${PROBLEM_EN}\\b)?`), messageId: 'minimize', rewrite: drop, label: { en: 'Remove "just/only"', de: '„nur“ entfernen' } },
      { re: rx(`\\b(?:just|only|merely)\\s+(?:about\\s+|around\\s+|roughly\\s+|approximately\\s+|a\\s+|an\\s+)?(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|ten|fifteen|twenty|thirty|a\\s+couple(?:\\s+of)?|a\\s+few|half\\s+an?|an?)\\s+(?:\\w+\\s+)?${UNIT_EN}\\b(?:\\s+(?:late|behind|delayed|behind\\s+schedule|of\\s+delay))?`), messageId: 'minimize', rewrite: drop, label: { en: 'Remove "just/only"', de: '„nur“ entfernen' } },
      { re: rx(`\\b(?:a|an|this|that|the)\\s+(?:very\\s+)?(?:minor|small|tiny|little|slight|trivial|insignificant|negligible|teeny)\\s+(?:administrative\\s+|technical\\s+|clerical\\s+|temporary\\s+)?${PROBLEM_EN}\\b`), messageId: 'minimize' },
      { re: rx(`\\b(?:these|those|such)\\s+(?:little\\s+|small\\s+|minor\\s+)?(?:things|hiccups|glitches|blips|mistakes|issues)\\s+(?:(?:can|do|will)\\s+)?happen(?:s)?\\b(?:\\s+(?:sometimes|occasionally|from\\s+time\\s+to\\s+time|to\\s+everyone))?|\\b(?:it|this|mistakes|glitches|things\\s+like\\s+this)\\s+happens?\\s+(?:sometimes|occasionally|to\\s+the\\s+best\\s+of\\s+us)\\b|\\blittle\\s+(?:hiccups?|glitch(?:es)?|blips?)\\b`), messageId: 'minimize' },
      { re: rx(`\\b(?:nothing|not\\s+much|no\\s+need)\\s+to\\s+worry\\s+about\\b|\\bno\\s+(?:big|real)\\s+(?:deal|harm\\s+done)\\b|\\bnot\\s+(?:a|that)\\s+big\\s+(?:of\\s+a\\s+)?deal\\b|\\b(?:nothing|not)\\s+(?:too\\s+)?(?:serious|major|dramatic)\\b`), messageId: 'minimize' },
      { re: rx(`\\bthe\\s+(?:vast\\s+|overwhelming\\s+|great\\s+)?majority\\s+of\\s+(?:our\\s+)?(?:users|customers|clients|accounts|orders|people|guests|members)\\b(?:\\s+\\w+){0,3}|\\b(?:only\\s+)?(?:very\\s+)?few\\s+(?:users|customers|clients|accounts|orders|people)\\s+(?:were|was|have\\s+been)\\s+affected\\b|\\bmost\\s+(?:users|customers|clients|accounts|people)\\s+(?:weren't|were\\s+not|haven't|have\\s+not|didn't|did\\s+not)\\s+(?:even\\s+)?(?:\\w+)`), messageId: 'majority' },
      { re: rx(`\\b(?:barely|hardly)\\s+(?:noticeable|late|delayed|affected|any)\\b|\\bslightly\\s+(?:delayed|late|off|wrong|higher)\\b|\\ba\\s+(?:little|bit)\\s+(?:late|delayed|behind)\\b`), messageId: 'minimize' },
    ],
    de: [
      { re: rx(`\\blediglich\\b(?:\\s+(?:um|einen?|eine[mnrs]?|der|die|das|den|wenige\\w*|ein\\s+paar|etwa|ca\\.))*(?:\\s+[\\w,.]+){1,2}`), messageId: 'minimize', rewrite: (m) => m.replace(/^lediglich\s+/iu, ''), label: { en: 'Remove "lediglich"', de: '„lediglich“ entfernen' } },
      { re: rx(`\\b(?:(?:wirklich|doch|ja|eben|halt)\\s+)?(?:nur|bloß)\\s+(?:(?:um\\s+)?(?:ein|eine|einen|einem|einer)\\s+(?:(?:ganz|sehr)\\s+)?(?:klein|kurz|gering|minimal|winzig|halb|paar)\\w*|kurz|kurze\\s+\\w+|wenige\\w*|ein\\s+paar|eine\\s+halbe|etwa|ca\\.|um\\s+(?:ein|eine|einen|wenige|ein\\s+paar|\\d+)|\\d+[,.]?\\d*)\\b(?:\\s+\\w+)?`), messageId: 'minimize', rewrite: (m) => m.replace(/^(?:(?:wirklich|doch|ja|eben|halt)\s+)?(?:nur|bloß)\s+/iu, ''), label: { en: 'Remove "nur"', de: '„nur“ entfernen' } },
      { re: rx(`\\b(?:geringfügig\\w*|kleine[rnms]?|minimale[rnms]?|winzige[rnms]?|kurze[rnms]?)\\s+(?:\\w+\\s+)?(?:Fehler|Panne|Verzögerung|Störung|Unannehmlichkeit|Versehen|Problem|Missgeschick|Ausfall|Unterbrechung|Abweichung|Aussetzer)\\w*`), messageId: 'minimize' },
      { re: rx(`\\b(?:halb\\s+so\\s+wild|nicht\\s+(?:so\\s+)?(?:schlimm|tragisch|dramatisch|der\\s+Rede\\s+wert)|kein\\s+Grund\\s+zur\\s+(?:Sorge|Beunruhigung)|(?:eine|nur\\s+eine)\\s+Kleinigkeit|(?:so\\s+etwas|sowas|das)\\s+(?:kann\\s+)?(?:passiert|passieren)\\s+(?:halt|eben|schon\\s+mal|mal|jedem))\\b`), messageId: 'minimize' },
      { re: rx(`\\b(?:der\\s+(?:überwiegende\\s+|allergrößte\\s+|größte\\s+)?(?:Großteil|Mehrheit)|die\\s+(?:allermeisten|meisten))\\s+(?:unserer\\s+)?(?:Kunden|Nutzer|Nutzerinnen|Kundinnen|Gäste)\\b(?:\\s+\\w+){0,3}|\\bnur\\s+(?:sehr\\s+)?wenige\\s+(?:Kunden|Nutzer)\\b`), messageId: 'majority' },
    ],
  },
  unlessHit: {
    en: [rx(`^(?:just|only)\\s+(?:the|a|an)\\s+(?:one|open|thing)\\b`)],
    de: [rx(`^nur\\s+noch\\b`), rx(`^nur\\s+kurz\\s+(?:zur|zum|als|eine|ein|Bescheid|melden|sagen|fragen|Info|informieren|nachfragen|bestätigen)`)],
  },
});
