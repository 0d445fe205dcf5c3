// Rewards: nodes on a map of their H3 cells (SVG polygons, no tiles), each node's stake,
// liveness and pending reward, the epochs' pools, and the circuit breaker that caps what an
// epoch mints.
import { figure, fill, h, notice, svg, table, units } from '../dom.js';
import { routeParams, setRouteParam, type Ctx, type View } from '../view.js';

interface NodeRow { id: number; owner: string; kind: string; cell: string; stake: bigint; liveEpoch: number | null; unclaimed: bigint; pending: bigint | null }

/** The cells as SVG polygons, fitted to a 480×300 box (equirectangular around their centre). */
async function cellMap(nodes: NodeRow[]): Promise<SVGElement> {
  const { cellToBoundary, isValidCell } = await import('h3-js');
  const shapes = nodes.filter((n) => isValidCell(n.cell)).map((n) => ({ n, ring: cellToBoundary(n.cell) }));
  const W = 480, H = 300, PAD = 20;
  const map = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'cells', 'data-cells': shapes.length });
  if (!shapes.length) return map;
  const lats = shapes.flatMap((s) => s.ring.map(([lat]) => lat));
  const lngs = shapes.flatMap((s) => s.ring.map(([, lng]) => lng));
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const k = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const scale = Math.min((W - 2 * PAD) / Math.max(1e-9, (maxLng - minLng) * k), (H - 2 * PAD) / Math.max(1e-9, maxLat - minLat));
  const x = (lng: number) => PAD + (lng - minLng) * k * scale;
  const y = (lat: number) => H - PAD - (lat - minLat) * scale;
  for (const { n, ring } of shapes) {
    const live = n.liveEpoch !== null;
    map.append(svg('polygon', {
      points: ring.map(([lat, lng]) => `${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join(' '),
      fill: live ? 'rgba(16,185,129,0.45)' : 'rgba(148,163,184,0.45)', stroke: '#0f172a', 'stroke-width': 1, 'data-node': n.id,
    }, svg('title', {}, `node #${n.id} (${n.kind}) in cell ${n.cell}`)));
  }
  return map;
}

export function rewardsView(ctx: Ctx): View {
  const owner = h('input', { name: 'owner', size: 50, value: routeParams().get('owner') ?? '', placeholder: 'owner address (empty: every node)', 'aria-label': 'Owner' });
  const body = h('div', {});
  const el = h('section', { class: 'view rewards', 'data-view': 'rewards' }, h('h1', {}, 'Rewards'),
    h('form', { class: 'controls', onsubmit: (e: Event) => { e.preventDefault(); void refresh(); } }, owner, h('button', { type: 'submit' }, 'Load')), body);
  const load = async () => {
    const who = owner.value.trim();
    setRouteParam('owner', who);
    const { api, rpc } = ctx.chain.c;
    const [epoch, fees, minted, cap] = await Promise.all([
      api.query.depinRewards.currentEpoch(), api.query.depinRewards.pendingFees(), api.query.depinRewards.totalMinted(),
      Promise.resolve(api.consts.depinRewards.maxMintPerEpoch),
    ]);
    const current = epoch.toNumber();
    const nodes: NodeRow[] = (await api.query.depinRewards.nodes.entries())
      .filter(([, n]) => n.isSome && (!who || n.unwrap().owner.toString() === who))
      .map(([key, n]) => {
        const v = n.unwrap();
        return { id: key.args[0].toNumber(), owner: v.owner.toString(), kind: v.kind.type, cell: v.cell.toBigInt().toString(16), stake: v.stake.toBigInt(),
          liveEpoch: v.liveEpoch.isSome ? v.liveEpoch.unwrap().toNumber() : null, unclaimed: v.livenessUnclaimed.toBigInt(), pending: null };
      }).sort((a, b) => a.id - b.id);
    await Promise.all(nodes.map(async (n) => { const p = await rpc.pendingReward(n.id); n.pending = p === null ? null : BigInt(p); }));
    const past = [...Array(Math.min(8, current)).keys()].map((i) => current - 1 - i);
    const [records, tallies] = await Promise.all([api.query.depinRewards.epochs.multi(past), api.query.depinRewards.epochLiveness.multi([current, ...past])]);
    const capValue = cap.toBigInt();
    const last = records[0]?.isSome ? records[0].unwrap().minted.toBigInt() : 0n;
    const tripped = past.length > 0 && last >= capValue;
    fill(body,
      h('div', { class: 'figures' },
        figure('nodes', 'nodes', nodes.length), figure('live', 'live this epoch', nodes.filter((n) => n.liveEpoch === current).length),
        figure('epoch', 'epoch', current), figure('fees', 'fees in this epoch\'s pool', units(fees.toBigInt())),
        figure('pending', 'pending rewards', units(nodes.reduce((s, n) => s + (n.pending ?? 0n), 0n))),
        figure('breaker', 'circuit breaker', tripped ? 'capped' : 'not reached'), figure('cap', 'most minted per epoch', units(capValue)),
        figure('minted', 'minted in all', units(minted.toBigInt()))),
      h('div', { class: 'split' }, h('div', { class: 'plot', 'data-map': '' }, notice('loading', 'Drawing the cells…')),
        nodes.length ? table(['node', 'kind', 'cell', 'stake', 'live in epoch', 'liveness unclaimed', 'pending'],
          nodes.map((n) => [`#${n.id}`, n.kind, h('code', {}, n.cell), units(n.stake), n.liveEpoch ?? '—', units(n.unclaimed), n.pending === null ? '—' : units(n.pending)]), { class: 'nodes' })
          : notice('empty', 'No node registered.')),
      h('h2', {}, 'Epochs'),
      table(['epoch', 'live stake', 'liveness pool', 'minted', 'fees', 'oracle pool'], [current, ...past].map((e, i) => {
        const t = tallies[i];
        const r = i === 0 ? null : records[i - 1];
        return [e === current ? `${e} (running)` : e, t.isSome ? units(t.unwrap().liveStake.toBigInt()) : '—', t.isSome ? units(t.unwrap().pool.toBigInt()) : '—',
          r?.isSome ? units(r.unwrap().minted.toBigInt()) : '—', r?.isSome ? units(r.unwrap().fees.toBigInt()) : '—', r?.isSome ? units(r.unwrap().oraclePool.toBigInt()) : '—'];
      }), { class: 'epochs' }));
    const slot = body.querySelector('[data-map]');
    if (slot) fill(slot, await cellMap(nodes));
  };
  const refresh = () => load().catch((e: Error) => fill(body, notice('error', e.message)));
  return { el, refresh };
}
