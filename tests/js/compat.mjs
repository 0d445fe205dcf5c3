// Polkadot.js compatibility suite: what Polkadot.js apps does with the chain, through
// @polkadot/api with its default signing (v4 extrinsics, keyring sr25519 dev accounts).
//
// It reads the chain properties, every storage item of every custom pallet and every custom
// runtime API, and signs and submits every call of the custom pallets, checking that each
// transaction's events decode with their field names. Any decode or signing error fails it.
// Calls that cannot succeed on a fresh dev chain (an epoch has not ended, a window is open) are
// submitted anyway and must fail with the expected module error.
// It also calls every view function of the custom pallets, and fails if a custom call exists
// that it does not submit (a new call must join the suite).
//
// Usage: node compat.mjs <ws-url>
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';

import { connect, failure, submit } from './client.mjs';
import {
  deviceKeyLeaf, merkleProof, merkleRoot, reading, readingArg, readingLeaf, registration as registrationOf,
  rotationPayload, signedVoucher as voucherOf,
} from './payloads.mjs';

const [url] = process.argv.slice(2);
const PALLETS = ['deviceRegistry', 'telemetryAnchor', 'm2mPayments', 'depinRewards', 'feeSponsorship', 'provenance', 'dataAccess'];
const MILLI = 1_000_000_000n;
const CELL = 0x0852_8347_3fff_ffffn;

const api = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
const genesis = api.genesisHash.toU8a();
const submitted = new Set();

const deviceKey = (uri) => keyring.addFromUri(uri);
const registration = (device, owner, certificate) => registrationOf(genesis, device, owner, certificate);

/**
 * Signs `tx` with `signer`, waits until it is in a block, checks that every event decodes with
 * named fields, and returns the events. `expectFailure` names the module error a call is
 * submitted to show (the transaction is still included and its events decode).
 */
async function send(signer, tx, expectFailure) {
  const inner = tx.method.section === 'sudo' ? tx.method.args[0] : tx.method;
  submitted.add(`${inner.section}.${inner.method}`);
  const events = await submit(tx, signer);
  for (const { event } of events) {
    JSON.stringify(event.toHuman());
    if (PALLETS.includes(event.section)) {
      assert.ok(event.data.names?.length === event.data.length, `${event.section}.${event.method} has named fields`);
    }
  }
  const reason = failure(api, events);
  if (expectFailure) assert.equal(reason, expectFailure, `${inner.section}.${inner.method} fails as expected`);
  else assert.equal(reason, undefined, `${inner.section}.${inner.method} succeeds`);
  return events;
}

const eventOf = (events, section, method) => {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  assert.ok(found, `${section}.${method} emitted`);
  return found.event.data;
};

// --- The chain as Polkadot.js apps first sees it.
const properties = await api.rpc.system.properties();
assert.equal(properties.ss58Format.unwrap().toNumber(), 42);
assert.equal(properties.tokenDecimals.unwrap()[0].toNumber(), 12);
assert.equal(properties.tokenSymbol.unwrap()[0].toString(), 'IOT');
for (const pallet of PALLETS) assert.ok(api.tx[pallet], `${pallet} is in the metadata`);

// --- Device registry: a manufacturer provisions two keys, Alice registers devices and manages
// their life cycle, operators and transfers.
const [k1, k2, k3, k4] = ['//compat-1', '//compat-2', '//compat-3', '//compat-4'].map(deviceKey);
const [leaf1, leaf2] = [deviceKeyLeaf(k1), deviceKeyLeaf(k2)];
const root = merkleRoot([leaf1, leaf2]);

await send(alice, api.tx.sudo.sudo(api.tx.deviceRegistry.registerManufacturer(charlie.address, 'acme')));
await send(charlie, api.tx.deviceRegistry.publishRoots([[root, 2]]));
const certificate = (index, sibling) => ({ maker: charlie.address, root, leafIndex: index, proof: [sibling] });

