// Small DOM helpers: the app builds its views from these, with no framework.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

/** An element `tag` with attributes (`on*` are listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element `tag` with attributes and children. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces `el`'s children. */
export function fill(el: Element, ...children: Child[]) {
  el.replaceChildren();
  append(el, children);
}

/** A labelled figure: `<div class="figure" data-figure=name><b>value</b> label</div>`. */
export function figure(name: string, label: string, value: Child) {
  return h('div', { class: 'figure', 'data-figure': name }, h('b', {}, value), h('span', {}, label));
}

/** A table with a header row and rows. */
export function table(head: string[], rows: Child[][], attrs: Attrs = {}) {
  return h('table', attrs,
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', {}, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))));
}

/** How long ago a time in milliseconds was, roughly; `none` when there is no time. */
export function ago(ms: number | null, none: string): string {
  if (ms === null) return none;
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  return s < 120 ? `${s} s ago` : s < 7200 ? `${Math.round(s / 60)} min ago` : s < 172_800 ? `${Math.round(s / 3600)} h ago` : `${Math.round(s / 86_400)} d ago`;
}

/** A short form of a long hex string or address. */
export const short = (text: string, keep = 6) => (text.length > 2 * keep + 3 ? `${text.slice(0, keep + 2)}…${text.slice(-keep)}` : text);

/** Planck (12 decimals) as units with up to 4 decimals. */
export function units(planck: bigint | string, decimals = 12): string {
  const v = BigInt(planck);
  const base = 10n ** BigInt(decimals);
  const whole = v / base;
  const frac = ((v % base) * 10_000n) / base;
  return frac === 0n ? whole.toLocaleString('en') : `${whole.toLocaleString('en')}.${frac.toString().padStart(4, '0').replace(/0+$/, '')}`;
}

/** A message in place of a view's content: loading, empty, or an error. */
export const notice = (kind: 'loading' | 'empty' | 'error', text: string) => h('p', { class: `notice ${kind}`, 'data-notice': kind }, text);
