// iot-explorer: the shell (endpoints, connection state, navigation) and the hash router.
import './style.css';

import { Chain, type NodeState } from './chain.js';
import { endpoints, save } from './config.js';
import { fill, h } from './dom.js';
import { Gateway } from './gateway.js';
import type { Ctx, View } from './view.js';
import { deviceView } from './views/device.js';
import { fleetView } from './views/fleet.js';
import { paymentsView } from './views/payments.js';
import { productView } from './views/product.js';
import { rewardsView } from './views/rewards.js';
import { streamView } from './views/stream.js';

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const { rpc, gateway } = endpoints();

const status = $('status');
const banner = $('banner');
let gatewayUp = false;
let nodeState: NodeState = { kind: 'connecting' };

function showState() {
  const node = nodeState.kind === 'up' ? `node ✔ #${nodeState.finalized}` : nodeState.kind === 'connecting' ? 'node …' : 'node ✘';
  fill(status, h('span', { class: `dot ${nodeState.kind}`, 'data-node': nodeState.kind }, node), ' ',
    h('span', { class: `dot ${gatewayUp ? 'up' : 'down'}`, 'data-gateway': gatewayUp ? 'up' : 'down' }, gatewayUp ? 'gateway ✔' : 'gateway ✘'));
  const problems = [
    nodeState.kind === 'down' ? `The node at ${rpc} does not answer (${nodeState.why}); retrying every 5 s. Chain figures are not shown.` : '',
    gatewayUp ? '' : `The gateway at ${gateway} does not answer: readings and proofs are unavailable.`,
  ].filter(Boolean);
  banner.hidden = problems.length === 0;
  fill(banner, ...problems.map((p) => h('p', {}, p)));
}

const chain = new Chain(rpc, (s) => {
  nodeState = s;
  showState();
});
const ctx: Ctx = { chain, gateway: new Gateway(gateway), get gatewayUp() { return gatewayUp; } };

const routes: [RegExp, string, (m: RegExpMatchArray) => View][] = [
  [/^#\/device\/(\d+)/, 'fleet', (m) => deviceView(ctx, Number(m[1]))],
  [/^#\/stream\/(\d+)\/(\d+)/, 'fleet', (m) => streamView(ctx, Number(m[1]), Number(m[2]))],
  [/^#\/payments/, 'payments', () => paymentsView(ctx)],
  [/^#\/rewards/, 'rewards', () => rewardsView(ctx)],
  [/^#\/product/, 'product', () => productView(ctx)],
  [/^#\/(fleet)?/, 'fleet', () => fleetView(ctx)],
];
const nav: [string, string][] = [['fleet', 'Fleet'], ['payments', 'Payments'], ['rewards', 'Rewards'], ['product', 'Product']];

let current: View | null = null;
let refreshing: Promise<void> | null = null;
let again = false;

async function refresh() {
  if (!current?.refresh || nodeState.kind !== 'up') return;
  if (refreshing) {
    again = true;
    return;
  }
  const view = current;
  refreshing = view.refresh!().finally(() => { refreshing = null; });
  await refreshing;
  view.el.dataset.ready = 'true';
  if (again) {
    again = false;
    await refresh();
  }
}

function route() {
  const hash = location.hash || '#/fleet';
  // The last route matches any hash, so one always does.
  const [re, section, make] = routes.find(([r]) => r.test(hash))!;
  current?.dispose?.();
  current = make(hash.match(re)!);
  fill($('nav'), ...nav.map(([id, label]) => h('a', { href: `#/${id}`, class: id === section ? 'on' : '' }, label)));
  fill($('view'), current.el);
  void refresh();
}

function settingsForm() {
  const form = $('settings') as HTMLFormElement;
  const rpcIn = h('input', { name: 'rpc', value: rpc, size: 40 });
  const gwIn = h('input', { name: 'gateway', value: gateway, size: 40 });
  fill(form, h('label', {}, 'Node ', rpcIn), h('label', {}, 'Gateway ', gwIn), h('button', { type: 'submit' }, 'Save and reload'));
  form.onsubmit = (e) => {
    e.preventDefault();
    save({ rpc: rpcIn.value.trim(), gateway: gwIn.value.trim() });
    location.reload();
  };
  $('settings-toggle').onclick = () => { form.hidden = !form.hidden; };
}

async function watchGateway() {
  for (;;) {
    const up = await ctx.gateway.health();
    if (up !== gatewayUp) {
      gatewayUp = up;
      showState();
      void refresh();
    }
    await new Promise((r) => setTimeout(r, up ? 10_000 : 3_000));
  }
}

settingsForm();
showState();
window.addEventListener('hashchange', route);
chain.onFinalized(() => void refresh());
route();
void watchGateway();
void chain.start();
