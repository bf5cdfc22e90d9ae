import { defineLexicalRule, keepCase, rx } from '../lib/rule';

/*
 * Hedging: vague words about the cause ("it seems", "possibly") or a
 * non-committal fix ("we'll try to", "hopefully"). After a mistake the reader
 * needs certainty: what happened, what you will do, by when.
 */
/** Removes only the hedge ("It seems that "), keeping the statement. */
const dropSeems = (m: string) => {
  const rest = m.replace(/^it\s+(?:seems|seemed|appears|appeared|looks)\s+(?:(?:likely|possible|probable|as\s+(?:if|though)|like)\s+)*(?:that\s+)?/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};
/** "We are hoping to restore" → "We will restore". */
const commitHope = (m: string) =>
  m.replace(/^(we're|we are|i'm|i am|we|i)\s+(?:(?:still|really)\s+)?hop(?:ing|e)\s+(?:to|that)\s+/i, (_all, who: string) => (/^i/i.test(who) ? 'I will ' : keepCase(who, 'we will ')));

export default defineLexicalRule({
  id: 'hedging',
  title: { en: 'Hedging', de: 'Vage Formulierung' },
  why: {
    en: 'After a mistake the reader needs certainty. "It seems", "possibly" and "hopefully" make the cause sound unknown; "we\'ll try to" promises nothing. Say what happened and what you will do, by when — or that you will find out by a given time.',
    de: 'Nach einem Fehler braucht der Leser Gewissheit. „Eventuell“, „möglicherweise“ und „hoffentlich“ lassen die Ursache offen; „wir versuchen“ verspricht nichts. Sagen Sie, was passiert ist und was Sie bis wann tun.',
  },
  example: {
    en: { bad: "We'll try to send the replacement soon, hopefully by Friday.", good: 'We will send the replacement on Friday.' },
    de: { bad: 'Wir versuchen, den Ersatz hoffentlich bis Freitag zu schicken.', good: 'Wir schicken den Ersatz am Freitag.' },
  },
  defaultSeverity: 'warning',
  messages: {
    cause: {
      en: 'Vague about the cause. If you know what happened, say it; if not, say when you will know.',
      de: 'Vage zur Ursache. Wenn Sie es wissen, sagen Sie es; sonst, wann Sie es wissen.',
    },
    commitment: {
      en: '"Try" and "hope" promise nothing. Commit to what you will do, and by when.',
      de: '„Versuchen“ und „hoffen“ versprechen nichts. Sagen Sie, was Sie bis wann tun.',
    },
  },
  prefilter: {
    en: /seem|appear|try|trying|hope|hoping|maybe|perhaps|possibl|probabl|likely|hard to say|not sure|might|at some point|sometime|in due course|guess|think it/i,
    de: /eventuell|möglicherweise|vermutlich|wahrscheinlich|vielleicht|hoffentlich|versuch|scheint|anscheinend|offenbar|ob |Kenntnisstand|soweit wir|unter Umständen|irgendwann|evtl/i,
  },
  patterns: {
    en: [
      { re: rx(`\\bit\\s+(?:seems|seemed|appears|appeared|looks)\\s+(?:(?:likely|possible|probable|as\\s+(?:if|though)|like|that)\\s+)*(?:that\\s+)?(?:[\\w'’]+(?:\\s+|(?=[,.;:!?]|$))){0,4}`), messageId: 'cause', rewrite: dropSeems, label: { en: 'State it plainly', de: 'Klar sagen' } },
      { re: rx(`\\b(?:seems|seemed|appears|appeared)\\s+to\\s+have\\s+(?:\\w+)`), messageId: 'cause' },
      { re: rx(`\\b(?:may|might|could)\\s+(?:possibly|perhaps|well)\\s+(?:have\\s+)?(?:been\\s+)?\\w+(?:\\s+\\w+){0,2}`), messageId: 'cause' },
      { re: rx(`\\b(?:maybe|perhaps|possibly|probably)\\s+(?:(?:something|it|this|that|the\\s+\\w+|an?\\s+\\w+|some\\s+\\w+|there)\\s+)(?:\\w+\\s+){0,3}`), messageId: 'cause' },
      { re: rx(`(?:,\\s*|\\s)(?:possibly|perhaps|maybe|probably)\\s+(?:by|before|on|next|this|within|tomorrow|today|in)\\b(?:\\s+\\w+){0,2}`), messageId: 'commitment' },
      { re: rx(`\\b(?:hard|difficult|impossible|too\\s+early)\\s+to\\s+(?:say|tell)\\b(?:\\s+(?:at\\s+this\\s+(?:point|stage)|for\\s+sure|yet|exactly))?`), messageId: 'cause' },
      { re: rx(`\\b(?:we're|we\\s+are|i'm|i\\s+am)\\s+not\\s+(?:\\w+\\s+)?sure\\b(?:\\s+(?:what|why|how|whether|if)\\b(?:\\s+\\w+){0,3})?`), messageId: 'cause' },
      { re: rx(`\\b(?:we|i)(?:'ll|\\s+will|\\s+shall|'re|\\s+are|\\s+am|'m)?\\s+(?:(?:do\\s+our\\s+best|do\\s+my\\s+best|try(?:ing)?|attempt(?:ing)?|aim(?:ing)?)\\s+to)\\s+\\w+(?:\\s+\\w+){0,2}`), messageId: 'commitment', rewrite: (m) => m.replace(/\s*(?:'ll|will|shall|'re|are|am|'m)?\s*(?:do our best|do my best|try(?:ing)?|attempt(?:ing)?|aim(?:ing)?)\s+to\s+/i, ' will '), label: { en: 'Commit', de: 'Zusagen' } },
      { re: rx(`\\b(?:we're|we\\s+are|i'm|i\\s+am|we|i)\\s+(?:(?:still|really)\\s+)?hop(?:ing|e)\\s+(?:to|that)\\s+\\w+(?:\\s+\\w+){0,2}`), messageId: 'commitment', rewrite: commitHope, label: { en: 'Commit', de: 'Zusagen' } },
      { re: rx(`\\b(?:(?:should|will|would|it'll|it\\s+will)\\s+)?hopefully\\b(?:\\s+(?:be|arrive|reach|get|have|by|before|within|soon|next|this|tomorrow)\\b(?:\\s+\\w+){0,3})?`), messageId: 'commitment', rewrite: (m) => keepCase(m, m.replace(/\s*hopefully/i, '').trim()), label: { en: 'Remove "hopefully"', de: '„hoffentlich“ entfernen' } },
      { re: rx(`\\b(?:at\\s+some\\s+point|sometime|some\\s+time)\\s+(?:over\\s+|in\\s+|during\\s+|next\\s+|this\\s+|soon)(?:\\w+\\s*){0,3}`), messageId: 'commitment' },
      { re: rx(`\\b(?:in\\s+due\\s+course|as\\s+soon\\s+as\\s+we\\s+can|when\\s+we\\s+get\\s+a\\s+chance)\\b`), messageId: 'commitment' },
      { re: rx(`\\bI\\s+(?:think|guess|believe|suspect)\\s+(?:it|that|this|the\\s+\\w+)\\s+(?:may|might|could|was|probably|possibly)\\b(?:\\s+\\w+){0,3}`), messageId: 'cause' },
      { re: rx(`\\b(?:likely|probably|presumably|apparently)\\s+(?:caused|due|related|because|the\\s+result)\\b(?:\\s+\\w+){0,3}`), messageId: 'cause' },
    ],
    de: [
      { re: rx(`\\b(?:eventuell|möglicherweise|vermutlich|wahrscheinlich|vielleicht|evtl\\.|unter\\s+Umständen|womöglich)\\b(?:\\s+[\\w,]+){0,3}`), messageId: 'cause', rewrite: (m) => keepCase(m, m.replace(/^\S+\s*/u, '')), label: { en: 'Remove', de: 'Entfernen' } },
      { re: rx(`\\bhoffentlich\\b(?:\\s+\\w+){0,3}`), messageId: 'commitment', rewrite: (m) => m.replace(/^hoffentlich\s*/iu, ''), label: { en: 'Remove "hoffentlich"', de: '„hoffentlich“ entfernen' } },
      { re: rx(`\\b(?:wir|ich)\\s+(?:werden\\s+|werde\\s+)?(?:versuchen|versuche|bemühen\\s+uns|bemühe\\s+mich)\\b(?:\\s+[\\w,]+){0,3}`), messageId: 'commitment' },
      { re: rx(`\\b(?:versuchen|versuche)\\s+(?:wir|ich)\\b(?:\\s+[\\w,]+){0,3}`), messageId: 'commitment' },
      { re: rx(`\\b(?:prüfen|schauen|klären|sehen)\\s+(?:wir|ich)\\s*,?\\s+ob\\b(?:\\s+\\w+){0,4}`), messageId: 'commitment' },
      { re: rx(`\\b(?:wir|ich)\\s+(?:prüfen|schauen|klären|sehen)\\s*,?\\s+ob\\b(?:\\s+\\w+){0,4}`), messageId: 'commitment' },
      { re: rx(`\\b(?:es\\s+)?(?:scheint|schien)\\s+(?:so\\s*,?\\s*)?(?:als\\s+ob|dass|,?\\s*als)\\b(?:\\s+\\w+){0,3}|\\b(?:anscheinend|offenbar|offensichtlich)\\b(?:\\s+\\w+){0,3}`), messageId: 'cause' },
      { re: rx(`\\b(?:nach\\s+(?:derzeitigem|aktuellem|jetzigem|bisherigem)\\s+(?:Kenntnisstand|Stand|Wissensstand)|soweit\\s+wir\\s+(?:wissen|das\\s+beurteilen\\s+können)|schwer\\s+zu\\s+sagen)\\b`), messageId: 'cause' },
      { re: rx(`\\b(?:irgendwann|zeitnah|baldmöglichst)\\b(?:\\s+\\w+){0,2}`), messageId: 'commitment' },
    ],
  },
  unlessHit: {
    en: [rx(`^(?:maybe|perhaps)\\s+(?:we|you|i)\\s+(?:could|can)\\s+(?:talk|call|meet|chat|discuss|jump|hop)`)],
    de: [rx(`^(?:eventuell|möglicherweise|vielleicht)\\s+(?:erhalten|bekommen|sehen|haben|möchten|interessiert)\\s+(?:Sie|du|ihr)`)],
  },
});
