// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetOf, rangeFor } from '../lib/dom/text-map';
import { gmail } from '../lib/adapters/gmail';
import { outlook } from '../lib/adapters/outlook';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('buildTextMap', () => {
  it.each([
    ['plain text', 'Hello there', 'Hello there'],
    ['Gmail lines and empty lines', '<div>Hi Jo,</div><div><br></div><div>Sorry.</div>', 'Hi Jo,\n\nSorry.'],
    ['<br> inside a line', 'one<br>two<br><br>three', 'one\ntwo\n\nthree'],
    ['nested divs', '<div><div>a</div><div><div>b</div></div></div><div>c</div>', 'a\nb\nc'],
    ['inline formatting splitting a phrase', 'I <b>think</b> so, <i>per our</i> <span>policy</span>.', 'I think so, per our policy.'],
    ['lists', '<ul><li>one</li><li>two</li></ul><p>after</p>', 'one\ntwo\nafter'],
    ['non-breaking spaces', 'a&nbsp;&nbsp;b', 'a  b'],
    ['paragraphs', '<p>First.</p><p>Second.</p>', 'First.\nSecond.'],
  ])('%s', (_name, html, text) => expect(buildTextMap(body(html)).text).toBe(text));

  it('maps a phrase split across inline nodes back to an exact range', () => {
    const el = body('We <b>apologize for</b> any <i>inconvenience</i> caused.');
    const map = buildTextMap(el);
    const start = map.text.indexOf('apologize');
    const end = map.text.indexOf(' caused');
    const r = rangeFor(map, start, end)!;
    expect(r.toString()).toBe('apologize for any inconvenience');
    expect(el.innerHTML).toBe('We <b>apologize for</b> any <i>inconvenience</i> caused.');
  });

  it('leaves out Gmail quotes and signatures', () => {
    const el = body('<div>Per our policy we are sorry.</div><div class="gmail_signature">Per our policy, Jo</div><div class="gmail_quote">On Mon wrote:<blockquote>mistakes were made</blockquote></div>');
    const map = buildTextMap(el, { skip: gmail.skip, cut: gmail.cut });
    expect(map.text).toBe('Per our policy we are sorry.');
  });

  it('cuts Outlook reply history from #divRplyFwdMsg on and skips #Signature', () => {
    const el = body('<div>Sorry we were late.</div><div id="Signature">Per our policy</div><hr><div id="divRplyFwdMsg">From: A</div><div>mistakes were made</div>');
    const map = buildTextMap(el, { skip: outlook.skip, cut: outlook.cut });
    expect(map.text).toBe('Sorry we were late.');
  });

  it('keeps offsets stable: after an edit the new map maps the same phrase', () => {
    const el = body('<div>Hi,</div><div>It was just a small glitch.</div>');
    let map = buildTextMap(el);
    const text = el.querySelectorAll('div')[1].firstChild as Text;
    text.insertData(0, 'Honestly, ');
    map = buildTextMap(el);
    const start = map.text.indexOf('just a small glitch');
    expect(rangeFor(map, start, start + 'just a small glitch'.length)!.toString()).toBe('just a small glitch');
  });

  it('converts DOM positions back to offsets', () => {
    const el = body('<div>ab</div><div>cd<b>ef</b></div>');
    const map = buildTextMap(el);
    const b = el.querySelector('b')!.firstChild!;
    expect(offsetOf(map, b, 1)).toBe(map.text.indexOf('f'));
    expect(offsetOf(map, document.createTextNode('x'), 0)).toBeNull();
  });

  it('returns null for a stale range instead of throwing', () => {
    const el = body('<div>abc</div>');
    const map = buildTextMap(el);
    el.innerHTML = '';
    expect(rangeFor(map, 0, 2)).toBeNull();
  });

  it('stops at maxChars', () => {
    const el = body('<div>' + 'word '.repeat(1000) + '</div><div>tail</div>');
    expect(buildTextMap(el, { maxChars: 100 }).text.includes('tail')).toBe(false);
  });
});
