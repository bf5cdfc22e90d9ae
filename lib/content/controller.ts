/**
 * The content-script controller: finds compose windows, lints what the
 * person types (debounced; the engine re-analyses only changed sentences),
 * underlines findings with the CSS Custom Highlight API (the editor's DOM is
 * never touched), and applies a rewrite only on an explicit click, through
 * the editor's own input path (select, then insertText) so the webmail saves
 * the draft and Ctrl+Z undoes it.
 */
import type { WebmailAdapter } from '../adapters/types';
import { buildTextMap, offsetOf, positionAt, rangeFor, type TextMap } from '../dom/text-map';
import { planReplacement } from '../replace';
import type { Settings } from '../settings';
import type { ChecklistItem, Finding, LintResult } from '../types';
import { reviewDecision } from './send-review';
import type { CardState, SessionView, Store, UiActions } from './store';

export type LintFn = (text: string, settings: Settings) => LintResult;

export interface ControllerOptions {
  adapter: WebmailAdapter;
  store: Store;
  lint: LintFn;
  settings: Settings;
  /** Persist "turn off this rule". */
  disableRule: (ruleId: string) => void;
  /** False once the extension context is dead: then nothing is intercepted. */
  isAlive?: () => boolean;
  doc?: Document;
  /** Called when a lint pass finished (badge counts for the toolbar). */
  onResults?: (total: number) => void;
}

const LINT_DELAY_MS = 150;
const MAX_BODY_CHARS = 400_000;
const HIGHLIGHT_NAMES = { evasive: 'candor-evasive', detail: 'candor-detail', active: 'candor-active' } as const;

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; clear(): void };
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const H = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && H ? { registry: css.highlights, Highlight: H } : null;
}

export const findingKey = (f: Finding, nth: number) => `${f.ruleId}|${f.text}|${nth}`;

let nextId = 1;

class Session {
  readonly id = `c${nextId++}`;
  map: TextMap = { text: '', segments: [] };
  result: LintResult | null = null;
  visible: Finding[] = [];
  ranges: Array<{ finding: Finding; range: Range }> = [];
  readonly dismissed = new Set<string>();
  lastActive = Date.now();
  /** A send is being held for review. */
  holding = false;
  /** The next send events are Candor's own "Send anyway" and must pass. */
  bypass = false;
  /** The control that triggered the held send (null: the keyboard shortcut). */
  heldTrigger: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();

  constructor(
    readonly ctrl: Controller,
    readonly body: HTMLElement,
  ) {
    const opts = { signal: this.abort.signal, passive: true } as AddEventListenerOptions;
    body.addEventListener('input', (e) => {
      this.lastInputAt = e.timeStamp;
      this.touched();
    }, opts);
    body.addEventListener('focus', () => (this.lastActive = Date.now()), opts);
    body.addEventListener('keydown', (e) => this.ctrl.guard(() => this.onKey(e)), { signal: this.abort.signal });
    body.addEventListener('click', (e) => this.ctrl.guard(() => this.onClick(e)), opts);
  }

  /** Text changed since the last lint (ranges may be stale). */
  private dirty = false;
  /** Time stamp of the last input event not yet shown in the highlights. */
  private lastInputAt: number | undefined;

  touched(): void {
    this.lastActive = Date.now();
    this.dirty = true;
    this.schedule();
  }

  /** Lints now if the text changed since the last pass (before hit-testing a click or key). */
  ensureFresh(): void {
    if (this.dirty) this.lintNow();
  }

