import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isFeed, parseFeed } from '../src/load/feed.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/load/${name}`, import.meta.url), 'utf8');

describe('parseFeed: RSS 2.0', () => {
  const items = parseFeed('wire.rss', fixture('feed.rss.xml'));

  it('gives one document per item, full content before the summary, paragraphs kept', () => {
    expect(items[0]).toEqual({
      name: 'wire.rss#1',
      input: {
        text: 'The navy said its destroyer shot down two drones over the Red Sea on Saturday evening.\n\nNo damage or injuries were reported, a spokesperson said.',
        id: 'cw-2024-0203-117',
        title: 'Navy says 2 drones downed over Red Sea',
        url: 'https://coastalwire.example/world/2024/02/03/red-sea-drones',
        published: '2024-02-03',
        outlet: 'Coastal Wire — World',
      },
    });
  });

  it('reads an escaped HTML description as HTML and falls back to the link for the id', () => {
    expect(items[1]).toMatchObject({ input: { text: 'A convoy of 30 trucks carrying food and medicine reached the city on Sunday, the United Nations said.', id: 'https://coastalwire.example/world/2024/02/04/aid-convoy' } });
  });

  it('reports an item without text and keeps the others', () => {
    expect(items).toHaveLength(3);
    expect(items[2]).toEqual({ name: 'wire.rss#3', error: 'wire.rss#3: feed item "Photo gallery: the week in pictures" has no text' });
  });
});

describe('parseFeed: Atom', () => {
  const entries = parseFeed('mfa.atom', fixture('feed.atom.xml'));

  it.each([
    [0, 'html content', 'The two sides exchanged 75 prisoners each on Tuesday.\n\nThe ministry thanked the mediators.', '2024-05-21'],
    [1, 'xhtml content', 'The minister met her counterpart in Geneva on Monday.\n\nThey agreed to meet again in June.', '2024-05-20'],
    [2, 'a text summary', 'Travel advice for the border region has been updated.', '2024-05-19'],
  ])('entry %i: reads %s', (i, _what, text, published) => {
    expect(entries[i]).toMatchObject({ input: { text, published, outlet: 'Ministry of Foreign Affairs — Press releases' } });
  });

  it('takes the alternate link and the entry id', () => {
    expect(entries[0]).toMatchObject({ input: { url: 'https://mfa.example/press/2024/05/21/exchange', id: 'tag:mfa.example,2024:press/512' } });
  });
});

describe('feeds: what is not one', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>', true],
    ['<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', true],
    ['<html><body><p>Feed the troops, officials said.</p></body></html>', false],
    ['The rss of the wire service was down.', false],
  ])('isFeed(%j) is %s', (text, want) => expect(isFeed(text)).toBe(want));

  it('reports a feed with no items', () => {
    expect(parseFeed('empty.xml', '<rss version="2.0"><channel><title>x</title></channel></rss>')).toEqual([
      { name: 'empty.xml', error: 'empty.xml: an RSS feed with no items' },
    ]);
  });
});
