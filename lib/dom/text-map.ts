/**
 * DOM ↔ plain-text mapping for a contenteditable email body.
 * Block elements and <br> become line breaks; excluded subtrees (quoted
 * history, signatures) are left out; everything after a "cut" element
 * (Outlook's reply header) is left out. Each text node keeps its offset in the
 * plain text, so a finding's [start, end) maps back to a DOM Range.
 * Reads the DOM only; never writes to it.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the plain text. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface MapOptions {
  /** Subtrees to leave out (signature, quoted block). */
  skip?: (el: Element) => boolean;
  /** An element from which on everything is quoted history. */
  cut?: (el: Element) => boolean;
  /** Stop after this many characters (huge pasted content). */
  maxChars?: number;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'CANVAS']);

export function buildTextMap(root: Element, opts: MapOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '';
  let pendingBreak = false;
  let stopped = false;
  const max = opts.maxChars ?? Infinity;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    last = s[s.length - 1] ?? last;
  };
  const lineBreak = () => {
    if (length > 0 && last !== '\n') push('\n');
  };

  const walk = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      if (!data) return;
      if (pendingBreak) {
        lineBreak();
        pendingBreak = false;
      }
      segments.push({ node: t, start: length, end: length + data.length });
      // Non-breaking spaces are spaces to the rules; the length stays the same.
      push(data.replace(/\u00a0/g, ' '));
      if (length >= max) stopped = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (opts.cut?.(el)) {
      stopped = true;
      return;
    }
    if (SKIP_TAGS.has(el.tagName) || opts.skip?.(el)) return;
    if (el.tagName === 'BR') {
      push('\n');
      pendingBreak = false;
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) {
      lineBreak();
      pendingBreak = false;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pendingBreak = true;
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  let text = parts.join('');
  // Trailing synthetic line breaks belong to no text node; drop them.
  const lastEnd = segments.length ? segments[segments.length - 1].end : 0;
  while (text.length > lastEnd && text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}

/** Index of the segment containing plain offset `pos` (or the first one after it). */
function segmentAt(map: TextMap, pos: number, preferEnd: boolean): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let ans = segs.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    const inside = preferEnd ? pos > s.start && pos <= s.end : pos >= s.start && pos < s.end;
    if (inside) return mid;
    if ((preferEnd ? s.end < pos : s.end <= pos)) lo = mid + 1;
    else {
      ans = mid;
      hi = mid - 1;
    }
  }
  return preferEnd ? ans - 1 : ans;
}

/** A DOM position for a plain-text offset. */
export function positionAt(map: TextMap, pos: number, atEnd = false): { node: Text; offset: number } | null {
  const i = segmentAt(map, pos, atEnd);
  const s = map.segments[i];
  if (!s) return null;
  const offset = Math.max(0, Math.min(s.node.data.length, pos - s.start));
  return { node: s.node, offset };
}

/** A DOM Range for [start, end) of the plain text, or null if the map is stale. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document = document): Range | null {
  const a = positionAt(map, start, false);
  const b = positionAt(map, end, true);
  if (!a || !b) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** The plain-text offset of a DOM position (e.g. from caretRangeFromPoint), or null outside the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    for (const s of map.segments) if (s.node === node) return s.start + Math.min(offset, s.end - s.start);
    return null;
  }
  // An element position: the first text segment at or after that child.
  const child = node.childNodes[offset] ?? null;
  for (const s of map.segments) {
    if (child ? child === s.node || child.contains(s.node) : node.contains(s.node)) return child ? s.start : s.end;
  }
  return null;
}
