import { baseOptions, defineRule, memoSentence, rx, test, type DocumentHit } from '../lib/rule';
import { z } from 'zod';
import type { Lang } from '../lib/types';

/*
 * Over-explaining: a run of sentences narrating the internal chain of events
 * — timestamps, servers, who paged whom. The customer asked what happened to
 * them and what you are doing, not for the post-mortem. One or two sentences
 * of cause are enough; offer the rest if they want it.
 */
const options = baseOptions.extend({
  /** How many narrating sentences in a row are fine before the rest is flagged. */
  maxExplanationSentences: z.number().int().min(1).max(20).default(2),
});

const SIGNALS: Record<Lang, RegExp[]> = {
  en: [
    // Clock times and timestamps.
    rx(`\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b|\\b(?:UTC|GMT|CET|CEST|BST|EST|PST)\\b`),
    // Internal systems and technical internals.
    rx(`\\b(?:server|servers|database|cluster|deploy(?:ed|ment)?|config(?:uration)?|pipeline|engineers?|on-call|paged|API|cache|caching|migration|load\\s+balancer|pooler|postgres\\w*|replica|nodes?|script|cron|batch|query|queries|queue|logs?|monitoring|alerts?|firmware|patch|hotfix|rollback|rolled\\s+back|staging|production|data\\s+cent(?:re|er)|network|router|DNS|certificate|timeout|timed\\s+out|sync|integration|dependency|schema|spreadsheet|macro|connection|connections|failover|latency|thread|memory|CPU|disk|backend|back-end|frontend|code|developer|ticketing|workflow|ERP|CRM|SKU|barcode|sorting\\s+hub|hub|depot|manifest|handover|trunking|shift|supervisor|rota|vendor|version)\\b`),
    // Sequencing of a story.
    rx(`\\b(?:then|after\\s+that|afterwards|subsequently|which\\s+meant|which\\s+caused|as\\s+a\\s+result|this\\s+caused|this\\s+meant|led\\s+to|triggered|meanwhile|at\\s+that\\s+point|at\\s+this\\s+point|by\\s+the\\s+time|once|until|initially|eventually|it\\s+turned\\s+out|we\\s+discovered|we\\s+found\\s+that|we\\s+noticed)\\b`),
    // Internal actors.
    rx(`\\b(?:our|the)\\s+(?:\\w+\\s+)?(?:developer|developers|engineer|engineers|on-call|ops|IT|dev|devops|warehouse|night\\s+shift|team\\s+lead|technician|supervisor|support\\s+team)\\b`),
  ],
  de: [
    rx(`\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?Uhr\\b|\\b(?:UTC|MEZ|MESZ)\\b`),
    rx(`system|\\b(?:Server\\w*|Datenbank\\w*|Rechenzentrum\\w*|Skript\\w*|Schnittstelle\\w*|Tabelle\\w*|Update\\w*|Backup\\w*|Migration\\w*|Konfiguration\\w*|Replikation\\w*|Zeitstempel\\w*|Deployment\\w*|Cluster\\w*|Cache\\w*|Import\\w*|Export\\w*|Synchronisation\\w*|Zwischenspeicher\\w*|Software\\w*|Version\\w*|Entwickler\\w*|Techniker\\w*|Sortierzentrum\\w*|Lager\\w*|Schicht\\w*|Algorithmus|Datensätze|Datensatz\\w*|Abgleich\\w*|Makro\\w*|Protokoll\\w*|Patch\\w*|Wartung\\w*|Umstellung\\w*|Zusammenführen|Spalte\\w*)\\b`),
    rx(`\\b(?:dann|danach|anschließend|daraufhin|wodurch|was\\s+dazu\\s+führte|führte\\s+(?:\\w+\\s+)?dazu|infolgedessen|zunächst|schließlich|kurz\\s+darauf|zu\\s+diesem\\s+Zeitpunkt|dabei|stellte\\s+sich\\s+heraus|stellten\\s+fest|bemerkten)\\b`),
    rx(`\\bunser(?:e|em|er|en)?\\s+(?:\\w+\\s+)?(?:Entwickler\\w*|Techniker\\w*|IT|Team\\w*|Kollege\\w*|Kollegin\\w*|Nachtschicht|Bereitschaft\\w*|Administrator\\w*|Dienstleister\\w*)\\b`),
  ],
};

/** Does this sentence narrate internal causes? */
export const isNarration = memoSentence((text: string, lang: Lang): boolean => {
  let score = 0;
  for (const re of SIGNALS[lang]) if (test(re, text)) score++;
  return score >= 2;
});

export default defineRule({
  id: 'over-explaining',
  category: 'detail',
  title: { en: 'Over-explaining', de: 'Zu viele Details' },
  why: {
    en: 'The customer wants to know what happened to them and what you are doing about it — not the post-mortem. One or two sentences of cause are enough; a long internal story reads as an excuse and buries the apology. Offer more detail if they want it.',
    de: 'Der Kunde will wissen, was ihm passiert ist und was Sie tun — nicht den internen Ablauf. Ein, zwei Sätze zur Ursache genügen; mehr klingt nach Rechtfertigung. Bieten Sie Details auf Nachfrage an.',
  },
  example: {
    en: {
      bad: 'At 10:02 a configuration change was deployed. At 10:09 our on-call engineer was paged. Then the database failover triggered, which meant connections timed out.',
      good: 'A change we made on Tuesday broke logins for two hours. Happy to share the technical details if useful.',
    },
    de: {
      bad: 'Um 22:10 Uhr startete das Update. Dann brach die Replikation ab. Danach hat unser Techniker das Backup eingespielt.',
      good: 'Ein Update von uns hat am Dienstag die Anmeldung zwei Stunden lang blockiert. Details schicke ich Ihnen gern auf Wunsch.',
    },
  },
  defaultSeverity: 'hint',
  scope: 'incident',
  messages: {
    narrative: {
      en: '{count} sentences in a row narrate internal causes. Keep one or two; offer the details on request.',
      de: '{count} Sätze hintereinander erzählen interne Abläufe. Behalten Sie ein, zwei; Details auf Nachfrage.',
    },
  },
  options,
  checkDocument(doc, o) {
    // Runs of narrating sentences, found in one pass by where each run starts.
    const out: DocumentHit[] = [];
    const max = o.maxExplanationSentences;
    let runStart = -1;
    const n = doc.sentences.length;
    for (let i = 0; i <= n; i++) {
      if (i < n && isNarration(doc.sentences[i].text, doc.lang, doc.sentences[i].slot)) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0 && i - runStart > max) {
        out.push({ start: doc.sentences[runStart + max].start, end: doc.sentences[i - 1].end, messageId: 'narrative', data: { count: String(i - runStart) } });
      }
      runStart = -1;
    }
    return out;
  },
});