let events = await send(alice, api.tx.deviceRegistry.registerDevice(registration(k1, alice, certificate(0, leaf2))));
const d1 = eventOf(events, 'deviceRegistry', 'DeviceRegistered').device.toNumber();
events = await send(alice, api.tx.deviceRegistry.registerDevices([
  registration(k2, alice, certificate(1, leaf1)),
  registration(k3, alice),
]));
const [d2, d3] = events
  .filter(({ event }) => event.section === 'deviceRegistry' && event.method === 'DeviceRegistered')
  .map(({ event }) => event.data.device.toNumber());
await send(charlie, api.tx.deviceRegistry.revokeCertification(d2));
await send(alice, api.tx.sudo.sudo(api.tx.deviceRegistry.removeManufacturer(charlie.address)), 'ManufacturerHasRoots');
// Roots can be withdrawn by their maker or removed by governance; then the maker can go.
await send(charlie, api.tx.deviceRegistry.publishRoots([[leaf1, 1]]));
await send(charlie, api.tx.deviceRegistry.withdrawRoot(root));
await send(alice, api.tx.sudo.sudo(api.tx.deviceRegistry.forceRemoveRoot(charlie.address, leaf1)));
await send(alice, api.tx.sudo.sudo(api.tx.deviceRegistry.removeManufacturer(charlie.address)));

await send(alice, api.tx.deviceRegistry.updateDevice(d1, 'ipfs://bafy-compat-2', u8aToHex(root), CELL));
await send(alice, api.tx.deviceRegistry.suspend(d1));
await send(alice, api.tx.deviceRegistry.resume(d1));
const rotation = rotationPayload(genesis, d3, k4, 0);
await send(alice, api.tx.deviceRegistry.rotateKey(d3, { Sr25519: k4.publicKey }, { Sr25519: k3.sign(rotation) }, { Sr25519: k4.sign(rotation) }));
await send(alice, api.tx.deviceRegistry.grantOperator({ Device: d1 }, bob.address, 1, null));
await send(alice, api.tx.deviceRegistry.revokeOperator({ Device: d1 }, bob.address));
await send(alice, api.tx.deviceRegistry.offerTransfer(d3, bob.address));
await send(alice, api.tx.deviceRegistry.cancelTransfer(d3));
await send(alice, api.tx.deviceRegistry.offerTransfer(d3, bob.address));
await send(bob, api.tx.deviceRegistry.acceptTransfer(d3));
assert.equal((await api.call.devicesApi.device(d3)).unwrap().owner.toString(), bob.address);

// --- Fee sponsorship: Alice sponsors d2 and takes it all back.
await send(alice, api.tx.feeSponsorship.fund(100n * MILLI));
await send(alice, api.tx.feeSponsorship.setAlert(10n * MILLI));
await send(alice, api.tx.feeSponsorship.sponsorDevice(d2, { fees: 10n * MILLI, transactions: 10, scopes: 0b11111 }));
await send(alice, api.tx.feeSponsorship.unsponsorDevice(d2));
await send(alice, api.tx.feeSponsorship.withdraw(100n * MILLI));

