// How long the client takes to hash a batch of readings into its tree and prove readings from
// it: `npm run bench --workspace clients/ts [-- <readings>]` (default 1,000,000).
import { randomAsU8a, cryptoWaitReady } from '@polkadot/util-crypto';

import { Batch, Reading, verifyReading } from '../src/index.js';

await cryptoWaitReady();
const n = Number(process.argv[2] ?? 1_000_000);
const readings: Reading[] = Array.from({ length: n }, (_, i) => ({
  device: i % 1000, stream: 1, sequence: Math.floor(i / 1000), timestamp: 1_780_000_000_000 + i,
  value: { scalar: (i * 7919) % 40_000 - 20_000 }, salt: i % 2 ? randomAsU8a(16) : null,
}));
const rss = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;

let started = performance.now();
const batch = new Batch(readings);
const built = (performance.now() - started) / 1000;
console.log(`batch of ${n.toLocaleString('en')} readings: leaves and tree in ${built.toFixed(2)} s (${Math.round(n / built).toLocaleString('en')} readings/s), RSS ${rss()}`);

started = performance.now();
const proofs = 10_000;
for (let k = 0; k < proofs; k++) {
  const i = (k * 104_729) % n;
  if (!verifyReading(batch.root, n, readings[i], batch.proof(i))) throw new Error(`reading ${i} did not verify`);
}
const each = ((performance.now() - started) * 1000) / proofs;
console.log(`proof and verification of a reading: ${each.toFixed(1)} µs each (${proofs.toLocaleString('en')} readings)`);
