import { afterEach, describe, expect, it } from 'vitest';
import { allRoots, deepQuery, frameDocument, walkElements, type Root } from '../../../lib/dom/roots';

/** Fills a root from markup. */
function fill(root: Document | ShadowRoot | HTMLElement, html: string): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? document);
  const t = doc.createElement('template');
  t.innerHTML = html;
  (root.nodeType === 9 ? (root as Document).body : (root as HTMLElement | ShadowRoot)).append(t.content);
}

/** Attaches a shadow root to the element with an id in a root, filled from markup. */
function shadow(root: Document | ShadowRoot, id: string, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const host = root.getElementById(id);
  if (!host) throw new Error(`no #${id}`);
  const inner = host.attachShadow({ mode });
  fill(inner, html);
  return inner;
}

/** Waits until every srcdoc frame of the page has its document. */
async function framesLoaded(): Promise<void> {
  for (const frame of document.querySelectorAll('iframe')) {
    for (let i = 0; i < 50 && !frame.contentDocument?.body?.childElementCount; i++)
      await new Promise((r) => setTimeout(r, 10));
  }
}

const frameDoc = (id: string) => {
  const doc = (document.getElementById(id) as HTMLIFrameElement | null)?.contentDocument;
  if (!doc) throw new Error(`#${id} has no document`);
  return doc;
};

/**
 * A portal with everything nested: an open shadow root holding another, a closed one, a same-origin frame with
 * a shadow root of its own, and a sandboxed frame (untrusted content) whose document happy-dom does load.
 */
async function nestedPage() {
  document.body.replaceChildren();
  fill(
    document,
    `<p id="a">light</p><div id="host"></div><div id="closed"></div>
     <iframe id="frame" srcdoc="<p id='f1'>in frame</p><div id='fhost'></div>"></iframe>
     <iframe id="sandboxed" sandbox srcdoc="<p id='untrusted'>ad</p>"></iframe><p id="z">end</p>`,
  );
  await framesLoaded();
  const open = shadow(document, 'host', '<span id="s1">shadow</span><div id="nested"></div>');
  const nested = shadow(open, 'nested', '<b id="deep">deeper</b>');
  shadow(document, 'closed', '<i id="secret">closed</i>', 'closed');
  const frame = frameDoc('frame');
  const framed = shadow(frame, 'fhost', '<em id="fdeep">in frame shadow</em>');
  return { open, nested, frame, framed, sandboxed: frameDoc('sandboxed') };
}

const ids = (root: Root) => {
  const out: string[] = [];
  walkElements(root, (el) => {
    if (el.id) out.push(el.id);
  });
  return out;
};

/** Table rows with their whole title (vitest's `$name` cuts long names short). */
const titled = <T>(rows: T[], title: (row: T) => string): [string, T][] => rows.map((row) => [title(row), row]);

afterEach(() => document.body.replaceChildren());

describe('allRoots', () => {
  it('lists the document, open shadow roots and same-origin frames, outermost first, in document order', async () => {
    const { open, nested, frame, framed } = await nestedPage();
    expect(allRoots(document)).toEqual([document, open, nested, frame, framed]);
  });

  it('never includes a sandboxed frame’s document, though it is loaded', async () => {
    const { sandboxed } = await nestedPage();
    expect(sandboxed.getElementById('untrusted')).not.toBeNull();
    expect(frameDocument(document.getElementById('sandboxed')!)).toBeNull();
    expect(allRoots(document)).not.toContain(sandboxed);
  });

  it('never includes a closed shadow root', async () => {
    await nestedPage();
    const roots = allRoots(document);
    expect(roots.some((r) => r.nodeType === 11 && (r as ShadowRoot).host.id === 'closed')).toBe(false);
  });
});

describe('walkElements', () => {
  it.each(
    titled(
      [
        {
          name: 'light DOM only',
          html: '<div id="a"><p id="b"><i id="c"></i></p></div><p id="d"></p>',
          ids: ['a', 'b', 'c', 'd'],
        },
        {
          name: 'a shadow root entered where its host sits',
          html: '<p id="a"></p><div id="host"></div><p id="z"></p>',
          shadow: '<span id="b1"></span><span id="b2"></span>',
          ids: ['a', 'host', 'b1', 'b2', 'z'],
        },
        {
          name: 'a host’s light children after its shadow root',
          html: '<div id="host"><i id="light"></i></div><p id="z"></p>',
          shadow: '<span id="b1"></span>',
          ids: ['host', 'b1', 'light', 'z'],
        },
      ],
      (r) => r.name,
    ),
  )('visits in document order: %s', (_, { html, shadow: inner, ids: expected }) => {
    document.body.replaceChildren();
    fill(document, html);
    if (inner) shadow(document, 'host', inner);
    expect(ids(document).filter((id) => id !== '')).toEqual(expected);
  });

  it('enters nested shadow roots and same-origin frames in place, and tells each element its root', async () => {
    const { open, nested, frame, framed } = await nestedPage();
    const seen: [string, Root][] = [];
    walkElements(document, (el, root) => {
      if (el.id) seen.push([el.id, root]);
    });
    expect(seen).toEqual([
      ['a', document],
      ['host', document],
      ['s1', open],
      ['nested', open],
      ['deep', nested],
      ['closed', document],
      ['frame', document],
      ['f1', frame],
      ['fhost', frame],
      ['fdeep', framed],
      ['sandboxed', document],
      ['z', document],
    ]);
  });
});

describe('deepQuery', () => {
  it.each(
    titled(
      [
        { name: 'an element of the document', selector: '#a', found: 'a' },
        { name: 'the document’s match before a shadow root’s', selector: 'p', found: 'a' },
        { name: 'an element inside an open shadow root', selector: '#s1', found: 's1' },
        { name: 'an element inside a nested shadow root', selector: 'b', found: 'deep' },
        { name: 'an element inside a same-origin frame', selector: '#f1', found: 'f1' },
        { name: 'an element inside a shadow root in a frame', selector: 'em', found: 'fdeep' },
        { name: 'nothing inside a closed shadow root', selector: '#secret', found: null },
        { name: 'nothing inside a sandboxed frame', selector: '#untrusted', found: null },
        { name: 'nothing for an invalid selector', selector: 'p[', found: null },
      ],
      (r) => `${r.name} (${r.selector})`,
    ),
  )('finds %s', async (_, { selector, found }) => {
    await nestedPage();
    expect(deepQuery(document, selector)?.id ?? null).toBe(found);
  });
});
