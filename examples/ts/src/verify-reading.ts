// Verify a reading against the chain, as an auditor would: rebuild the batch tree from the
// readings a gateway kept, take one reading's proof, and check it three ways: locally against
// the root anchored on chain, with the node's `iot_verifyReading`, and with the runtime API.
// A reading with a changed value must fail each check.
//
//   node examples/ts/dist/src/verify-reading.js ws://127.0.0.1:9944 batch.json [index]
import fs from 'node:fs';
import { Batch, Reading, connect, readingArg, verifyReading } from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944', file = 'batch.json', at = '3'] = process.argv.slice(2);
const { api, rpc } = await connect(url);
const kept: { anchor: number; readings: { value: { Scalar: number } }[] } = JSON.parse(fs.readFileSync(file, 'utf8'));
// The file holds readings as @polkadot/api takes them (`{ Scalar }`); the client's form is `{ scalar }`.
const readings: Reading[] = kept.readings.map((r) => ({ ...r, value: { scalar: r.value.Scalar } }) as Reading);
const batch = new Batch(readings);
const index = Number(at);
const reading = readings[index];
const proof = batch.proof(index);

const anchor = (await api.query.telemetryAnchor.anchors(kept.anchor)).unwrap();
console.log(`anchor ${kept.anchor}: root ${anchor.root.toHex()}, ${anchor.leafCount.toNumber()} leaves`);

const check = async (r: Reading) => ({
  local: verifyReading(anchor.root.toU8a(), anchor.leafCount.toNumber(), r, proof),
  rpc: await rpc.verifyReading(kept.anchor, r, proof),
  runtimeApi: (await api.call.telemetryApi.verifyReading(kept.anchor, readingArg(r), proof)).isTrue,
});

const genuine = await check(reading);
console.log(`reading ${index} (value ${JSON.stringify(reading.value)}, proof of ${proof.siblings.length} hashes):`, genuine);
const forged = await check({ ...reading, value: { scalar: 9999 } });
console.log('the same reading with value 9999:', forged);
await api.disconnect();

if (!Object.values(genuine).every(Boolean) || Object.values(forged).some(Boolean)) {
  console.error('verification did not hold: the genuine reading must pass every check and the changed one none');
  process.exit(1);
}
console.log('verified: the reading is in the anchored batch, and a changed one is not');
