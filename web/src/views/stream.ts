// Stream: a stream's readings from the gateway as a time series, the anchors that hold them as
// bands, gaps in the sequence in red; a reading's proof checked in the browser against the root
// the chain anchored, and the same proof with a forged value.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import type { AnchorInfo } from '../chain.js';
import { figure, fill, h, notice, short, table } from '../dom.js';
import type { Listed, ProofJson, ReadingJson } from '../gateway.js';
import { check, tampered, type Verdict } from '../verify.js';
import { virtualList } from '../vlist.js';
import type { Ctx, View } from '../view.js';

const value = (r: ReadingJson) => ('scalar' in r.value ? r.value.scalar : NaN);
const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** Sequence gaps: pairs of consecutive listed readings with readings missing between them. */
export function gaps(readings: readonly Listed[]): { after: Listed; before: Listed; missing: number }[] {
  const out = [];
  for (let i = 1; i < readings.length; i++) {
    const missing = readings[i].reading.sequence - readings[i - 1].reading.sequence - 1;
    if (missing > 0) out.push({ after: readings[i - 1], before: readings[i], missing });
  }
  return out;
}

function verdictBox(name: string, title: string, v: Verdict) {
  return h('div', { class: `verdict ${v.ok ? 'ok' : 'bad'}`, 'data-verdict': name, 'data-ok': String(v.ok) },
    h('b', {}, `${v.ok ? '✔ verified' : '✘ does not verify'}: ${title}`), h('span', {}, v.why));
}

export function streamView(ctx: Ctx, device: number, stream: number): View {
  const figures = h('div', { class: 'figures' });
  const plot = h('div', { class: 'plot' });
  const listBox = h('div', { class: 'readings' });
  const proofBox = h('div', { class: 'proof', 'data-proof': '' }, notice('empty', 'Click a reading (in the plot or the list) to check its proof against the chain.'));
  const el = h('section', { class: 'view stream', 'data-view': 'stream' },
    h('h1', {}, `Stream ${stream} of `, h('a', { href: `#/device/${device}` }, `device #${device}`)), figures, plot,
    h('div', { class: 'split' }, listBox, proofBox));
  let readings: Listed[] = [];
  let chart: uPlot | null = null;
  let selected: number | null = null;

  const list = virtualList<Listed>(28, 360, (l, i) => h('button', {
    type: 'button', class: `row reading${i === selected ? ' selected' : ''}`, 'data-seq': l.reading.sequence,
    onclick: () => void select(i),
  }, h('span', {}, `#${l.reading.sequence}`), h('span', {}, time(l.reading.timestamp)),
  h('span', { class: 'num' }, l.sealed ? 'sealed' : String(value(l.reading))), h('span', { class: `st-${l.state}` }, l.anchor === null ? l.state : `anchor #${l.anchor}`)));

  const select = async (i: number) => {
    selected = i;
    list.set(readings);
    const r = readings[i].reading;
    fill(proofBox, notice('loading', `Fetching the proof of reading #${r.sequence}…`));
    try {
      const proof: ProofJson = await ctx.gateway.proof(device, stream, r.sequence);
      const anchor: AnchorInfo | null = await ctx.chain.anchor(proof.anchor);
      const showProof = (shown: ReadingJson) => {
        const v = check(shown, proof, anchor);
        return h('div', {},
          verdictBox(shown === proof.reading ? 'genuine' : 'tampered', shown === proof.reading ? `reading #${shown.sequence} = ${value(shown)}` : `forged value ${value(shown)}`, v),
          table(['', ''], [
            ['leaf', h('code', {}, short(v.leaf, 10))],
            ['leaf index', `${proof.proof.leafIndex} of ${proof.leafCount}`],
            ['siblings', h('ol', { class: 'siblings' }, ...proof.proof.siblings.map((s) => h('li', {}, h('code', {}, short(s, 10)))))],
            ['root on chain', v.chainRoot ? h('code', {}, short(v.chainRoot, 10)) : '—'],
            ['gateway\'s root', h('code', { class: v.rootsAgree ? '' : 'bad' }, short(proof.root, 10))],
          ]));
      };
      const forge = h('button', { type: 'button', 'data-action': 'tamper' }, 'Tamper with the value and check again');
      const forged = h('div', {});
      forge.addEventListener('click', () => fill(forged, showProof(tampered(proof.reading))));
      fill(proofBox, h('h2', {}, `Proof of reading #${r.sequence}`), showProof(proof.reading), forge, forged);
    } catch (e) {
      fill(proofBox, notice('error', (e as Error).message));
    }
  };

  const draw = () => {
    const xs = readings.map((l) => l.reading.timestamp / 1000);
    const ys = readings.map((l) => value(l.reading));
    const bands = new Map<number, [number, number]>();
    for (const l of readings) {
      if (l.anchor === null) continue;
      const t = l.reading.timestamp / 1000;
      const b = bands.get(l.anchor);
      bands.set(l.anchor, b ? [Math.min(b[0], t), Math.max(b[1], t)] : [t, t]);
    }
    const holes = gaps(readings).map((g) => [g.after.reading.timestamp / 1000, g.before.reading.timestamp / 1000]);
    const shade = (u: uPlot, from: number, to: number, color: string) => {
      const x0 = u.valToPos(from, 'x', true);
      const x1 = u.valToPos(to, 'x', true);
      u.ctx.fillStyle = color;
      u.ctx.fillRect(x0, u.bbox.top, Math.max(2, x1 - x0), u.bbox.height);
    };
    chart?.destroy();
    chart = new uPlot({
      width: Math.min(960, el.clientWidth || 960), height: 280,
      series: [{}, { label: 'value', stroke: '#2563eb', width: 1.5, points: { show: readings.length < 300 } }],
      scales: { x: { time: true } },
      hooks: {
        drawClear: [(u) => {
          let k = 0;
          for (const [, [from, to]] of bands) shade(u, from, to, k++ % 2 ? 'rgba(16,185,129,0.12)' : 'rgba(16,185,129,0.22)');
          for (const [from, to] of holes) shade(u, from, to, 'rgba(220,38,38,0.25)');
        }],
        ready: [(u) => u.over.addEventListener('click', () => { if (u.cursor.idx != null) void select(u.cursor.idx); })],
      },
    }, [xs, ys], plot);
  };

  const refresh = async () => {
    if (!ctx.gatewayUp) {
      fill(plot, notice('error', `The gateway at ${ctx.gateway.base} does not answer: readings and proofs need it. Chain figures below are live.`));
    }
    const info = (await ctx.chain.streams(device)).find((s) => s.stream === stream);
    const listed = ctx.gatewayUp ? await ctx.gateway.readings(device, stream) : readings;
    readings = listed;
    const holes = gaps(readings);
    fill(figures,
      figure('readings', 'readings at the gateway', readings.length),
      figure('anchored', 'anchored on chain', info?.anchored ?? 0),
      figure('anchors', 'anchors', new Set(readings.map((l) => l.anchor).filter((a) => a !== null)).size),
      figure('gaps', 'gaps', holes.length),
      figure('missing', 'missing readings (chain)', info?.missing ?? 0),
      figure('last', 'last sequence', info?.lastSequence ?? '—'));
    if (!ctx.gatewayUp) return;
    if (!readings.length) return fill(plot, notice('empty', 'The gateway holds no batched reading of this stream yet.'));
    draw();
    list.set(readings);
    fill(listBox, list.el);
  };
  return { el, refresh: () => refresh().catch((e: Error) => fill(plot, notice('error', e.message))), dispose: () => chart?.destroy() };
}
