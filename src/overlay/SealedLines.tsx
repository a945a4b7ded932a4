/**
 * Lines the page must not read, drawn inside a closed shadow root of their own. The overlay's
 * shadow root is open (the browser tests and assistive tools walk it), so a page script can read
 * whatever it shows; that is fine for the cards, which are public, and for the page's own
 * sentences, but not for what the journal knows about this page: when the user recorded
 * sightings here. A closed shadow root has no `shadowRoot` for page scripts to follow; the user
 * sees the lines as usual, and the extension itself can read them (`dom.openOrClosedShadowRoot`).
 *
 * Styles are set through the CSSOM (Preact's `style` objects), which a page's `style-src`
 * policy does not govern; the colours come from the overlay's custom properties, which cross the
 * shadow boundary.
 */
import { type JSX, render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const LINE_STYLE: JSX.CSSProperties = {
  margin: '0 0 6px',
  fontSize: '12px',
  color: 'var(--lens-ok-fg)',
  background: 'var(--lens-ok-bg)',
  borderRadius: '6px',
  padding: '4px 8px',
};

/** The lines, each a paragraph, in a closed shadow root (an empty one when there are none). */
export function SealedLines(props: { lines: string[] }) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<ShadowRoot | null>(null);
  const { lines } = props;
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    root.current ??= element.attachShadow({ mode: 'closed' });
    render(
      lines.map((line) => (
        <p class="recorded" key={line} style={LINE_STYLE}>
          {line}
        </p>
      )),
      root.current,
    );
  }, [lines.join('\n')]);
  useLayoutEffect(
    () => () => {
      if (root.current) render(null, root.current);
    },
    [],
  );
  return <div ref={host} class="sealed" />;
}
