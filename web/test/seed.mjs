// Seeds a dev chain and its gateway with what the explorer shows: a new owner funded by Alice,
// whose fleet the gateway (signing as Alice) may report for, with three devices (the last one
// re-keyed, transferred to Bob and back, then suspended), a hotspot node on an H3 cell, a stream of device-signed readings posted to the gateway with a gap in their
// sequence, anchored in two batches, a payment channel and an escrow from the owner to
// Bob. Prints what it made
// as one JSON line.
//
//   node web/test/seed.mjs ws://127.0.0.1:9944 http://127.0.0.1:8080
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { connect, possessionPayload, readingPayload, readingToJson, rotationPayload, submitOk } from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944', gateway = 'http://127.0.0.1:8080'] = process.argv.slice(2);
const DEVICES = 3;
const GAP = [12, 13, 14];
const READINGS = 30;

const { api, genesis } = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const run = Date.now();
const owner = keyring.addFromUri(`//explorer-owner-${run}`);
await submitOk(api, api.tx.balances.transferKeepAlive(owner.address, 100_000_000_000_000n), alice);
// The gateway anchors as Alice: the owner lets it report telemetry (right 1) for the whole fleet.
await submitOk(api, api.tx.deviceRegistry.grantOperator({ Fleet: owner.address }, alice.address, 1, null), owner);

const ids = [];
const keys = [];
for (let i = 0; i < DEVICES; i++) {
  const key = keyring.addFromUri(`//explorer-seed-${run}-${i}`);
  const nonce = run + i;
  const events = await submitOk(api, api.tx.deviceRegistry.registerDevice({
    key: { Sr25519: key.publicKey }, proof: { Sr25519: key.sign(possessionPayload(genesis, owner.publicKey, nonce)) }, nonce,
    class: i === 0 ? 'acme/th-200' : 'acme/co2-10', firmware: u8aToHex(new Uint8Array(32).fill(i + 1)), metadata: '',
    location: null, certificate: null,
  }), owner);
  const ev = events.find(({ event }) => api.events.deviceRegistry.DeviceRegistered.is(event));
  const id = ev.event.data.device.toNumber();
  ids.push(id);
  keys.push(key);
  await submitOk(api, api.tx.telemetryAnchor.declareStream(id, 0, 'temperature', 1, 60_000), owner);
}
// The last device's passport history: its key rotated (both keys sign), a transfer to Bob and
// back, then suspended. Each is an event the gateway indexes for the device page.
const last = ids[DEVICES - 1];
const next = keyring.addFromUri(`//explorer-seed-${run}-rotated`);
const rotation = rotationPayload(genesis, last, { kind: 'Sr25519', bytes: next.publicKey }, 0);
await submitOk(api, api.tx.deviceRegistry.rotateKey(last, { Sr25519: next.publicKey },
  { Sr25519: keys[DEVICES - 1].sign(rotation) }, { Sr25519: next.sign(rotation) }), owner);
await submitOk(api, api.tx.deviceRegistry.offerTransfer(last, bob.address), owner);
await submitOk(api, api.tx.deviceRegistry.acceptTransfer(last), bob);
await submitOk(api, api.tx.deviceRegistry.offerTransfer(last, owner.address), bob);
await submitOk(api, api.tx.deviceRegistry.acceptTransfer(last), owner);
await submitOk(api, api.tx.deviceRegistry.suspend(last), owner);

