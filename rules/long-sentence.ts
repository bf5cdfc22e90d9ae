import { baseOptions, defineRule } from '../lib/rule';
import { countWords } from '../lib/text/sentences';
import { z } from 'zod';

/*
 * Long sentence: a sentence so long the reader loses the thread. In an
 * apology, long sentences are where excuses hide. Split it.
 */
const options = baseOptions.extend({
  /** A sentence with more words than this is flagged. */
  maxWords: z.number().int().min(10).max(200).default(30),
});

/** Suggests a split at the clause boundary nearest the middle, if there is one. */
function splitSuggestion(text: string, lang: 'en' | 'de'): string | null {
  const re = lang === 'de' ? /(,\s+(?:und|aber|denn|sodass|weshalb|wodurch|was)\s+|;\s+)/giu : /(,\s+(?:and|but|so|which|because)\s+|;\s+)/giu;
  let best: { index: number; len: number } | null = null;
  const mid = text.length / 2;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!best || Math.abs(m.index - mid) < Math.abs(best.index - mid)) best = { index: m.index, len: m[0].length };
  }
  if (!best) return null;
  const head = text.slice(0, best.index).replace(/[,;]\s*$/, '');
  let tail = text.slice(best.index + best.len);
  const joiner = text.slice(best.index, best.index + best.len).replace(/^[,;]\s*/, '').trim().toLowerCase();
  if (/^(?:which|was|wodurch|weshalb)$/.test(joiner)) tail = (lang === 'de' ? 'Dadurch ' : 'This ') + tail;
  else if (/^(?:but|aber)$/.test(joiner)) tail = (lang === 'de' ? 'Aber ' : 'But ') + tail;
  else if (/^(?:so|sodass)$/.test(joiner)) tail = (lang === 'de' ? 'Deshalb ' : 'So ') + tail;
  else if (/^(?:because|denn)$/.test(joiner)) tail = (lang === 'de' ? 'Denn ' : 'That is because ') + tail;
  tail = tail.charAt(0).toUpperCase() + tail.slice(1);
  return `${head}. ${tail}`;
}

export default defineRule({
  id: 'long-sentence',
  category: 'detail',
  title: { en: 'Long sentence', de: 'Langer Satz' },
  why: {
    en: 'A reader who is already annoyed skims. Past about thirty words a sentence loses them, and in an apology long sentences are where excuses hide. Split it into two or three.',
    de: 'Ein verärgerter Leser überfliegt. Nach etwa dreißig Wörtern verliert ein Satz ihn, und in Entschuldigungen verstecken sich in langen Sätzen die Ausreden. Teilen Sie ihn.',
  },
  example: {
    en: {
      bad: 'On Monday, between 09:10 and 11:45, some users experienced intermittent difficulties when attempting to access their dashboards, scheduled reports and shared workspaces, as well as delays in email notifications.',
      good: 'On Monday morning our dashboards were down for two and a half hours. Email notifications were late too.',
    },
    de: {
      bad: 'Beim Umzug auf den neuen Server haben wir am Dienstagabend gegen 22 Uhr die Datenbank kopiert, wobei ein Skript, das eigentlich nur Testdaten löschen sollte, versehentlich auch Ihre Einträge entfernt hat.',
      good: 'Beim Serverumzug am Dienstag haben wir versehentlich Ihre Einträge gelöscht.',
    },
  },
  defaultSeverity: 'hint',
  scope: 'always',
  messages: {
    long: {
      en: 'This sentence has {words} words (limit {max}). Split it so the reader can follow.',
      de: 'Dieser Satz hat {words} Wörter (Grenze {max}). Teilen Sie ihn, damit er lesbar bleibt.',
    },
  },
  options,
  check(s, o) {
    const words = countWords(s.text);
    if (words <= o.maxWords) return [];
    const split = splitSuggestion(s.text, s.lang);
    return [
      {
        start: 0,
        end: s.text.length,
        messageId: 'long',
        data: { words: String(words), max: String(o.maxWords) },
        suggestions: split ? [{ label: s.lang === 'de' ? 'In zwei Sätze teilen' : 'Split in two', replacement: split }] : [],
      },
    ];
  },
});