  schedule(delay = LINT_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.ctrl.guard(() => this.lintNow()), delay);
  }

  lintNow(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    if (!this.body.isConnected) return;
    const a = this.ctrl.adapter;
    const t0 = performance.now();
    this.map = buildTextMap(this.body, { skip: a.skip, cut: a.cut, maxChars: MAX_BODY_CHARS });
    this.result = this.ctrl.lint(this.map.text, this.ctrl.settings);
    const counts = new Map<string, number>();
    this.visible = [];
    this.ranges = [];
    for (const f of this.result.findings) {
      if (f.start < 0) continue;
      const base = `${f.ruleId}|${f.text}`;
      const nth = counts.get(base) ?? 0;
      counts.set(base, nth + 1);
      if (this.dismissed.has(findingKey(f, nth))) continue;
      this.visible.push(f);
      const r = rangeFor(this.map, f.start, f.end, this.body.ownerDocument);
      if (r) this.ranges.push({ finding: f, range: r });
    }
    this.ctrl.sessionChanged(this);
    // Performance entries only when a benchmark page asks for them (npm run bench:browser): they would pile up otherwise.
    if (this.body.ownerDocument.documentElement.hasAttribute('data-candor-measure')) {
      try {
        const end = performance.now();
        performance.measure('candor-lint-and-paint', { start: t0, end });
        if (this.lastInputAt !== undefined) performance.measure('candor-input-to-highlight', { start: this.lastInputAt, end });
      } catch {
        /* an old browser or a page that replaced performance.measure */
      }
    }
    this.lastInputAt = undefined;
  }

  view(): SessionView {
    const rect = this.body.getBoundingClientRect();
    const r = this.result;
    return {
      id: this.id,
      lang: r?.language ?? 'en',
      incident: r?.incident ?? false,
      findings: this.visible,
      documentFindings: r?.findings.filter((f) => f.start < 0) ?? [],
      checklist: r?.checklist ?? [],
      truncated: r?.truncated,
      anchor: rect.width || rect.height ? { x: rect.right, y: rect.bottom } : null,
      lastActive: this.lastActive,
    };
  }

  /** The finding under a viewport point, if the point is inside the phrase's own boxes. */
  findingAtPoint(x: number, y: number): { finding: Finding; range: Range } | null {
    for (const fr of this.ranges) {
      for (const box of Array.from(fr.range.getClientRects())) {
        if (x >= box.left && x <= box.right && y >= box.top - 1 && y <= box.bottom + 1) return fr;
      }
    }
    return null;
  }

  /** The finding at the caret (for keyboard use). */
  findingAtCaret(): { finding: Finding; range: Range } | null {
    const sel = this.body.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    const off = offsetOf(this.map, r.startContainer, r.startOffset);
    if (off === null) return null;
    return this.ranges.find((fr) => off >= fr.finding.start && off <= fr.finding.end) ?? null;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && e.altKey) {
      this.ensureFresh();
      const hit = this.findingAtCaret();
      if (hit) {
        e.preventDefault();
        e.stopPropagation();
        this.ctrl.openCard(this, hit.finding, hit.range, true, true);
      }
    } else if (e.key === 'Escape' && this.ctrl.store.get().card?.sessionId === this.id) {
      this.ctrl.actions.closeCard(false);
    }
  }

  private onClick(e: MouseEvent): void {
    this.ensureFresh();
    const hit = this.findingAtPoint(e.clientX, e.clientY);
    if (hit) this.ctrl.openCard(this, hit.finding, hit.range, true, false);
  }

  /** Replaces exactly the finding's phrase; returns false if the text moved on. */
  apply(f: Finding, replacement: string): boolean {
    const a = this.ctrl.adapter;
    this.map = buildTextMap(this.body, { skip: a.skip, cut: a.cut, maxChars: MAX_BODY_CHARS });
    if (this.map.text.slice(f.start, f.end) !== f.text) {
      this.lintNow();
      return false;
    }
    const edit = planReplacement(this.map.text, f.start, f.end, replacement);
    const range = rangeFor(this.map, edit.start, edit.end, this.body.ownerDocument);
    if (!range) return false;
    this.insertAt(range, edit.insert);
    this.lintNow();
    return true;
  }

  /** Inserts a template sentence before the sign-off. */
  insert(item: ChecklistItem): boolean {
    if (!item.template || !this.result) return false;
    const a = this.ctrl.adapter;
    this.map = buildTextMap(this.body, { skip: a.skip, cut: a.cut, maxChars: MAX_BODY_CHARS });
    const doc = this.body.ownerDocument;
    const at = Math.min(this.result.insertAt, this.map.text.length);
    const pos = positionAt(this.map, at, true);
    const range = doc.createRange();
    if (pos) range.setStart(pos.node, pos.offset);
    else range.selectNodeContents(this.body);
    range.collapse(!pos ? false : true);
    const before = this.map.text.slice(0, at);
    const sep = before.length === 0 || /\s$/.test(before) ? '' : ' ';
    this.insertAt(range, sep + item.template);
    this.lintNow();
    return true;
  }

  private insertAt(range: Range, text: string): void {
    const doc = this.body.ownerDocument;
    const sel = doc.getSelection();
    this.body.focus({ preventScroll: true });
    sel?.removeAllRanges();
    sel?.addRange(range);
    // The editor's own input path: the webmail sees a normal edit (draft saved, one undo step).
    if (text === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, text);
  }

  compose(): HTMLElement {
    return this.ctrl.adapter.composeRoot(this.body);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.abort.abort();
  }
}

