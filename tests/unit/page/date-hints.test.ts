import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectDateHints } from '@/src/page/date-hints';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('collectDateHints', () => {
  it('reads date meta tags wherever they are, by property, name or itemprop, any case', () => {
    const hints = collectDateHints(
      doc(
        '<html><head><meta property="article:published_time" content="2025-08-12T09:00:00Z"><meta name="description" content="not a date"><meta name="PubDate" content="2025-08-11"></head><body><article><meta itemprop="datePublished" content="2025-08-10"><p>text</p></article></body></html>',
      ),
    );
    expect(hints.meta).toEqual(['2025-08-12T09:00:00Z', '2025-08-11', '2025-08-10']);
  });

  it('takes the first three <time datetime> values and skips times without one', () => {
    const hints = collectDateHints(
      doc(
        '<html><body><time>yesterday</time><time datetime="2025-01-01">a</time><time datetime="2025-01-02">b</time><time datetime="">c</time><time datetime="2025-01-04">d</time></body></html>',
      ),
    );
    expect(hints.times).toEqual(['2025-01-01', '2025-01-02', '']);
  });

  it('collects JSON-LD blocks only, whatever the case of their type', () => {
    const hints = collectDateHints(
      doc(
        '<html><head><script>var x = 1</script><script type="Application/LD+JSON">{"datePublished":"2025-08-12"}</script></head><body><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>',
      ),
    );
    expect(hints.jsonLd).toEqual(['{"datePublished":"2025-08-12"}', '{"@type":"NewsArticle"}']);
  });
});
