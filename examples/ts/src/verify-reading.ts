// Verify a reading against the chain, as an auditor would with a proof a gateway served: check
// it locally against the root anchored on chain (never the root in the file), with the node's
// `iot_verifyReading`, and with the runtime API. A reading with a changed value must fail each.
//
//   node examples/ts/dist/src/verify-reading.js ws://127.0.0.1:9944 proofs.json [index]
import fs from 'node:fs';
import { Reading, connect, readingArg, verifyReading } from '@iot-chain/client';

interface ServedProof { anchor: number; reading: Reading; proof: { leafIndex: number; siblings: string[] } }

const [url = 'ws://127.0.0.1:9944', file = 'proofs.json', at = '3'] = process.argv.slice(2);
const { api, rpc } = await connect(url);
const { anchor: id, reading, proof }: ServedProof = JSON.parse(fs.readFileSync(file, 'utf8'))[Number(at)];

const anchor = (await api.query.telemetryAnchor.anchors(id)).unwrap();
console.log(`anchor ${id}: root ${anchor.root.toHex()}, ${anchor.leafCount.toNumber()} leaves`);

const check = async (r: Reading) => ({
  local: verifyReading(anchor.root.toU8a(), anchor.leafCount.toNumber(), r, proof),
  rpc: await rpc.verifyReading(id, r, proof),
  runtimeApi: (await api.call.telemetryApi.verifyReading(id, readingArg(r), proof)).isTrue,
});

const genuine = await check(reading);
console.log(`reading ${reading.sequence} of device ${reading.device} (proof of ${proof.siblings.length} hashes):`, genuine);
const forged = await check({ ...reading, value: { scalar: 9999 } });
console.log('the same reading with value 9999:', forged);
await api.disconnect();

if (!Object.values(genuine).every(Boolean) || Object.values(forged).some(Boolean)) {
  console.error('verification did not hold: the genuine reading must pass every check and the changed one none');
  process.exit(1);
}
console.log('verified: the reading is in the anchored batch, and a changed one is not');
