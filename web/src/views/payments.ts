// Payments: the payment channels an account pays into or is paid from, with what is left.
import { figure, fill, h, notice, short, table, units } from '../dom.js';
import { ALICE, routeParams, setRouteParam, type Ctx, type View } from '../view.js';

export function paymentsView(ctx: Ctx): View {
  const account = h('input', { name: 'account', size: 50, value: routeParams().get('account') ?? ALICE, 'aria-label': 'Account' });
  const body = h('div', {});
  const el = h('section', { class: 'view payments', 'data-view': 'payments' }, h('h1', {}, 'Payments'),
    h('form', { class: 'controls', onsubmit: (e: Event) => { e.preventDefault(); void refresh(); } }, account, h('button', { type: 'submit' }, 'Load')), body);
  const load = async () => {
    const who = account.value.trim();
    setRouteParam('account', who);
    const { api } = ctx.chain.c;
    const now = ctx.chain.finalized;
    const channels = (await api.query.m2mPayments.channels.entries())
      .filter(([, c]) => c.isSome && (c.unwrap().payer.toString() === who || c.unwrap().payee.toString() === who))
      .map(([key, c]) => ({ id: key.args[0].toNumber(), c: c.unwrap() }))
      .sort((a, b) => a.id - b.id);
    const sum = (f: (x: (typeof channels)[number]) => bigint) => channels.reduce((n, x) => n + f(x), 0n);
    fill(body,
      h('div', { class: 'figures' },
        figure('channels', 'open channels', channels.length),
        figure('deposit', 'deposited', units(sum((x) => x.c.deposit.toBigInt()))),
        figure('claimed', 'claimed', units(sum((x) => x.c.claimed.toBigInt())))),
      channels.length ? table(['channel', 'role', 'payer', 'payee', 'signer', 'deposit', 'claimed', 'left', 'expires', 'closing'],
        channels.map(({ id, c }) => {
          const left = c.deposit.toBigInt() - c.claimed.toBigInt();
          const expires = c.expiresAt.toNumber();
          return [`#${id}`, c.payer.toString() === who ? 'payer' : 'payee', short(c.payer.toString()), short(c.payee.toString()),
            c.signer.isDevice ? `device #${c.signer.asDevice.toNumber()}` : short(c.signer.asAccount.toString()),
            units(c.deposit.toBigInt()), units(c.claimed.toBigInt()),
            h('span', { class: 'bar', style: `--f:${c.deposit.isZero() ? 0 : Number((left * 100n) / c.deposit.toBigInt())}%` }, units(left)),
            expires > now ? `block ${expires} (in ${expires - now})` : `expired at ${expires}`,
            c.closesAt.isSome ? `closes at block ${c.closesAt.unwrap().toNumber()}` : 'open'];
        }), { class: 'channels' }) : notice('empty', 'No open channel for this account.'));
  };
  const refresh = () => load().catch((e: Error) => fill(body, notice('error', e.message)));
  return { el, refresh };
}