export class Controller {
  readonly adapter: WebmailAdapter;
  readonly store: Store;
  readonly lint: LintFn;
  settings: Settings;
  readonly actions: UiActions;
  private readonly doc: Document;
  private readonly sessions = new Map<HTMLElement, Session>();
  private readonly abort = new AbortController();
  private observer: MutationObserver | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private insideCard = false;
  private rafPending = false;
  private destroyed = false;
  private readonly highlights: ReturnType<typeof highlightApi>;
  private readonly opts: ControllerOptions;

  constructor(opts: ControllerOptions) {
    this.opts = opts;
    this.adapter = opts.adapter;
    this.store = opts.store;
    this.lint = opts.lint;
    this.settings = opts.settings;
    this.doc = opts.doc ?? document;
    this.highlights = highlightApi(this.doc.defaultView ?? window);
    this.actions = this.makeActions();
  }

  start(): void {
    this.scan();
    // Typing mutates the bodies we already know: only changes elsewhere can add or remove a compose window.
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (!this.insideKnownBody(r.target)) {
          this.scheduleScan();
          return;
        }
      }
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true });
    const win = this.doc.defaultView ?? window;
    const sig = { signal: this.abort.signal, passive: true, capture: true } as AddEventListenerOptions;
    this.doc.addEventListener('mousemove', (e) => this.guard(() => this.onMouseMove(e)), sig);
    win.addEventListener('scroll', () => this.reposition(), sig);
    win.addEventListener('resize', () => this.reposition(), sig);
    // Send review: capture phase on the window, before the webmail's own handlers.
    const cap = { signal: this.abort.signal, capture: true } as AddEventListenerOptions;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
      win.addEventListener(type, (e) => this.onSendPointer(e), cap);
    }
    win.addEventListener('keydown', (e) => this.onSendKey(e), cap);
    win.addEventListener('keyup', (e) => this.onSendKeyUp(e), cap);
  }

  /** The session whose send control is the event's target, if any. */
  private sessionForSendControl(target: EventTarget | null): { s: Session; button: HTMLElement } | null {
    if (!(target instanceof Element)) return null;
    for (const s of this.sessions.values()) {
      const compose = s.compose();
      if (!compose.contains(target)) continue;
      const button = this.adapter.sendButtons(compose).find((b) => b === target || b.contains(target));
      if (button) return { s, button };
    }
    return null;
  }

  /**
   * Decides whether to hold a send. Any failure, a dead extension context or a
   * disabled review means: let the send through untouched.
   */
  private shouldHold(s: Session): boolean {
    try {
      if (this.destroyed || (this.opts.isAlive && !this.opts.isAlive())) return false;
      if (s.bypass) return false;
      if (s.holding) return true;
      s.ensureFresh();
      const d = reviewDecision(s.result, this.settings.sendReview);
      if (!d.hold) return false;
      const c = s.compose().getBoundingClientRect();
      s.holding = true;
      this.store.set({ review: { sessionId: s.id, missing: d.missing, errors: d.errors, rect: { left: c.left, top: c.top, width: c.width, height: c.height } }, card: null, panel: null });
      return true;
    } catch {
      s.holding = false;
      return false;
    }
  }

  private swallow(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private onSendPointer(e: Event): void {
    if (this.destroyed) return;
    let hit: ReturnType<Controller['sessionForSendControl']> = null;
    try {
      hit = this.sessionForSendControl(e.target);
    } catch {
      return;
    }
    if (!hit) return;
    const { s, button } = hit;
    if (s.bypass) return;
    // Decide at the start of the gesture; swallow the rest of it while held.
    if (e.type === 'pointerdown' || e.type === 'mousedown' || e.type === 'click' || s.holding) {
      if (this.shouldHold(s)) {
        s.heldTrigger = button;
        this.swallow(e);
      }
    }
  }

  private onSendKey(e: KeyboardEvent): void {
    if (this.destroyed) return;
    try {
      const target = e.target instanceof Element ? e.target : null;
      if (!target) return;
      const isShortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
      const onButton = (e.key === 'Enter' || e.key === ' ') && this.sessionForSendControl(target);
      if (!isShortcut && !onButton) return;
      let s: Session | undefined;
      if (onButton) s = onButton.s;
      else for (const x of this.sessions.values()) if (x.compose().contains(target)) s = x;
      if (!s || s.bypass) return;
      if (this.shouldHold(s)) {
        s.heldTrigger = onButton ? onButton.button : null;
        this.swallow(e);
      }
    } catch {
      /* let it through */
    }
  }

  private onSendKeyUp(e: KeyboardEvent): void {
    if (this.destroyed || e.key !== 'Enter') return;
    for (const s of this.sessions.values()) if (s.holding && e.target instanceof Element && s.compose().contains(e.target)) this.swallow(e);
  }

  /** Sends exactly as the webmail would have: the same control, the same events, once. */
  private releaseSend(s: Session): void {
    s.holding = false;
    this.store.set({ review: null });
    const doc = this.doc;
    const button = s.heldTrigger ?? this.adapter.sendButtons(s.compose())[0] ?? null;
    s.bypass = true;
    try {
      if (button && button.isConnected) {
        const r = button.getBoundingClientRect();
        const init = { bubbles: true, cancelable: true, composed: true, view: doc.defaultView, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
        const P = (doc.defaultView as unknown as { PointerEvent?: typeof PointerEvent }).PointerEvent;
        if (P) button.dispatchEvent(new P('pointerdown', { ...init, pointerId: 1, isPrimary: true }));
        button.dispatchEvent(new MouseEvent('mousedown', init));
        if (P) button.dispatchEvent(new P('pointerup', { ...init, pointerId: 1, isPrimary: true }));
        button.dispatchEvent(new MouseEvent('mouseup', init));
        button.dispatchEvent(new MouseEvent('click', init));
      } else {
        s.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
      }
    } finally {
      s.bypass = false;
      s.heldTrigger = null;
    }
  }

  /** Runs a handler; if anything in Candor fails, the page is not affected. */
  guard(fn: () => void): void {
    if (this.destroyed) return;
    try {
      fn();
    } catch (e) {
      console.debug('[candor]', (e as Error).message);
    }
  }

  private insideKnownBody(node: Node): boolean {
    for (const el of this.sessions.keys()) if (el.contains(node)) return true;
    return false;
  }

  private scheduleScan(): void {
    // Debounced and cheap: one selector query when the page settles.
    if (this.scanTimer) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.guard(() => this.scan());
    }, 250);
  }

  scan(): void {
    const bodies = new Set(this.adapter.findBodies(this.doc));
    let removed = false;
    for (const [el, s] of this.sessions) {
      if (!el.isConnected || !bodies.has(el)) {
        s.destroy();
        this.sessions.delete(el);
        this.store.removeSession(s.id);
        removed = true;
      }
    }
    for (const el of bodies) {
      if (this.sessions.has(el)) continue;
      const s = new Session(this, el);
      this.sessions.set(el, s);
      s.lintNow(); // repaints and reports
    }
    if (removed) {
      this.paintHighlights();
      this.reportCount();
    }
  }

  setSettings(s: Settings): void {
    this.settings = s;
    for (const sess of this.sessions.values()) sess.lintNow();
  }

  sessionChanged(s: Session): void {
    this.store.upsertSession(s.view());
    const card = this.store.get().card;
    if (card?.sessionId === s.id && !s.visible.some((f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start && f.text === card.finding.text)) {
      this.store.set({ card: null });
    }
    this.paintHighlights();
    this.reportCount();
  }

  private reportCount(): void {
    let total = 0;
    for (const s of this.sessions.values()) total += s.visible.length + (s.result?.findings.filter((f) => f.start < 0).length ?? 0);
    this.opts.onResults?.(total);
  }

  private paintHighlights(): void {
    const api = this.highlights;
    if (!api) return;
    const evasive = new api.Highlight();
    const detail = new api.Highlight();
    for (const s of this.sessions.values()) {
      for (const { finding, range } of s.ranges) (finding.category === 'detail' ? detail : evasive).add(range);
    }
    api.registry.set(HIGHLIGHT_NAMES.evasive, evasive);
    api.registry.set(HIGHLIGHT_NAMES.detail, detail);
    const card = this.store.get().card;
    const active = new api.Highlight();
    if (card) {
      const s = this.byId(card.sessionId);
      const fr = s?.ranges.find((x) => x.finding === card.finding || (x.finding.start === card.finding.start && x.finding.ruleId === card.finding.ruleId));
      if (fr) active.add(fr.range);
    }
    api.registry.set(HIGHLIGHT_NAMES.active, active);
  }

  private byId(id: string): Session | undefined {
    for (const s of this.sessions.values()) if (s.id === id) return s;
    return undefined;
  }

  openCard(s: Session, finding: Finding, range: Range, pinned: boolean, focus: boolean): void {
    const b = range.getBoundingClientRect();
    const card: CardState = { sessionId: s.id, finding, rect: { left: b.left, top: b.top, bottom: b.bottom, width: b.width }, pinned, focus };
    this.store.set({ card });
    this.paintHighlights();
  }

  private pendingMove: MouseEvent | null = null;

  /** Hover hit-testing, at most once per frame; stale ranges while typing simply miss until the next lint. */
  private onMouseMove(e: MouseEvent): void {
    if (this.pendingMove) {
      this.pendingMove = e;
      return;
    }
    this.pendingMove = e;
    requestAnimationFrame(() =>
      this.guard(() => {
        const last = this.pendingMove;
        this.pendingMove = null;
        if (last) this.hoverAt(last);
      }),
    );
  }

  private hoverAt(e: MouseEvent): void {
    const target = e.target as Node | null;
    for (const s of this.sessions.values()) {
      if (target && s.body.contains(target)) {
        const hit = s.findingAtPoint(e.clientX, e.clientY);
        const card = this.store.get().card;
        if (hit) {
          clearTimeout(this.hoverTimer);
          if (card?.pinned) return;
          if (card && card.finding === hit.finding) return;
          this.hoverTimer = setTimeout(() => this.guard(() => this.openCard(s, hit.finding, hit.range, false, false)), 250);
          return;
        }
      }
    }
    this.scheduleHoverClose();
  }

  private scheduleHoverClose(): void {
    const card = this.store.get().card;
    clearTimeout(this.hoverTimer);
    if (!card || card.pinned || this.insideCard) return;
    this.hoverTimer = setTimeout(() => {
      const c = this.store.get().card;
      if (c && !c.pinned && !this.insideCard) {
        this.store.set({ card: null });
        this.paintHighlights();
      }
    }, 400);
  }

  private reposition(): void {
    if (this.rafPending) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      this.guard(() => {
        for (const s of this.sessions.values()) this.store.upsertSession(s.view());
        const card = this.store.get().card;
        if (card) {
          const s = this.byId(card.sessionId);
          const fr = s?.ranges.find((x) => x.finding === card.finding);
          if (fr) {
            const b = fr.range.getBoundingClientRect();
            this.store.set({ card: { ...card, focus: false, rect: { left: b.left, top: b.top, bottom: b.bottom, width: b.width } } });
          }
        }
      });
    });
  }

  private makeActions(): UiActions {
    const withSession = (id: string, fn: (s: Session) => void) => this.guard(() => {
      const s = this.byId(id);
      if (s) fn(s);
    });
    return {
      apply: (id, finding, replacement) =>
        withSession(id, (s) => {
          this.store.set({ card: null });
          s.apply(finding, replacement);
        }),
      dismiss: (id, finding) =>
        withSession(id, (s) => {
          const same = s.visible.filter((f) => f.ruleId === finding.ruleId && f.text === finding.text);
          const nth = Math.max(0, same.indexOf(finding));
          s.dismissed.add(findingKey(finding, nth));
          this.store.set({ card: null });
          s.body.focus({ preventScroll: true });
          s.lintNow();
        }),
      disableRule: (ruleId) =>
        this.guard(() => {
          this.store.set({ card: null });
          this.settings = { ...this.settings, rules: { ...this.settings.rules, [ruleId]: { ...this.settings.rules[ruleId], severity: 'off' } } };
          this.opts.disableRule(ruleId);
          for (const s of this.sessions.values()) s.lintNow();
        }),
      insertTemplate: (id, item) => withSession(id, (s) => s.insert(item)),
      closeCard: (returnFocus) =>
        this.guard(() => {
          const card = this.store.get().card;
          this.store.set({ card: null });
          this.insideCard = false;
          this.paintHighlights();
          if (returnFocus && card) {
            const s = this.byId(card.sessionId);
            const fr = s?.ranges.find((x) => x.finding === card.finding);
            if (s) {
              s.body.focus({ preventScroll: true });
              if (fr) {
                const sel = this.doc.getSelection();
                const r = fr.range.cloneRange();
                r.collapse(false);
                sel?.removeAllRanges();
                sel?.addRange(r);
              }
            }
          }
        }),
      togglePanel: (id) => this.guard(() => this.store.set({ panel: this.store.get().panel === id ? null : id })),
      showFinding: (id, finding) =>
        withSession(id, (s) => {
          const fr = s.ranges.find((x) => x.finding.start === finding.start && x.finding.ruleId === finding.ruleId);
          if (!fr) return;
          const el = fr.range.startContainer.parentElement;
          el?.scrollIntoView?.({ block: 'nearest' });
          this.openCard(s, fr.finding, fr.range, true, true);
        }),
      sendAnyway: (id) => withSession(id, (s) => this.releaseSend(s)),
      backToEditing: (id) =>
        withSession(id, (s) => {
          s.holding = false;
          s.heldTrigger = null;
          this.store.set({ review: null });
          s.body.focus({ preventScroll: true });
        }),
      reviewFix: (id, item, finding) =>
        withSession(id, (s) => {
          if (item) {
            s.insert(item);
            const d = reviewDecision(s.result, this.settings.sendReview);
            const review = this.store.get().review;
            if (review) this.store.set({ review: { ...review, missing: d.missing, errors: d.errors } });
          } else if (finding) {
            s.holding = false;
            this.store.set({ review: null });
            const fr = s.ranges.find((x) => x.finding.start === finding.start && x.finding.ruleId === finding.ruleId);
            if (fr) this.openCard(s, fr.finding, fr.range, true, true);
          }
        }),
      cardHover: (inside) =>
        this.guard(() => {
          this.insideCard = inside;
          if (inside) clearTimeout(this.hoverTimer);
          else this.scheduleHoverClose();
        }),
    };
  }

  /** Stops everything: listeners, observer, highlights. Used when the extension context dies. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.observer?.disconnect();
    clearTimeout(this.scanTimer);
    clearTimeout(this.hoverTimer);
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
    if (this.highlights) for (const n of Object.values(HIGHLIGHT_NAMES)) this.highlights.registry.delete(n);
    this.store.set({ sessions: [], card: null, panel: null, review: null });
  }

  /** For tests and the popup: the sessions' current results. */
  results(): Array<{ id: string; result: LintResult | null; lastActive: number; text: string }> {
    // Dismissed findings stay dismissed in the popup too.
    return [...this.sessions.values()].map((s) => ({
      id: s.id,
      result: s.result && { ...s.result, findings: [...s.visible, ...s.result.findings.filter((f) => f.start < 0)] },
      lastActive: s.lastActive,
      text: s.map.text,
    }));
  }
}
