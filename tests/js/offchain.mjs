// The off-chain values a person pastes into Polkadot.js apps (docs/polkadot-js.md):
// what a device signs to be registered, and the Merkle root and proofs of a batch of readings.
//
//   node tests/js/offchain.mjs registration <ws-url> <device-uri> <owner-uri>
//   node tests/js/offchain.mjs batch <device> <stream> <first-sequence> <first-timestamp-ms>
//                                    <interval-ms> <value>...
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { connect } from './client.mjs';
import { merkleProof, merkleRoot, reading, readingArg, readingLeaf, registration } from './payloads.mjs';

const [command, ...args] = process.argv.slice(2);
await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519' });

if (command === 'registration' && args.length === 3) {
  const [url, deviceUri, ownerUri] = args;
  const api = await connect(url);
  const owner = keyring.addFromUri(ownerUri);
  const fields = registration(api.genesisHash.toU8a(), keyring.addFromUri(deviceUri), owner);
  await api.disconnect();
  console.log(JSON.stringify({ owner: owner.address, registration: fields }, null, 2));
} else if (command === 'batch' && args.length >= 6) {
  const [device, stream, first, start, interval, ...values] = args.map(Number);
  const readings = values
    .map((value, i) => reading(device, stream, first + i, start + i * interval, value));
  const leaves = readings.map(readingLeaf);
  const last = readings[readings.length - 1];
  console.log(JSON.stringify({
    root: u8aToHex(merkleRoot(leaves)),
    leafCount: readings.length,
    range: {
      device, stream, firstSequence: first, lastSequence: last.sequence,
      firstTimestamp: start, lastTimestamp: last.timestamp, count: readings.length,
    },
    readings: readings.map((r, i) => ({
      reading: readingArg(r),
      proof: { leafIndex: i, siblings: merkleProof(leaves, i).map((h) => u8aToHex(h)) },
    })),
  }, null, 2));
} else {
  console.error('usage: offchain.mjs registration <ws-url> <device-uri> <owner-uri>\n' +
    '       offchain.mjs batch <device> <stream> <first-sequence> <first-timestamp-ms> <interval-ms> <value>...');
  process.exit(2);
}
