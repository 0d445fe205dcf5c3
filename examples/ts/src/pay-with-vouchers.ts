// Pay with vouchers: a machine (here Alice's account) opens a payment channel to a charging
// station (Bob), then pays per use by signing cumulative vouchers off chain: no transaction per
// payment. Bob claims the latest voucher whenever he likes, and the channel closes cooperatively
// with the final one, returning the unspent deposit.
//
//   node examples/ts/dist/src/pay-with-vouchers.js ws://127.0.0.1:9944
import { Keyring } from '@polkadot/keyring';
import { connect, signedVoucherArg, submitOk, voucherPayload } from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944'] = process.argv.slice(2);
const { api, rpc, genesis } = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const [payer, payee] = [keyring.addFromUri('//Alice'), keyring.addFromUri('//Bob')];
const MILLI = 1_000_000_000n; // 0.001 IOT (12 decimals)

// Open: 10 milli-IOT held from the payer for at most 1,000 blocks.
const events = await submitOk(api, api.tx.m2mPayments.openChannel(payee.address, null, 10n * MILLI, 1_000), payer);
const opened = events.find(({ event }) => api.events.m2mPayments.ChannelOpened.is(event));
if (!opened || !api.events.m2mPayments.ChannelOpened.is(opened.event)) throw new Error('no ChannelOpened event');
const channel = opened.event.data.channel.toBigInt();

// Each use adds 0.25 milli-IOT; the payer signs the running total. These never touch the chain.
const vouchers = [1n, 2n, 3n, 4n].map((n) => {
  const voucher = { channel, cumulative: (n * MILLI) / 4n, nonce: n };
  return signedVoucherArg(voucher, { kind: 'Sr25519', bytes: payer.sign(voucherPayload(genesis, voucher)) });
});
console.log(`channel ${channel}: ${vouchers.length} vouchers signed off chain`);

// The payee claims the third (only the latest matters), then closes with the fourth: the
// close pays the rest of the total and refunds the unspent deposit to the payer.
await submitOk(api, api.tx.m2mPayments.claim(vouchers[2].voucher, vouchers[2].signature), payee);
console.log('after claiming voucher 3:', await rpc.channel(Number(channel)));
const closing = await submitOk(api, api.tx.m2mPayments.cooperativeClose(channel, vouchers[3]), payee);
const closed = closing.find(({ event }) => api.events.m2mPayments.ChannelClosed.is(event));
if (!closed || !api.events.m2mPayments.ChannelClosed.is(closed.event)) throw new Error('no ChannelClosed event');
const [paid, refunded] = [closed.event.data.paid.toBigInt(), closed.event.data.refunded.toBigInt()];
console.log(`closed: the payee was paid ${paid} planck in all, the payer refunded ${refunded}`);
if (paid !== MILLI || paid + refunded !== 10n * MILLI) throw new Error('the channel did not pay what the vouchers say');
if (await rpc.channel(Number(channel)) !== null) throw new Error('the channel is still open');
await api.disconnect();
