// Claim rewards (on a `--dev` chain, which seals blocks on request): the owner of a hotspot
// registers it as a node and bonds the minimum stake; telemetry the device signed makes it live;
// the hourly epoch ends; two of the three development oracles attest the reward tree; after the
// challenge window the owner claims the oracle reward with a Merkle proof, and the liveness
// credit.
//
//   node examples/ts/dist/src/claim-rewards.js ws://127.0.0.1:9944
import { Keyring } from '@polkadot/keyring';
import { randomAsU8a } from '@polkadot/util-crypto';
import { Batch, connect, headerPayload, rewardTree, streamKey, submitOk } from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944'] = process.argv.slice(2);
const { api, rpc, genesis } = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob] = [keyring.addFromUri('//Alice'), keyring.addFromUri('//Bob')];
// The development chain's device 0: Alice's, with the key //One.
const NODE = 0;
const deviceKey = keyring.addFromUri('//One');
const UNIT = 1_000_000_000_000n;

/** Seals `count` blocks on the dev node (manual seal's `engine_createBlock`). */
async function seal(count: number) {
  for (let i = 0; i < count; i++) await api.rpc.engine.createBlock(true, true);
}

await submitOk(api, api.tx.depinRewards.registerNode(NODE, 'Hotspot', 0x0852_8347_3fff_ffffn, null, 0), alice);
await submitOk(api, api.tx.depinRewards.bond(NODE, 10n * UNIT), alice);
await submitOk(api, api.tx.telemetryAnchor.declareStream(NODE, 9, 'rssi', 7, 60_000), alice);

// Readings the device signed make the node live in this epoch.
const readings = Array.from({ length: 20 }, (_, i) => ({
  device: NODE, stream: 9, sequence: i, timestamp: Date.now() - (20 - i) * 60_000, value: { scalar: -70 - i }, salt: randomAsU8a(16),
}));
const batch = new Batch(readings);
const header = batch.header(NODE, 9)!;
const signature = { kind: 'Sr25519' as const, bytes: deviceKey.sign(headerPayload(genesis, header)) };
const events = await submitOk(api, api.tx.telemetryAnchor.anchorBatch(batch.root, batch.leafCount,
  batch.rangeArgs(new Map([[streamKey(NODE, 9), { summary: header.summary, signature }]])), null), alice);
if (!events.some(({ event }) => api.events.depinRewards.NodeLive.is(event))) throw new Error('the node is not live');

// The epoch ends; its pool is minted.
const epochLength = api.consts.depinRewards.epochLength.toNumber();
const epoch = Math.floor((await api.rpc.chain.getHeader()).number.toNumber() / epochLength);
const now = (await api.rpc.chain.getHeader()).number.toNumber();
await seal((epoch + 1) * epochLength - now);
const record = (await api.query.depinRewards.epochs(epoch)).unwrap();
const oraclePool = record.oraclePool.toBigInt();
console.log(`epoch ${epoch} ended: ${record.livenessPool.toBigInt()} planck for liveness, ${oraclePool} for the oracles' tree`);

// The oracles attest what the only node earned for its owner; `total` covers every leaf.
const tree = rewardTree([{ node: NODE, owner: alice.publicKey, cumulative: oraclePool }]);
for (const oracle of [alice, bob]) {
  await submitOk(api, api.tx.depinRewards.attestRoot(epoch, tree.root, tree.leafCount, oraclePool), oracle);
}
await seal(api.consts.depinRewards.challengeWindow.toNumber() + 1);

console.log('pending liveness reward:', await rpc.pendingReward(NODE));
await submitOk(api, api.tx.depinRewards.claim(NODE, alice.address, epoch, oraclePool, 0, tree.proof(0)), alice);
await submitOk(api, api.tx.depinRewards.claimLiveness(NODE), alice);
console.log(`node ${NODE} claimed ${oraclePool} planck from the oracles' tree and its liveness credit`);
await api.disconnect();