// --- Telemetry: streams, an anchored batch of two readings of d2, an attested reading.
// Three readings: the last one's node is promoted unhashed, as binary-merkle-tree does.
const readings = [[0, 1_000, 10], [1, 2_000, 20], [2, 3_000, 30]].map(([seq, at, value]) => reading(d2, 1, seq, at, value));
const batchLeaves = readings.map(readingLeaf);
const batchRoot = merkleRoot(batchLeaves);
await send(alice, api.tx.telemetryAnchor.declareStream(d2, 1, 'temperature', 7, 60_000));
await send(alice, api.tx.telemetryAnchor.declareStream(d1, 1, 'temperature', 7, 60_000));
events = await send(alice, api.tx.telemetryAnchor.anchorBatch(batchRoot, 3, [{
  range: { device: d2, stream: 1, firstSequence: 0, lastSequence: 2, firstTimestamp: 1_000, lastTimestamp: 3_000, count: 3 },
  signedSummary: null,
}], 'ipfs://bafy-batch'));
const anchor = eventOf(events, 'telemetryAnchor', 'BatchAnchored').anchor.toNumber();
for (const index of [0, 1, 2]) {
  const proof = { leafIndex: index, siblings: merkleProof(batchLeaves, index) };
  assert.equal((await api.call.telemetryApi.verifyReading(anchor, readingArg(readings[index]), proof)).toJSON(), true, `reading ${index} verifies`);
}
// Only readings of device-signed ranges are attested (they release escrows).
await send(bob, api.tx.telemetryAnchor.attestReading(anchor, readingArg(readings[2]), 2, merkleProof(batchLeaves, 2)), 'UnsignedRange');
await send(bob, api.tx.telemetryAnchor.resetStream(d2, 1), 'NotOwner');
await send(alice, api.tx.telemetryAnchor.resetStream(d2, 1));
await send(alice, api.tx.telemetryAnchor.requireSigned(d2, 1));
await send(alice, api.tx.telemetryAnchor.anchorBatch(batchRoot, 3, [{
  range: { device: d2, stream: 1, firstSequence: 0, lastSequence: 2, firstTimestamp: 1_000, lastTimestamp: 3_000, count: 3 },
  signedSummary: null,
}], null), 'UnsignedRange');

await send(alice, api.tx.deviceRegistry.revoke(d1));
events = await send(alice, api.tx.deviceRegistry.deregister(d1));
// Deregistration reaps the device's streams (DeviceLifecycle); nothing is left to reap by hand.
eventOf(events, 'telemetryAnchor', 'StreamReaped');
await send(alice, api.tx.telemetryAnchor.reapStream(d1, 1), 'UnknownStream');

// --- Machine-to-machine payments: a spending limit, channels with vouchers, escrows.
await send(alice, api.tx.m2mPayments.setSpendingLimit(d2, 100n * MILLI, 600));
await send(alice, api.tx.m2mPayments.devicePay(d2, bob.address, MILLI));
await send(alice, api.tx.m2mPayments.removeSpendingLimit(d2));

const signedVoucher = (channel, cumulative, nonce) => voucherOf(genesis, alice, channel, cumulative, nonce);
events = await send(alice, api.tx.m2mPayments.openChannel(bob.address, null, 10n * MILLI, 1_000));
const channel = eventOf(events, 'm2mPayments', 'ChannelOpened').channel.toNumber();
await send(alice, api.tx.m2mPayments.topUp(channel, MILLI, null));
const first = signedVoucher(channel, MILLI, 1);
await send(bob, api.tx.m2mPayments.claim(first.voucher, first.signature));
await send(bob, api.tx.m2mPayments.settle([signedVoucher(channel, 2n * MILLI, 2)]));
await send(bob, api.tx.m2mPayments.cooperativeClose(channel, signedVoucher(channel, 3n * MILLI, 3)));
events = await send(alice, api.tx.m2mPayments.openChannel(bob.address, null, 10n * MILLI, 1_000));
const second = eventOf(events, 'm2mPayments', 'ChannelOpened').channel.toNumber();
await send(alice, api.tx.m2mPayments.startClose(second));
await send(bob, api.tx.m2mPayments.finalizeClose(second), 'ClaimWindowOpen');

const agreement = async () => {
  const created = await send(alice, api.tx.m2mPayments.createAgreement(bob.address, 10n * MILLI, 'ConsumerConfirms', 100));
  return eventOf(created, 'm2mPayments', 'AgreementCreated').agreement.toNumber();
};
await send(alice, api.tx.m2mPayments.confirm(await agreement()));
const disputed = await agreement();
await send(bob, api.tx.m2mPayments.dispute(disputed));
await send(alice, api.tx.sudo.sudo(api.tx.m2mPayments.resolveDispute(disputed, 500_000_000)));
const expiring = await agreement();
await send(alice, api.tx.m2mPayments.dispute(expiring));
await send(bob, api.tx.m2mPayments.settleExpiredDispute(expiring), 'DisputeNotExpired');
const pending = await agreement();
await send(bob, api.tx.m2mPayments.release(pending, { Reading: 1 }), 'WrongEvidence');
await send(alice, api.tx.m2mPayments.refund(pending), 'DeadlineNotReached');

