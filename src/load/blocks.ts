// DOM to plain text that keeps the page's structure: every paragraph, heading and list item on its
// own line, blank lines between paragraphs. The extractor ends a sentence at each line break, so a
// headline must not run into the first paragraph ("…send troopsSEOUL — North Korea …"), which is
// what textContent gives.

// Elements that start and end a paragraph of their own.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'caption',
]);
// Elements whose text is not part of the article.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'button', 'select', 'option', 'textarea',
  'head', 'object', 'canvas', 'audio', 'video', 'map',
]);
const CELL = new Set(['td', 'th']);

/** The least a DOM node must offer; linkedom's nodes do (and so would a browser's). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function blockText(root: DomNode): string {
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const clean = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length) paragraphs.push(lines);
    lines = [];
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/[\u00ad\u200b\ufeff]/g, '');
      if (!pre) line += text;
      else text.split('\n').forEach((part, i) => { if (i) endLine(); line += part; });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') return endLine();
    const block = BLOCK.has(tag);
    if (block) endParagraph();
    else if (CELL.has(tag)) line += ' ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], pre || tag === 'pre');
    if (block) endParagraph();
  };
  walk(root, false);
  endParagraph();
  return paragraphs.map((p) => p.join('\n')).join('\n\n');
}
