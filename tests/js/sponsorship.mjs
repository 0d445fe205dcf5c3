// A device with no balance signs a transaction with @polkadot/api's default signing, and its
// owner's sponsorship budget pays the fee. Run by node/tests/fee_sponsorship.rs, which registers
// and sponsors the device first.
//
// Usage: node sponsorship.mjs <ws-url> <device-id> <owner-account-hex>
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';

import { connect, failure, submit } from './client.mjs';

const [url, deviceArg, owner] = process.argv.slice(2);
const device = Number(deviceArg);
const MILLI = 1_000_000_000n;

const api = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const deviceKey = keyring.addFromUri('//sponsored-by-polkadot-js');
const bob = keyring.addFromUri('//Bob');

const budget = async () => (await api.query.feeSponsorship.budgets(owner)).unwrap().amount.toBigInt();
const free = async (who) => (await api.query.system.account(who)).data.free.toBigInt();

/** Submits `tx` signed by `signer`; its events, if it succeeded. */
async function send(tx, signer) {
  const events = await submit(tx, signer);
  assert.equal(failure(api, events), undefined, 'the transaction succeeds');
  return events;
}

try {
  assert.equal(await free(deviceKey.address), 0n, 'the device starts with nothing');
  const before = await budget();
  const bobBefore = await free(bob.address);

  const events = await send(api.tx.m2mPayments.devicePay(device, bob.address, MILLI), deviceKey);
  const sponsored = events.find(({ event }) => api.events.feeSponsorship.FeeSponsored.is(event));
  assert.ok(sponsored, 'FeeSponsored is among the events');
  const { device: paidFor, owner: payer, fee } = sponsored.event.data;
  assert.equal(paidFor.toNumber(), device);
  assert.equal(payer.toHex(), owner);
  assert.ok(fee.toBigInt() > 0n);
  const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
  assert.equal(feePaid.event.data.who.toString(), deviceKey.address);

  assert.equal(await budget(), before - fee.toBigInt(), 'the fee came from the budget');
  assert.equal(await free(deviceKey.address), 0n, 'the device paid nothing');
  assert.equal(await free(bob.address), bobBefore + MILLI);

  // Outside the sponsored scopes: refused by the pool before it costs the node anything.
  await assert.rejects(
    api.tx.system.remark('0x00').signAndSend(deviceKey),
    (e) => /Custom error: 3/.test(e.message),
  );
  console.log(`@polkadot/api: device ${device} paid through its owner's budget, fee ${fee.toBigInt()}`);
} finally {
  await api.disconnect();
}