// --- DePIN rewards: a node with stake; oracle and claim calls before any epoch ended.
await send(alice, api.tx.depinRewards.registerNode(d2, 'Hotspot', CELL, null, 0));
await send(alice, api.tx.depinRewards.bond(d2, MILLI));
await send(alice, api.tx.depinRewards.unbond(d2, MILLI));
await send(alice, api.tx.depinRewards.withdrawUnbonded(d2), 'NothingToWithdraw');
await send(alice, api.tx.sudo.sudo(api.tx.depinRewards.setOracles([alice.address, bob.address, charlie.address], 2)));
await send(alice, api.tx.depinRewards.attestRoot(0, root, 1, 0), 'EpochNotEnded');
await send(bob, api.tx.depinRewards.claim(d2, alice.address, 0, 1, 0, []), 'UnknownRoot');
await send(bob, api.tx.depinRewards.claimLiveness(d2), 'NothingToClaim');
await send(bob, api.tx.depinRewards.challenge(0, { Node: d2 }, root, null), 'UnknownRoot');
const entry = { owner: alice.address, cumulative: 1, index: 0, proof: [root] };
await send(bob, api.tx.depinRewards.challenge(0, 'Root', root, entry), 'EntryForRoot');
await send(alice, api.tx.sudo.sudo(api.tx.depinRewards.resolveChallenge(0, true)), 'UnknownChallenge');
await send(bob, api.tx.depinRewards.expireChallenge(0), 'UnknownChallenge');
await send(alice, api.tx.sudo.sudo(api.tx.depinRewards.setRequireCertified(false)));
await send(alice, api.tx.depinRewards.deregisterNode(d2), 'StakeRemaining');
await send(alice, api.tx.depinRewards.withdrawRetired(d2), 'UnknownNode');

