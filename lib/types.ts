/** Shared types of the Candor engine. Pure data: no browser API here. */

export type Lang = 'en' | 'de';
export type Category = 'evasive' | 'detail' | 'missing';
export type Severity = 'off' | 'hint' | 'warning' | 'error';
export type ChecklistId =
  | 'apology'
  | 'ownership'
  | 'fix'
  | 'prevention'
  | 'compensation'
  | 'invitation'
  | 'concise';

export const CHECKLIST_IDS: readonly ChecklistId[] = [
  'apology',
  'ownership',
  'fix',
  'prevention',
  'compensation',
  'invitation',
  'concise',
];

export interface Suggestion {
  label: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Exclude<Severity, 'off'>;
  /** Offsets into the linted text; -1 for document-level findings. */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ChecklistItem {
  id: ChecklistId;
  passed: boolean;
  /** Whether this item is switched on in the settings. */
  enabled: boolean;
  message: string;
  evidence?: Span;
  /** A sentence to insert when the item is missing. */
  template?: string;
}

export interface LintResult {
  language: Lang;
  incident: boolean;
  findings: Finding[];
  checklist: ChecklistItem[];
  /** The part of the text that was linted (greeting, sign-off and quotes are outside). */
  body: { start: number; end: number; words: number };
  /** Where a template sentence for a missing item should be inserted (before the sign-off). */
  insertAt: number;
  /** Set when the email was longer than the engine checks in one go. */
  truncated?: { checkedWords: number; totalWords: number };
}

/** A sentence of the body, with offsets into the full text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by blank lines) the sentence is in. */
  paragraph: number;
}

/** A span found by a rule, relative to the sentence it was found in. */
export interface LocalHit {
  start: number;
  end: number;
  message?: string;
  suggestions?: Suggestion[];
  /** Identifies which message of the rule applies. */
  messageId?: string;
  data?: Record<string, string>;
}

export type Localized = Record<Lang, string>;
