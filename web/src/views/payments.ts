// Payments: the payment channels an account pays into or is paid from, with what is left, and
// its escrows (agreements) with their release conditions and status.
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
    const escrows = (await api.query.m2mPayments.agreements.entries())
      .filter(([, a]) => a.isSome && (a.unwrap().consumer.toString() === who || a.unwrap().provider.toString() === who))
      .map(([key, a]) => ({ id: key.args[0].toNumber(), a: a.unwrap() }))
      .sort((x, y) => x.id - y.id);
    const sum = (f: (x: (typeof channels)[number]) => bigint) => channels.reduce((n, x) => n + f(x), 0n);
    fill(body,
      h('div', { class: 'figures' },
        figure('channels', 'open channels', channels.length),
        figure('deposit', 'deposited', units(sum((x) => x.c.deposit.toBigInt()))),
        figure('claimed', 'claimed', units(sum((x) => x.c.claimed.toBigInt()))),
        figure('escrows', 'escrows', escrows.length),
        figure('escrowed', 'in escrow', units(escrows.reduce((n, x) => n + x.a.amount.toBigInt(), 0n)))),
      h('h2', {}, 'Channels'),
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
        }), { class: 'channels' }) : notice('empty', 'No open channel for this account.'),
      h('h2', {}, 'Escrows'),
      escrows.length ? table(['escrow', 'role', 'consumer', 'provider', 'amount', 'released when', 'deadline', 'status'],
        escrows.map(({ id, a }) => {
          const c = a.condition;
          const condition = c.isAllReadingsWithin
            ? `every reading ${c.asAllReadingsWithin.from.toNumber()}…${c.asAllReadingsWithin.to.toNumber()} of device #${c.asAllReadingsWithin.device.toNumber()}/${c.asAllReadingsWithin.stream.toNumber()} within ${c.asAllReadingsWithin.min.toNumber()}…${c.asAllReadingsWithin.max.toNumber()}`
            : c.isConsumerConfirms ? 'the consumer confirms' : c.type;
          const deadline = a.deadline.toNumber();
          const status = a.status.isDisputed
            ? `disputed by ${short(a.status.asDisputed.by.toString())} at block ${a.status.asDisputed.raisedAt.toNumber()}${a.status.asDisputed.proven.isTrue ? ' (proven)' : ''}`
            : 'active';
          return [`#${id}`, a.consumer.toString() === who ? 'consumer' : 'provider', short(a.consumer.toString()), short(a.provider.toString()),
            units(a.amount.toBigInt()), condition, deadline > now ? `block ${deadline} (in ${deadline - now})` : `passed (${deadline})`, h('span', { 'data-escrow-status': status.split(' ')[0] }, status)];
        }), { class: 'escrows' }) : notice('empty', 'No escrow for this account.'));
  };
  const refresh = () => load().catch((e: Error) => fill(body, notice('error', e.message)));
  return { el, refresh };
}