// --- Provenance: Bob's lot made into a unit, packed, handed over on a leg, a tag, a recall.
const context = { time: 1_780_000_000_000, place: { Cell: CELL }, step: 'commissioning', disposition: 'active', document: u8aToHex(root), corrects: null };
const newItem = (kind, key) => ({ kind, class: root, key, tag: null });
events = await send(bob, api.tx.provenance.commission([
  newItem({ Lot: { quantity: 500_000, uom: new TextEncoder().encode('KGM') } }, '010950600013435210L1'),
  newItem('Container', '00095060001343520017'),
], context));
const lot = eventOf(events, 'provenance', 'Commissioned').first.toNumber();
const crate = lot + 1;
events = await send(bob, api.tx.provenance.transform([lot], [newItem('Unit', '010950600013435221C1')], context));
const unit = eventOf(events, 'provenance', 'Transformed').first.toNumber();
await send(bob, api.tx.provenance.observe([unit], { ...context, step: 'inspecting' }));
await send(bob, api.tx.provenance.aggregate(crate, [unit], { ...context, step: 'packing' }));
await send(bob, api.tx.provenance.disaggregate(crate, [unit], { ...context, step: 'unpacking' }));
await send(bob, api.tx.provenance.bindTag(unit, d3));
await send(bob, api.tx.provenance.proposeHandoff(crate, charlie.address, 'Custody'));
await send(charlie, api.tx.provenance.rejectHandoff(crate));
await send(bob, api.tx.provenance.proposeHandoff(crate, charlie.address, 'Both'));
await send(bob, api.tx.provenance.cancelHandoff(crate));
events = await send(bob, api.tx.provenance.startLeg(crate, d2, 1, { min: 200, max: 800, maxExcursion: 0 }));
const leg = eventOf(events, 'provenance', 'LegStarted').leg.toNumber();
await send(bob, api.tx.provenance.proposeHandoff(crate, charlie.address, 'Custody'));
events = await send(charlie, api.tx.provenance.acceptHandoff(crate));
eventOf(events, 'provenance', 'LegEnded');
await send(bob, api.tx.provenance.endLeg(leg), 'LegEnded');
// Charlie hands the crate back without a proposal: he signs off chain, Bob submits.
const header = await api.rpc.chain.getHeader();
const deadline = header.number.toNumber() + 100;
const history = (await api.query.provenance.items(crate)).unwrap().events.toNumber();
const handoffPayload = u8aConcat(
  api.createType('Bytes', 'iot/prov/hnd1').toU8a(),
  genesis,
  api.createType('(u64, AccountId, AccountId, u8, u32, u32)', [crate, charlie.address, bob.address, 0, deadline, history]).toU8a(),
);
await send(bob, api.tx.provenance.handoffSigned(crate, charlie.address, bob.address, 'Custody', deadline, { Sr25519: charlie.sign(handoffPayload) }));
assert.equal((await api.call.provenanceApi.itemStory(crate)).unwrap().custodian.toString(), bob.address);
await send(charlie, api.tx.provenance.proveLeg(leg, [999]), 'NotAnchored');
await send(charlie, api.tx.provenance.expireLeg(leg), 'DeadlineNotReached');
await send(bob, api.tx.provenance.decommission([unit], { ...context, step: 'decommissioning' }));
await send(bob, api.tx.provenance.recall(lot, null));
const story = (await api.call.provenanceApi.itemStory(unit)).unwrap();
assert.equal(story.recalledBy.unwrap().toNumber(), lot, 'the unit reads as recalled through its lot');

// --- Data access: Alice sells d2's stream 1; Bob buys it three ways, Charlie gets it granted.
await send(bob, api.tx.dataAccess.setEncryptionKey(u8aToHex(new Uint8Array(32).fill(9))));
await send(alice, api.tx.dataAccess.grant(d2, 1, charlie.address, 0, null, null));
await send(charlie, api.tx.dataAccess.renounce(d2, 1));
await send(alice, api.tx.dataAccess.offer(d2, 1, MILLI, 10, 12, 0));
await send(bob, api.tx.dataAccess.subscribe(d2, 1, 2, MILLI, 'Own'));
assert.equal((await api.call.dataAccessApi.canRead(bob.address, d2, 1, 0)).toJSON(), true, 'a subscriber reads');
await send(charlie, api.tx.dataAccess.settle(d2, 1, bob.address), 'NothingToSettle');
events = await send(alice, api.tx.dataAccess.revoke(d2, 1, bob.address));
assert.ok(eventOf(events, 'dataAccess', 'AccessEnded').refunded.toBigInt() > 0n, 'the unserved part is refunded');
await send(bob, api.tx.dataAccess.subscribe(d2, 1, 1, MILLI, { Device: d3 }));
await send(bob, api.tx.dataAccess.renounce(d2, 1));
events = await send(bob, api.tx.m2mPayments.openChannel(alice.address, null, 10n * MILLI, 1_000));
const dataChannel = eventOf(events, 'm2mPayments', 'ChannelOpened').channel.toNumber();
const paid = voucherOf(genesis, bob, dataChannel, 2n * MILLI, 1);
events = await send(bob, api.tx.dataAccess.subscribe(d2, 1, 2, MILLI, { Channel: paid }));
eventOf(events, 'm2mPayments', 'VoucherRedeemed');
await send(alice, api.tx.dataAccess.withdrawOffer(d2, 1));
await send(bob, api.tx.dataAccess.removeEncryptionKey());

