// Product: an item's story by GTIN+serial, SSCC or id (`iot_itemHistory`): a recall banner, its
// events and custody as a timeline, its cold-chain legs with their temperature verdicts and
// readings, the tag that proves it genuine, and a printable QR code that opens this page.
import qrcode from 'qrcode-generator';
import uPlot from 'uplot';

import { figure, fill, h, notice, short, svg, table } from '../dom.js';
import { routeParams, setRouteParam, type Ctx, type View } from '../view.js';

interface EventJson { id: number; kind: string; by: string; block: number; time: number; place: { h3?: string; location?: string } | null; step: string | null; disposition: string | null }
interface LegJson { id: number; tracker: number; stream: number; certified: boolean; band: { min: number; max: number; maxExcursion: number }; from: number; to: number | null; verdict: string | { violated: { from: number; to: number; excursion: number } }; custodian: string }
interface StoryJson { id: number; kind: unknown; key: string | null; producer: string; owner: string; custodian: string; status: string; recalled: boolean; tag: number | null; events: EventJson[]; legs: LegJson[] }

/** A QR code of `text` as SVG squares. */
function qr(text: string): SVGElement {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const n = code.getModuleCount();
  const out = svg('svg', { viewBox: `-2 -2 ${n + 4} ${n + 4}`, width: 160, height: 160, class: 'qr', 'data-qr': text, 'shape-rendering': 'crispEdges' });
  out.append(svg('rect', { x: -2, y: -2, width: n + 4, height: n + 4, fill: '#fff' }));
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (code.isDark(r, c)) out.append(svg('rect', { x: c, y: r, width: 1, height: 1, fill: '#000' }));
  return out;
}

/**
 * The genuine-tag check: the item names a tag device, that device is registered and active, and
 * the chain's binding of that tag points back at this item (a tag moved to a fake is bound to
 * another item, and a cloned label names a tag that is not this item's).
 */
async function tagCheck(ctx: Ctx, story: StoryJson): Promise<string> {
  if (story.tag === null) return 'no tag';
  const [device, bound] = await Promise.all([ctx.chain.device(story.tag), ctx.chain.c.api.query.provenance.taggedItem(story.tag)]);
  if (!device) return `✘ tag #${story.tag} is not a registered device`;
  if (bound.isNone || bound.unwrap().toNumber() !== story.id) return `✘ tag #${story.tag} is bound to ${bound.isNone ? 'no item' : `item #${bound.unwrap().toNumber()}`}`;
  return device.status === 'active' ? `✔ genuine: tag #${story.tag} bound to this item` : `✘ tag #${story.tag} is ${device.status}`;
}

const when = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
const verdictText = (v: LegJson['verdict']) => (typeof v === 'string' ? v : `violated (${v.violated.excursion} out of band)`);

export function productView(ctx: Ctx): View {
  const query = h('input', { name: 'q', size: 40, value: routeParams().get('q') ?? '', placeholder: '(01)GTIN(21)serial, (00)SSCC or item id', 'aria-label': 'Product' });
  const body = h('div', {});
  const el = h('section', { class: 'view product', 'data-view': 'product' }, h('h1', {}, 'Product'),
    h('form', { class: 'controls', onsubmit: (e: Event) => { e.preventDefault(); void refresh(); } }, query, h('button', { type: 'submit' }, 'Look up')), body);

  const legPlot = async (leg: LegJson, slot: HTMLElement) => {
    if (!ctx.gatewayUp) return fill(slot, notice('error', 'The gateway does not answer: the leg\'s readings are not shown.'));
    const readings = (await ctx.gateway.readings(leg.tracker, leg.stream)).filter((l) => 'scalar' in l.reading.value
      && l.reading.timestamp >= leg.from && (leg.to === null || l.reading.timestamp <= leg.to));
    if (!readings.length) return fill(slot, notice('empty', 'No reading of the tracker in this leg at the gateway.'));
    const xs = readings.map((l) => l.reading.timestamp / 1000);
    const ys = readings.map((l) => ('scalar' in l.reading.value ? l.reading.value.scalar : NaN));
    fill(slot);
    new uPlot({ width: 480, height: 180, scales: { x: { time: true } },
      series: [{}, { label: 'reading', stroke: '#2563eb' }, { label: 'min', stroke: '#dc2626', dash: [4, 4] }, { label: 'max', stroke: '#dc2626', dash: [4, 4] }] },
    [xs, ys, xs.map(() => leg.band.min), xs.map(() => leg.band.max)], slot);
  };

  const load = async () => {
    const q = query.value.trim();
    if (!q) return fill(body, notice('empty', 'Type or scan a product\'s key.'));
    setRouteParam('q', q);
    const story = (await ctx.chain.c.rpc.itemHistory(/^\d+$/.test(q) ? Number(q) : q)) as StoryJson | null;
    if (!story) return fill(body, notice('empty', `No item ${q} on chain.`));
    const genuine = await tagCheck(ctx, story);
    const link = `${location.origin}${location.pathname}#/product?q=${encodeURIComponent(story.key ?? String(story.id))}`;
    const legSlots = story.legs.map(() => h('div', { class: 'plot' }));
    fill(body,
      story.recalled ? h('div', { class: 'recall', 'data-recall': 'true' }, `⚠ Recalled: item #${story.id} is subject to a recall. Do not use.`) : null,
      h('div', { class: 'figures' },
        figure('item', 'item', `#${story.id}`), figure('status', 'status', story.status), figure('events', 'events', story.events.length),
        figure('legs', 'cold-chain legs', story.legs.length), figure('genuine', 'genuine-tag check', genuine)),
      h('div', { class: 'split' },
        table(['', ''], [['key', story.key ?? '—'], ['producer', short(story.producer)], ['owner', short(story.owner)], ['custodian', short(story.custodian)]]),
        h('div', { class: 'qr-box' }, qr(link), h('div', {}, h('button', { type: 'button', onclick: () => print() }, 'Print label')))),
      h('h2', {}, 'Timeline'),
      h('ol', { class: 'timeline' }, ...story.events.map((e) => h('li', { 'data-event': e.kind },
        h('b', {}, e.kind), ` ${when(e.time)} · block ${e.block}`, e.step ? ` · ${e.step}` : '', e.disposition ? ` (${e.disposition})` : '',
        e.place?.h3 ? ` · cell ${e.place.h3}` : '', ` · by ${short(e.by)}`))),
      h('h2', {}, 'Legs'),
      story.legs.length ? h('div', {}, ...story.legs.map((leg, i) => h('div', { class: 'leg', 'data-leg': leg.id },
        h('p', {}, h('b', { class: `verdict-${typeof leg.verdict === 'string' ? leg.verdict : 'violated'}` }, verdictText(leg.verdict)),
          ` · tracker #${leg.tracker}/${leg.stream} · band ${leg.band.min}…${leg.band.max}`), legSlots[i])))
        : notice('empty', 'No cold-chain leg.'));
    await Promise.all(story.legs.map((leg, i) => legPlot(leg, legSlots[i]).catch((e: Error) => fill(legSlots[i], notice('error', e.message)))));
  };
  const refresh = () => load().catch((e: Error) => fill(body, notice('error', e.message)));
  return { el, refresh };
}
