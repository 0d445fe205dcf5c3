// Onboard a device and anchor its readings: the owner registers a new device with the device's
// proof of possession, declares a stream, and anchors a batch of readings whose summary the
// device signed. Each reading's proof is written to a file in the form a gateway serves it
// (`GET /proof/...`: anchor, root, leaf count, reading, Merkle path), for verify-reading.ts and
// examples/python/verify_reading.py.
//
//   node examples/ts/dist/src/onboard-and-anchor.js ws://127.0.0.1:9944 proofs.json [//Alice]
import fs from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import { mnemonicGenerate, randomAsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import {
  Batch, Reading, connect, headerPayload, possessionPayload, proofToJson, readingToJson, streamKey, submitOk,
} from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944', out = 'proofs.json', ownerUri = '//Alice'] = process.argv.slice(2);
const { api, genesis } = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const owner = keyring.addFromUri(ownerUri);
// The device's own key: in the field it never leaves the device's secure element.
const device = keyring.addFromMnemonic(mnemonicGenerate());

// 1. Register: the device signs "I belong to <owner>" for this chain.
const nonce = Date.now();
const proof = device.sign(possessionPayload(genesis, owner.publicKey, nonce));
let events = await submitOk(api, api.tx.deviceRegistry.registerDevice({
  key: { Sr25519: device.publicKey }, proof: { Sr25519: proof }, nonce,
  class: 'acme/th-200', firmware: u8aToHex(randomAsU8a(32)), metadata: 'ipfs://example', location: null, certificate: null,
}), owner);
const registered = events.find(({ event }) => api.events.deviceRegistry.DeviceRegistered.is(event));
if (!registered || !api.events.deviceRegistry.DeviceRegistered.is(registered.event)) throw new Error('no DeviceRegistered event');
const id = registered.event.data.device.toNumber();
console.log(`device ${id} registered to ${owner.address}`);

// 2. Declare stream 1: a temperature in hundredths of a degree (unit code 7), one reading a minute.
await submitOk(api, api.tx.telemetryAnchor.declareStream(id, 1, 'temperature', 7, 60_000), owner);

// 3. Ten readings, salted so that a guessable value cannot be found from its leaf.
const start = Date.now() - 10 * 60_000;
const readings: Reading[] = Array.from({ length: 10 }, (_, i) => ({
  device: id, stream: 1, sequence: i, timestamp: start + i * 60_000,
  value: { scalar: 2150 + 10 * i }, salt: randomAsU8a(16),
}));
const batch = new Batch(readings);
const header = batch.header(id, 1);
if (!header) throw new Error('the stream has no scalar values');
const signature = device.sign(headerPayload(genesis, header));

// 4. Anchor the root with the device-signed range and summary (min, max, sum).
events = await submitOk(api, api.tx.telemetryAnchor.anchorBatch(
  batch.root, batch.leafCount,
  batch.rangeArgs(new Map([[streamKey(id, 1), { summary: header.summary, signature: { kind: 'Sr25519', bytes: signature } }]])),
  `file://${out}`,
), owner);
const anchored = events.find(({ event }) => api.events.telemetryAnchor.BatchAnchored.is(event));
if (!anchored || !api.events.telemetryAnchor.BatchAnchored.is(anchored.event)) throw new Error('no BatchAnchored event');
const anchor = anchored.event.data.anchor.toNumber();
console.log(`batch of ${batch.leafCount} readings anchored as anchor ${anchor}, root ${u8aToHex(batch.root)}`);

const proofs = readings.map((reading, i) => ({
  anchor, root: u8aToHex(batch.root), leafCount: batch.leafCount,
  reading: readingToJson(reading), proof: proofToJson(i, batch.tree.proof(i)),
}));
fs.writeFileSync(out, JSON.stringify(proofs, null, 2));
console.log(`proofs of the ${proofs.length} readings written to ${out}`);
await api.disconnect();