// --- Every storage item of every custom pallet decodes.
let items = 0;
for (const pallet of PALLETS) {
  for (const entry of Object.values(api.query[pallet])) {
    const values = entry.creator.meta.type.isPlain ? [await entry()] : (await entry.entries()).map(([, v]) => v);
    for (const value of values) JSON.stringify(value.toHuman());
    items += 1;
  }
}

// --- Every custom runtime API answers and decodes.
const answers = [
  await api.call.devicesApi.device(0),
  await api.call.devicesApi.devicesOf(alice.address, null, 10),
  await api.call.telemetryApi.verifyReading(0, readingArg(reading(0, 1, 0, 0, 0)), { leafIndex: 0, siblings: [] }),
  await api.call.telemetryApi.anchoredRange(0, 0, 1),
  await api.call.paymentsApi.channel(0),
  await api.call.paymentsApi.claimable({ channel: 0, cumulative: 1, nonce: 1 }, { Sr25519: new Uint8Array(64) }),
  await api.call.paymentsApi.agreement(0),
  await api.call.rewardsApi.node(0),
  await api.call.rewardsApi.pendingReward(0),
  await api.call.provenanceApi.itemStory(unit),
  await api.call.provenanceApi.itemByKey('010950600013435221C1'),
  await api.call.provenanceApi.verifyTag(unit, root, { Sr25519: new Uint8Array(64) }),
  await api.call.telemetryApi.verifySealed(anchor, {
    device: d2, stream: 1, sequence: 0, timestamp: 1_000, ciphertext: root,
  }, { leafIndex: 0, siblings: [] }),
  await api.call.dataAccessApi.canRead(charlie.address, d2, 1, 0),
  await api.call.dataAccessApi.readers(d2, 1),
  await api.call.dataAccessApi.accessOf(bob.address, null, 10),
  await api.call.dataAccessApi.offer(d2, 1),
  await api.call.dataAccessApi.encryptionKey(bob.address),
];
for (const answer of answers) JSON.stringify(answer.toHuman());
assert.ok(answers[1].toJSON().includes(0), 'Alice owns dev device 0');
assert.equal(answers[10].toJSON(), unit, 'the unit is found by its key');
assert.equal(answers[11].toJSON(), false, 'a zero signature proves no tag');
assert.equal(answers[12].toJSON(), false, 'a made-up ciphertext is not under the anchor');
assert.equal(answers[13].toJSON(), false, 'Charlie renounced');
assert.equal(answers[15].toJSON().length, 1, 'Bob holds the subscription he paid by voucher');

// --- Every view function of every custom pallet answers (with default inputs) and decodes.
const lookup = (type) => api.registry.createLookupType(type);
let views = 0;
for (const pallet of api.runtimeMetadata.asLatest.pallets) {
  if (!PALLETS.includes(pallet.name.toString().replace(/^./, (c) => c.toLowerCase()))) continue;
  for (const view of pallet.viewFunctions) {
    const id = view.id.toU8a();
    const input = u8aConcat(...view.inputs.map((i) => api.registry.createType(lookup(i.type)).toU8a()));
    const result = await api.call.runtimeViewFunction.executeViewFunction(
      { prefix: id.slice(0, 16), suffix: id.slice(16) }, u8aToHex(input));
    assert.ok(result.isOk, `${pallet.name}.${view.name}: ${result.toString()}`);
    JSON.stringify(api.registry.createType(lookup(view.output), result.asOk.toU8a(true)).toHuman());
    views += 1;
  }
}
assert.ok(views >= 15, `view functions found: ${views}`);

// --- Coverage of the custom calls: every one was signed and submitted.
const all = PALLETS.flatMap((pallet) => Object.keys(api.tx[pallet]).map((call) => `${pallet}.${call}`));
const missing = all.filter((call) => !submitted.has(call));
console.log(`@polkadot/api compat: ${all.length - missing.length}/${all.length} custom calls submitted, ` +
  `${items} storage items, ${answers.length} runtime API calls and ${views} view functions decoded`);
await api.disconnect();
assert.deepEqual(missing, [], 'every custom call is submitted');
