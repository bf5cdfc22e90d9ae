/** A webmail's DOM, described in one place so a change at Google or Microsoft is a one-file fix. */
export interface WebmailAdapter {
  id: 'gmail' | 'outlook';
  /** Host names this adapter handles. */
  hosts: readonly string[];
  /** Every compose body (contenteditable) currently in the document. */
  findBodies(root: ParentNode): HTMLElement[];
  /** Subtrees of a body that are not the person's text (signature, quoted block). */
  skip(el: Element): boolean;
  /** An element from which on the rest of the body is quoted history. */
  cut(el: Element): boolean;
  /** The compose window containing a body (for the badge and send controls). */
  composeRoot(body: HTMLElement): HTMLElement;
  /** The send buttons of a compose window. */
  sendButtons(compose: HTMLElement): HTMLElement[];
}

/** Runs a DOM query without ever throwing (an unknown DOM means "not active"). */
export function safeQueryAll<T extends Element>(root: ParentNode, selector: string): T[] {
  try {
    return Array.from(root.querySelectorAll<T>(selector));
  } catch {
    return [];
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
