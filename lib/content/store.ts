/**
 * The state the in-page UI renders: one entry per compose window, the open
 * card and the open checklist panel. A tiny external store for React's
 * useSyncExternalStore. Findings live here in memory only.
 */
import type { ChecklistItem, Finding, Lang, LintResult } from '../types';

export interface SessionView {
  id: string;
  lang: Lang;
  incident: boolean;
  /** Findings with a span that are not dismissed. */
  findings: Finding[];
  /** Document-level findings (missing-*, body-length). */
  documentFindings: Finding[];
  checklist: ChecklistItem[];
  truncated?: LintResult['truncated'];
  /** Where the badge goes (viewport coordinates of the body's bottom-right corner). */
  anchor: { x: number; y: number } | null;
  /** Last time the person typed in this window (most recent first in lists). */
  lastActive: number;
}

export interface CardState {
  sessionId: string;
  finding: Finding;
  /** Viewport rectangle of the phrase. */
  rect: { left: number; top: number; bottom: number; width: number };
  /** Opened by click or keyboard (stays until closed) rather than hover. */
  pinned: boolean;
  /** Move focus into the card when it opens. */
  focus: boolean;
}

export interface ReviewState {
  sessionId: string;
  missing: ChecklistItem[];
  errors: Finding[];
  /** Where the dialog goes: the compose window's viewport rectangle. */
  rect: { left: number; top: number; width: number; height: number };
}

export interface UiState {
  sessions: SessionView[];
  card: CardState | null;
  panel: string | null;
  review: ReviewState | null;
}

export interface UiActions {
  apply(sessionId: string, finding: Finding, replacement: string): void;
  dismiss(sessionId: string, finding: Finding): void;
  disableRule(ruleId: string): void;
  insertTemplate(sessionId: string, item: ChecklistItem): void;
  closeCard(returnFocus: boolean): void;
  togglePanel(sessionId: string): void;
  showFinding(sessionId: string, finding: Finding): void;
  cardHover(inside: boolean): void;
  sendAnyway(sessionId: string): void;
  backToEditing(sessionId: string): void;
  reviewFix(sessionId: string, item: ChecklistItem | null, finding: Finding | null): void;
}

export class Store {
  private state: UiState = { sessions: [], card: null, panel: null, review: null };
  private listeners = new Set<() => void>();

  get = (): UiState => this.state;

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  upsertSession(view: SessionView): void {
    const others = this.state.sessions.filter((s) => s.id !== view.id);
    this.set({ sessions: [...others, view] });
  }

  removeSession(id: string): void {
    this.set({
      sessions: this.state.sessions.filter((s) => s.id !== id),
      card: this.state.card?.sessionId === id ? null : this.state.card,
      panel: this.state.panel === id ? null : this.state.panel,
      review: this.state.review?.sessionId === id ? null : this.state.review,
    });
  }
}
