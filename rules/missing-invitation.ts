import { defineChecklistRule, rx } from '../lib/rule';

/*
 * Invitation: end by opening the door — questions welcome, a direct line, an
 * offer to talk. It tells the customer the conversation is not closed.
 */
export default defineChecklistRule({
  id: 'missing-invitation',
  title: { en: 'No invitation to reply', de: 'Keine Einladung zur Rückmeldung' },
  why: {
    en: 'Ending with an open door ("just reply to this email", "happy to get on a call") tells the customer the conversation is not closed, and that a person will answer.',
    de: 'Ein offenes Ende („Melden Sie sich gerne bei Fragen“) zeigt dem Kunden, dass das Gespräch nicht beendet ist und ein Mensch antwortet.',
  },
  example: {
    en: { bad: 'We have refunded the fee.', good: 'We have refunded the fee. If anything else is not right, just reply to this email.' },
    de: { bad: 'Wir haben die Gebühr erstattet.', good: 'Wir haben die Gebühr erstattet. Bei Fragen melden Sie sich gerne.' },
  },
  checklist: {
    id: 'invitation',
    template: {
      en: 'If you have any questions, just reply to this email.',
      de: 'Wenn Sie Fragen haben, melden Sie sich gerne jederzeit bei mir.',
    },
    passed: { en: 'Invites questions', de: 'Lädt zu Rückfragen ein' },
    missing: { en: 'No invitation to reply or ask questions.', de: 'Keine Einladung zu Rückfragen.' },
  },
  evidence: {
    en: [
      rx(`\\b(?:let|letting)\\s+(?:me|us)\\s+know\\b`),
      rx(`\\b(?:if|should|in case|whenever)\\s+(?:you\\s+)?(?:have|there\\s+are|need|want|would like|anything|something|you'd like)\\b[^.!?;]{0,40}?\\b(?:questions?|concerns?|feedback|thoughts|comments|help|assistance|support|anything|else|to talk|to discuss|to chat|not right|wrong)\\b`),
      rx(`\\b(?:feel\\s+free|don't\\s+hesitate|do\\s+not\\s+hesitate|please\\s+(?:reach|get|call|contact|email|write|reply|ring))\\b`),
      rx(`\\b(?:happy|glad|available|here)\\s+to\\s+(?:talk|chat|jump|hop|get|discuss|walk|go\\s+through|help|answer|explain|call|meet|take)\\b`),
      rx(`\\b(?:just\\s+)?(?:reply|respond|write\\s+back)\\s+(?:to\\s+(?:this|my)\\s+(?:email|message|mail)|here|directly|to\\s+me)\\b`),
      rx(`\\b(?:get|be|stay)\\s+in\\s+touch\\b|\\breach\\s+(?:out|me|us)\\b|\\b(?:call|ring|phone|email|contact|text)\\s+(?:me|us)\\b|\\bgive\\s+(?:me|us)\\s+a\\s+(?:call|ring|shout)\\b|\\bmy\\s+direct\\s+(?:line|number|email)\\b`),
      rx(`\\b(?:any|further|more|other)\\s+questions\\b`),
      rx(`\\b(?:we'd|i'd|we\\s+would|i\\s+would)\\s+(?:love|like|be\\s+glad|be\\s+happy)\\s+to\\s+(?:hear|talk|know|help)\\b|\\bI'm\\s+(?:here|around|available)\\b|\\bmy\\s+door\\s+is\\s+(?:always\\s+)?open\\b`),
    ],
    de: [
      rx(`\\b(?:bei|für)\\s+(?:weitere[n]?\\s+|allen\\s+|offenen\\s+)?(?:Fragen|Rückfragen|Anliegen|Unklarheiten)\\b`),
      rx(`\\b(?:wenn|falls|sollten)\\s+(?:Sie|du|ihr)\\s+(?:noch\\s+)?(?:\\w+\\s+)?(?:Fragen|Rückfragen|Anmerkungen|Wünsche)\\b`),
      rx(`\\b(?:melden\\s+Sie\\s+sich|meld(?:e)?\\s+dich|meldet\\s+euch|rufen\\s+Sie\\s+(?:mich|uns)|ruf(?:e)?\\s+(?:mich\\s+|uns\\s+)?(?:einfach\\s+|gern(?:e)?\\s+)?an|schreiben\\s+Sie\\s+(?:mir|uns)|schreib(?:e)?\\s+(?:mir|uns)|sprechen\\s+Sie\\s+(?:mich|uns)\\s+an)\\b`),
      rx(`\\b(?:stehe|stehen|steht)\\s+(?:ich\\s+|wir\\s+)?(?:Ihnen\\s+|dir\\s+|euch\\s+)?(?:\\w+\\s+){0,3}?(?:gerne?\\s+)?(?:jederzeit\\s+)?zur\\s+Verfügung\\b`),
      rx(`\\b(?:erreichen\\s+Sie\\s+(?:mich|uns)|erreichst\\s+du\\s+mich|(?:bin|sind)\\s+(?:ich|wir)\\s+(?:\\w+\\s+){0,3}?(?:erreichbar|für\\s+(?:Sie|dich|euch)\\s+da)|wenden\\s+Sie\\s+sich|kontaktieren\\s+Sie|Kontakt\\s+aufnehmen|gerne\\s+(?:erläutere|erkläre|bespreche|zeige|rufe)\\s+ich|(?:falls|wenn)\\s+noch\\s+(?:was|etwas)\\s+offen)\\b`),
    ],
  },
});
