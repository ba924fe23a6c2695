import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fragmentText, htmlToInput } from '../src/load/html.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/load/${name}`, import.meta.url), 'utf8');
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const BODY = '<article><p>Ukraine said on Monday it had received 12 patrol boats from the Netherlands, the first of 24 promised last year.</p><p>The navy will deploy them on the Danube, a spokesman said, adding that crews had trained in Rotterdam since January.</p></article>';

describe('htmlToInput: article text', () => {
  it('keeps paragraphs, headings and list items on lines of their own, with the headline first', () => {
    const got = htmlToInput(fixture('article.html'));
    if (!('input' in got)) throw new Error(got.problem);
    const paragraphs = got.input.text.split('\n\n');
    expect(paragraphs[0]).toBe('Ukraine receives first of two promised air defence batteries');
    expect(paragraphs[1]).toMatch(/^KYIV — Ukraine has taken delivery/);
    expect(paragraphs).toContain('Second battery expected by summer');
    expect(paragraphs).toContain('January: Germany pledges two batteries');
    // <br> is a line break inside its paragraph; &nbsp; is a plain space; inline tags leave no gap
    expect(got.input.text).toContain('anonymity.\nBerlin has not confirmed');
    expect(got.input.text).toContain('about 40 interceptor missiles');
    expect(got.input.text).toContain('had trained roughly 120 Ukrainian');
  });

  it.each([['navigation', 'Business'], ['scripts', 'window.analytics'], ['styles', 'font-weight'], ['the footer', '© 2024'], ['side bars', 'Most read']])(
    'leaves out %s', (_what, boilerplate) => {
      const got = htmlToInput(fixture('article.html'));
      expect('input' in got && got.input.text).not.toContain(boilerplate);
    },
  );

  it('reads broken markup as far as it goes', () => {
    const got = htmlToInput(fixture('broken.html'));
    if (!('input' in got)) throw new Error(got.problem);
    expect(got.input.text.split('\n\n')).toEqual([
      'Shelling reported near border town',
      'At least 14 civilians were killed when shells hit a market in the border town overnight, regional officials said on Sunday.',
      'Officials said some 300 residents had been moved to shelters since Friday, and that the evacuation would continue.',
      'Rescue teams were still searching the rubble',
    ]);
  });

  it.each([
    ['a page of scripts only', page('<title>App</title>', '<script>render()</script><noscript>Enable JavaScript</noscript>')],
    ['an empty body', page('<title>Nothing</title>', '')],
  ])('refuses %s', (_what, html) => {
    expect(htmlToInput(html)).toEqual({ problem: expect.stringMatching(/no readable text/) });
  });

  it.each([
    ['the title when readability took the <h1> away', '<meta property="og:title" content="Dutch boats reach Ukraine">', '<h1>Dutch boats reach Ukraine</h1>', 'Dutch boats reach Ukraine'],
    ['the visible <h1> when the SEO title differs', '<meta property="og:title" content="Ukraine gets 12 Dutch patrol boats - live updates">', '<h1>Ukraine receives 12 patrol boats from the Netherlands</h1>', 'Ukraine receives 12 patrol boats from the Netherlands'],
    ['the title when the <h1> is the site logo', '<meta property="og:title" content="Ukraine receives Dutch patrol boats">', '<header><h1>The Delta Courier</h1></header>', 'Ukraine receives Dutch patrol boats'],
  ])('opens the text with its headline: %s, once', (_what, head, h1, want) => {
    const got = htmlToInput(page(head, h1 + BODY));
    if (!('input' in got)) throw new Error(got.problem);
    const paragraphs = got.input.text.split('\n\n');
    expect(paragraphs[0]).toBe(want);
    expect(paragraphs[1]).toMatch(/^Ukraine said on Monday/);
  });

  it('adds no headline to a page that has none', () => {
    const got = htmlToInput(page('', BODY));
    expect('input' in got && got.input.text).toMatch(/^Ukraine said on Monday/);
  });

  it('reads a bare fragment without <html> or <body>', () => {
    expect(fragmentText('<p>Two drones were <b>shot down</b>.</p><p>No one was hurt.</p>')).toBe('Two drones were shot down.\n\nNo one was hurt.');
  });
});

describe('htmlToInput: metadata', () => {
  it('takes title, site name, canonical URL and the publisher-local date', () => {
    const got = htmlToInput(fixture('article.html'));
    expect('input' in got && got.input).toMatchObject({
      title: 'Ukraine receives first of two promised air defence batteries',
      outlet: 'The Harbour Times',
      url: 'https://harbourtimes.example/world/2024/03/14/ukraine-air-defence',
      published: '2024-03-14',
    });
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2023-11-02T08:00:00Z">', '2023-11-02'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-11-03T10:00:00+01:00"}]}</script>', '2023-11-03'],
    ['a <time datetime> in the article', '', '2023-11-04', '<time datetime="2023-11-04T12:00">4 Nov</time>'],
    ['nothing', '', null],
    ['a broken JSON-LD block', '<script type="application/ld+json">{"datePublished": </script>', null],
    ['a malformed date', '<meta property="article:published_time" content="next Tuesday">', null],
  ])('finds the date from %s', (_what, head, want, extraBody = '') => {
    const got = htmlToInput(page(head, extraBody + BODY));
    expect('input' in got && got.input.published).toBe(want);
  });

  it.each([
    ['og:url', '<meta property="og:url" content="https://news.example/a/1">', 'https://news.example/a/1'],
    ['link rel=canonical', '<link rel="canonical" href="https://news.example/a/2">', 'https://news.example/a/2'],
    ['a relative canonical', '<link rel="canonical" href="/a/3">', null],
  ])('finds the URL from %s', (_what, head, want) => {
    const got = htmlToInput(page(head, BODY));
    expect('input' in got && got.input.url).toBe(want);
  });
});
