import { baseOptions, defineRule } from '../lib/rule';
import { z } from 'zod';

/*
 * Body length: the whole email is longer than the message needs. An apology
 * the customer has to scroll through feels like a defence. Feeds the
 * "concise" checklist item.
 */
const options = baseOptions.extend({
  /** Body words (greeting, sign-off and quotes excluded) above which the email is too long. */
  maxWords: z.number().int().min(20).max(5000).default(200),
});

export default defineRule({
  id: 'body-length',
  category: 'detail',
  title: { en: 'Email too long', de: 'E-Mail zu lang' },
  why: {
    en: 'An apology the customer has to scroll through feels like a defence. Most good ones fit in under 200 words: sorry, what happened in a sentence or two, the fix, what changes, what you offer, an open door.',
    de: 'Eine Entschuldigung, durch die man scrollen muss, wirkt wie eine Verteidigung. Die meisten guten passen in unter 200 Wörter.',
  },
  example: {
    en: { bad: 'A 450-word email with a full timeline of the outage.', good: 'A 120-word email: apology, cause in one sentence, fix, prevention, offer, invitation.' },
    de: { bad: 'Eine E-Mail mit 450 Wörtern und der kompletten Chronik der Störung.', good: 'Eine E-Mail mit 120 Wörtern: Entschuldigung, Ursache in einem Satz, Lösung, Vorbeugung, Ausgleich, Einladung.' },
  },
  defaultSeverity: 'hint',
  scope: 'incident',
  messages: {
    long: {
      en: 'The body has {words} words (guide: {max}). Cut the story down to what the customer needs.',
      de: 'Der Text hat {words} Wörter (Richtwert: {max}). Kürzen Sie auf das, was der Kunde braucht.',
    },
  },
  options,
  checkDocument(doc, o) {
    if (doc.body.words <= o.maxWords) return [];
    return [{ messageId: 'long', data: { words: String(doc.body.words), max: String(o.maxWords) } }];
  },
});
