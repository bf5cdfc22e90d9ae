/**
 * Underline styles for the CSS Custom Highlight API. ::highlight() rules must
 * live in the page's document; they are added as a constructed stylesheet
 * (document.adoptedStyleSheets), so the page's HTML is not changed.
 */
const CSS_TEXT = `
::highlight(candor-evasive) { text-decoration: underline wavy #c2410c; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(candor-detail) { text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(candor-active) { background-color: rgba(194, 65, 12, 0.14); }
`;

export function injectHighlightStyles(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* page gone */
      }
    };
  } catch {
    // No constructable stylesheets: fall back to a <style> in <head>.
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    style.dataset.candor = '';
    (doc.head ?? doc.documentElement).appendChild(style);
    return () => style.remove();
  }
}
