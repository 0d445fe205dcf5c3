// A device's page: its passport (key, status, class, firmware history, rotations, certification,
// sponsorship), its history of registry events (indexed by the gateway from finalized blocks: the
// chain keeps only current state) and its streams with their anchoring cursors.
import { ago, figure, fill, h, notice, short, table, units } from '../dom.js';
import type { HistoryJson } from '../gateway.js';
import type { Ctx, View } from '../view.js';

const age = (ms: number | null) => ago(ms, 'never');

/** The history table, newest first, and which blocks it covers; a notice if the gateway failed. */
function historySection(history: HistoryJson | Error) {
  if (history instanceof Error) return [notice('error', `History unavailable: ${history.message}`)];
  const covered = history.fromBlock === null
    ? 'The gateway has indexed no block yet.'
    : `From the blocks the gateway indexed, #${history.fromBlock} to #${history.toBlock}; earlier events are not shown.`;
  const rows = [...history.events].reverse().map((e) => [
    `#${e.block}`,
    h('span', { 'data-event': e.event }, e.event),
    h('span', {}, ...e.fields.flatMap(([name, value], i) => [i ? ' · ' : '', `${name} `, h('code', {}, short(value, 10))])),
  ]);
  return [
    h('p', { class: 'muted', 'data-covered': history.fromBlock === null ? 'none' : `${history.fromBlock}-${history.toBlock}` }, covered),
    rows.length ? table(['block', 'event', 'details'], rows, { class: 'history' }) : notice('empty', 'No event of this device in those blocks.'),
  ];
}

export function deviceView(ctx: Ctx, id: number): View {
  const body = h('div', {});
  const el = h('section', { class: 'view device', 'data-view': 'device' }, h('h1', {}, `Device #${id}`), body);
  const refresh = async () => {
    const [d, streams, firmware, sponsor, history] = await Promise.all([
      ctx.chain.device(id), ctx.chain.streams(id), ctx.chain.firmwareHistory(id), ctx.chain.sponsorship(id),
      // A gateway known to be down is not waited for: the passport shows at once.
      ctx.gatewayUp ? ctx.gateway.history(id).catch((e: Error) => e) : new Error('the gateway does not answer'),
    ]);
    if (!d) return fill(body, notice('empty', `No device #${id} on chain.`));
    fill(body,
      h('div', { class: 'figures' },
        figure('status', 'status', d.status), figure('class', 'class', d.class), figure('key', 'key kind', d.key.kind),
        figure('rotations', 'key rotations', d.rotations), figure('streams', 'streams', streams.length),
        figure('gaps', 'missing readings', streams.reduce((n, s) => n + s.missing, 0)),
        figure('sponsor', 'sponsorship budget left', sponsor ? units(sponsor.budget) : 'not sponsored')),
      h('h2', {}, 'Passport'),
      table(['', ''], [
        ['owner', h('a', { href: `#/fleet?owner=${d.owner}` }, d.owner)],
        ['public key', h('code', {}, d.key.publicKey)],
        ['registered at block', d.registeredAt],
        ['firmware', h('code', {}, d.firmware)],
        ['certified by', d.certifiedBy ?? 'not certified'],
        ['deposit', units(d.deposit)],
        ['location (H3 cell)', d.location === null ? '—' : d.location.toString(16)],
      ], { class: 'passport' }),
      h('h2', {}, 'Firmware history'),
      firmware.length ? table(['block', 'firmware'], firmware.map((f) => [f.block, h('code', {}, short(f.hash, 10))])) : notice('empty', 'No firmware change recorded.'),
      h('h2', {}, 'History: rotations, transfers, certification'),
      ...historySection(history),
      h('h2', {}, 'Streams'),
      streams.length ? table(['stream', 'name', 'interval', 'anchored', 'missing', 'last sequence', 'last reading', 'last anchor', ''],
        streams.map((s) => [s.stream, s.name, `${s.intervalMs / 1000} s`, s.anchored, s.missing, s.lastSequence ?? '—', age(s.lastTimestamp),
          s.lastAnchor === null ? '—' : `#${s.lastAnchor}`, h('a', { href: `#/stream/${id}/${s.stream}`, 'data-stream-link': s.stream }, 'plot & proofs →')]), { class: 'streams' })
        : notice('empty', 'No stream declared.'));
  };
  return { el, refresh: () => refresh().catch((e: Error) => fill(body, notice('error', e.message))) };
}
