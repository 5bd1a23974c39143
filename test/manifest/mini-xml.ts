/**
 * A small XML reader for the manifest checks: elements, attributes, text. Enough for a file we
 * write ourselves (no DTD, no CDATA); well-formedness proper is xmllint's job in the same test.
 */
export interface XmlElement {
  /** qualified name as written, e.g. "bt:String" */
  name: string;
  /** local name, e.g. "String" */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const attr = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const root: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [], text: '', parent: null };
  let current = root;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    if (m[5] !== undefined) {
      current.text += decode(m[5]);
      continue;
    }
    const [, closing, name, rawAttrs, selfClosing] = m;
    if (closing) {
      if (current.name !== name) throw new Error(`mini-xml: </${name}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    let a: RegExpExecArray | null;
    attr.lastIndex = 0;
    while ((a = attr.exec(rawAttrs))) attrs[a[1]] = decode(a[2] ?? a[3]);
    const el: XmlElement = { name, local: name.split(':').pop()!, attrs, children: [], text: '', parent: current };
    current.children.push(el);
    if (!selfClosing) current = el;
  }
  if (current !== root) throw new Error(`mini-xml: <${current.name}> is not closed`);
  const top = root.children[0];
  top.parent = null;
  return top;
}

/** All descendants (depth first) whose local name matches. */
export function findAll(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** Local names from the root down to el, e.g. "OfficeApp/VersionOverrides/Hosts". */
export function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) parts.unshift(e.local);
  return parts.join('/');
}
