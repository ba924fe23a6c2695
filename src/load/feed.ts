// RSS 2.0 (and RSS 1.0) and Atom feeds: one document per item, named "feed.xml#3". The item's
// full content (content:encoded, Atom content) is preferred to its summary; HTML inside it goes
// through the same block-text path as a page, so paragraphs stay on their own lines.
import { linkedom } from './dom.js';
import type { DocumentInput } from '../extract.js';
import { fragmentText } from './html.js';
import { metaDate } from './dates.js';
import { failure, type LoadResult } from './result.js';

interface XmlEl {
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  children: ArrayLike<XmlEl>;
  getAttribute(name: string): string | null;
}

export function isFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text);
}

export function parseFeed(name: string, xml: string): LoadResult[] {
  const doc = new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlEl | null };
  const root = doc.documentElement;
  if (!root) return [failure(name, 'not a feed: no root element')];
  const atom = root.tagName.toLowerCase() === 'feed';
  const channel = atom ? root : child(root, 'channel') ?? root;
  const outlet = text(child(channel, 'title'));
  const items = atom ? children(root, 'entry') : [...children(channel, 'item'), ...children(root, 'item')];
  if (!items.length) return [failure(name, `${atom ? 'an Atom' : 'an RSS'} feed with no ${atom ? 'entries' : 'items'}`)];
  return items.map((item, i) => {
    const itemName = `${name}#${i + 1}`;
    const input = atom ? atomEntry(item) : rssItem(item);
    if (!input.text.trim()) return failure(itemName, `feed item${input.title ? ` "${input.title}"` : ''} has no text`);
    return { name: itemName, input: { ...input, outlet } };
  });
}

function rssItem(item: XmlEl): DocumentInput {
  const link = text(child(item, 'link'));
  const body = text(child(item, 'content:encoded')) ?? text(child(item, 'description')) ?? '';
  return {
    text: htmlOrText(body),
    id: text(child(item, 'guid')) ?? link,
    title: text(child(item, 'title')),
    url: link,
    published: metaDate(text(child(item, 'pubDate')) ?? text(child(item, 'dc:date'))),
  };
}

function atomEntry(entry: XmlEl): DocumentInput {
  const links = children(entry, 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const url = link?.getAttribute('href')?.trim() || null;
  const content = child(entry, 'content') ?? child(entry, 'summary');
  return {
    text: content ? atomText(content) : '',
    id: text(child(entry, 'id')) ?? url,
    title: text(child(entry, 'title')),
    url,
    published: metaDate(text(child(entry, 'published')) ?? text(child(entry, 'updated'))),
  };
}

// Atom says how its content is written: type="xhtml" is markup inside the element, type="html"
// is escaped markup (so its text is HTML), and type="text" (the default) is plain text.
function atomText(content: XmlEl): string {
  const type = content.getAttribute('type') ?? 'text';
  if (type === 'xhtml') return fragmentText(content.innerHTML);
  if (type === 'html') return fragmentText(content.textContent ?? '');
  return htmlOrText(content.textContent ?? '');
}

// RSS descriptions are HTML more often than not, but nothing says so: look for tags.
function htmlOrText(s: string): string {
  return /<[a-z][a-z0-9]*[\s/>]/i.test(s) ? fragmentText(s) : s.trim();
}

function children(el: XmlEl, tag: string): XmlEl[] {
  return Array.from(el.children).filter((c) => c.tagName.toLowerCase() === tag.toLowerCase());
}

function child(el: XmlEl, tag: string): XmlEl | null {
  return children(el, tag)[0] ?? null;
}

function text(el: XmlEl | null): string | null {
  return el?.textContent?.trim() || null;
}