// Readings of the first device: 0..29 without 12..14, one a minute up to now.
const device = ids[0];
const start = run - READINGS * 60_000;
const reading = (sequence, timestamp = start + sequence * 60_000) => {
  const r = { device, stream: 0, sequence, timestamp, value: { scalar: 2000 + Math.round(300 * Math.sin(sequence / 4)) }, salt: new Uint8Array(16).fill(sequence) };
  return { ...readingToJson(r), signature: { sr25519: u8aToHex(keys[0].sign(readingPayload(genesis, r))) } };
};
const post = async (sequences) => {
  const response = await fetch(`${gateway}/readings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sequences.map((s) => reading(s))) });
  if (!response.ok) throw new Error(`gateway refused readings: ${response.status} ${await response.text()}`);
};
const anchored = async (count) => {
  for (let i = 0; i < 240; i++) {
    const stream = await api.query.telemetryAnchor.streams(device, 0);
    if (stream.isSome && stream.unwrap().anchored.toNumber() >= count) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`fewer than ${count} readings anchored after 2 min`);
};
const sequences = [...Array(READINGS).keys()].filter((s) => !GAP.includes(s));
await post(sequences.filter((s) => s < 12));
await anchored(12);
await post(sequences.filter((s) => s >= 12));
await anchored(sequences.length);

const events = await submitOk(api, api.tx.m2mPayments.openChannel(bob.address, null, 5_000_000_000_000n, 1_000), owner);
const opened = events.find(({ event }) => event.section === 'm2mPayments' && event.method === 'ChannelOpened');
const channel = opened ? opened.event.data[0].toNumber() : null;
// An escrow: 2 units to Bob once every reading 0..29 of the stream is shown within 15.00..25.00.
const escrowEvents = await submitOk(api, api.tx.m2mPayments.createAgreement(bob.address, 2_000_000_000_000n,
  { AllReadingsWithin: { device, stream: 0, from: 0, to: READINGS - 1, min: 1500, max: 2500 } }, 1_000), owner);
const escrow = escrowEvents.find(({ event }) => event.section === 'm2mPayments' && event.method === 'AgreementCreated').event.data[0].toNumber();

// A hotspot node on the second device, in an H3 cell of San Francisco (resolution 5).
const CELL = 0x085283473fffffffn;
await submitOk(api, api.tx.depinRewards.registerNode(ids[1], 'Hotspot', CELL, null, 0), owner);

// A product: one unit (GTIN 09506000134352, serial by run) commissioned, observed in the
// node's cell, tagged, carried on a cold-chain leg the first device tracks (three more readings),
// then recalled.
const productKey = `(01)09506000134352(21)EXP${run % 100_000}`;
let ev = await submitOk(api, api.tx.provenance.commission([{ kind: 'Unit', class: u8aToHex(new Uint8Array(32).fill(7)), key: productKey, tag: null }],
  { time: run - 3_600_000, place: { Cell: CELL }, step: 'commissioning', disposition: 'active', document: null, corrects: null }), owner);
const commissioned = ev.map(({ event }) => event).find((e) => e.section === 'provenance' && e.method === 'Commissioned');
const item = commissioned.data[2].toNumber();
await submitOk(api, api.tx.provenance.observe([item], { time: run - 1_800_000, place: { Cell: CELL }, step: 'shipping', disposition: 'in_transit', document: null, corrects: null }), owner);
// Its tag: the second device, bound to the item (what the genuine-tag check reads back).
await submitOk(api, api.tx.provenance.bindTag(item, ids[1]), owner);
// A cold-chain leg tracked by the first device's stream: three readings taken during it.
await submitOk(api, api.tx.provenance.startLeg(item, device, 0, { min: 1500, max: 2500, maxExcursion: 0 }), owner);
// The leg starts at the chain's clock (a dev chain's runs ahead of the wall clock): the readings
// are stamped just after it.
const legStart = (await api.query.timestamp.now()).toNumber() + 1;
const LEG = [READINGS, READINGS + 1, READINGS + 2];
const legResponse = await fetch(`${gateway}/readings`, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify(LEG.map((sequence, i) => reading(sequence, legStart + i))) });
if (!legResponse.ok) throw new Error(`gateway refused the leg's readings: ${await legResponse.text()}`);
await anchored(sequences.length + LEG.length);
const leg = (await api.query.provenance.openLeg(item)).unwrap().toNumber();
await submitOk(api, api.tx.provenance.endLeg(leg), owner);
await submitOk(api, api.tx.provenance.recall(item, null), owner);

console.log(JSON.stringify({ product: productKey, item, leg, legReadings: LEG.length, tag: ids[1], node: ids[1], cell: CELL.toString(16),  owner: owner.address, devices: ids, rotated: last, device, stream: 0, readings: sequences.length + LEG.length, gaps: 1, missing: GAP.length, channel, escrow, payee: bob.address }));
await api.disconnect();
