// Fleet: an owner's devices in a virtualised, filtered and sorted list; the figures on top.
import type { DeviceRow, RowDetail } from '../chain.js';
import { ago, figure, fill, h, notice, short } from '../dom.js';
import { virtualList } from '../vlist.js';
import { ALICE, routeParams, setRouteParam, type Ctx, type View } from '../view.js';

const CHUNK = 1_000;

const age = (ms: number | null) => ago(ms, 'no reading');
type SortKey = 'id' | 'status' | 'class' | 'streams';

export function fleetView(ctx: Ctx): View {
  const owner = h('input', { name: 'owner', size: 50, value: routeParams().get('owner') ?? ALICE, 'aria-label': 'Owner address' });
  const filter = h('input', { name: 'filter', placeholder: 'filter: id, class, key kind', 'aria-label': 'Filter' });
  const status = h('select', { name: 'status', 'aria-label': 'Status' }, ...['all', 'Active', 'Suspended', 'Revoked'].map((s) => h('option', { value: s }, s)));
  const sort = h('select', { name: 'sort', 'aria-label': 'Sort' }, ...(['id', 'status', 'class', 'streams'] as SortKey[]).map((s) => h('option', { value: s }, `sort by ${s}`)));
  const figures = h('div', { class: 'figures' });
  const body = h('div', {});
  // Anchors, gaps and sponsorship are read for the rows on screen only, as they scroll in.
  const details = new Map<number, RowDetail>();
  const wanted = new Set<number>();
  let fetching = false;
  const fetchDetails = async () => {
    if (fetching || !wanted.size) return;
    fetching = true;
    const ids = [...wanted].slice(0, 50);
    ids.forEach((id) => wanted.delete(id));
    try {
      for (const [id, d] of await ctx.chain.rowDetails(ids)) details.set(id, d);
      list.redraw();
    } catch {
      // The node went away: the rows keep their placeholders until the next refresh.
    } finally {
      fetching = false;
      if (wanted.size) void fetchDetails();
    }
  };
  const detail = (d: DeviceRow) => {
    const x = details.get(d.id);
    if (!x) {
      wanted.add(d.id);
      queueMicrotask(() => void fetchDetails());
      return [h('span', { class: 'muted' }, '…'), h('span', {}, ''), h('span', {}, '')];
    }
    return [h('span', { title: 'last anchor' }, x.lastAnchor === null ? 'never anchored' : `#${x.lastAnchor} · ${age(x.lastTimestamp)}`),
      h('span', { class: x.missing ? 'warn' : '' }, x.missing ? `${x.missing} missing` : 'no gap'), h('span', {}, x.sponsored ? 'sponsored' : '')];
  };
  const list = virtualList<DeviceRow>(32, 480, (d) => h('a', { class: 'row', href: `#/device/${d.id}`, 'data-device': d.id },
    h('span', { class: 'c-id' }, `#${d.id}`), h('span', { class: `c-status s-${d.status.toLowerCase()}` }, d.status),
    h('span', { class: 'c-class' }, d.class), h('span', {}, d.keyKind), h('span', { title: d.firmware }, short(d.firmware, 4)),
    h('span', {}, `${d.streams} stream${d.streams === 1 ? '' : 's'}`), h('span', {}, d.certified ? 'certified' : ''),
    h('span', {}, d.rotations ? `${d.rotations} rotation${d.rotations === 1 ? '' : 's'}` : ''), ...detail(d)));
  let rows: DeviceRow[] = [];
  let loadedFor = '';

  const show = () => {
    const q = filter.value.trim().toLowerCase();
    const key = sort.value as SortKey;
    const shown = rows.filter((d) => (status.value === 'all' || d.status === status.value)
      && (!q || `#${d.id} ${d.id} ${d.class} ${d.keyKind}`.toLowerCase().includes(q)));
    shown.sort((a, b) => (key === 'id' ? a.id - b.id : key === 'streams' ? b.streams - a.streams : a[key].localeCompare(b[key]) || a.id - b.id));
    const count = (s: string) => rows.filter((d) => d.status === s).length;
    fill(figures,
      figure('devices', 'devices', rows.length.toLocaleString('en')),
      figure('active', 'active', count('Active').toLocaleString('en')),
      figure('suspended', 'suspended', count('Suspended').toLocaleString('en')),
      figure('revoked', 'revoked', count('Revoked').toLocaleString('en')),
      figure('streams', 'streams', rows.reduce((n, d) => n + d.streams, 0).toLocaleString('en')),
      figure('shown', 'shown', shown.length.toLocaleString('en')));
    list.set(shown);
    fill(body, shown.length ? list.el : notice('empty', rows.length ? 'No device matches the filter.' : 'This account owns no device.'));
  };

  const load = async () => {
    const who = owner.value.trim();
    loadedFor = who;
    setRouteParam('owner', who);
    fill(body, notice('loading', 'Reading the owner\'s devices…'));
    const started = performance.now();
    const ids = await ctx.chain.deviceIds(who);
    const next: DeviceRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) next.push(...await ctx.chain.deviceRows(ids.slice(i, i + CHUNK)));
    if (loadedFor !== who) return;
    rows = next;
    details.clear();
    el.dataset.loadMs = String(Math.round(performance.now() - started));
    show();
  };

  const el = h('section', { class: 'view fleet', 'data-view': 'fleet' },
    h('h1', {}, 'Fleet'),
    h('form', { class: 'controls', onsubmit: (e: Event) => { e.preventDefault(); void load().catch(fail); } },
      owner, h('button', { type: 'submit' }, 'Load')),
    figures, h('div', { class: 'controls' }, filter, status, sort),
    h('div', { class: 'row head' }, ...['device', 'status', 'class', 'key', 'firmware', 'streams', 'certified', 'rotations', 'last anchor · reading', 'gaps', 'fees'].map((c) => h('span', {}, c))),
    body);
  const fail = (e: Error) => fill(body, notice('error', e.message));
  filter.addEventListener('input', show);
  status.addEventListener('change', show);
  sort.addEventListener('change', show);
  return { el, refresh: () => load().catch(fail) };
}
