// Seeds a large fleet for the explorer's fleet view: a new owner, funded by Alice, registers
// `count` devices in calls of 100 (the registry's MaxBatch), submitted back to back with their
// own nonces. Prints {owner, devices, last, seconds} as one JSON line.
//
//   node web/test/fleet.mjs ws://127.0.0.1:9944 10000
import { Keyring } from '@polkadot/keyring';
import { u8aToHex, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsU8a, sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';
import { connect, failure, possessionPayload, submitOk } from '@iot-chain/client';

const [url = 'ws://127.0.0.1:9944', countArg = '10000'] = process.argv.slice(2);
const count = Number(countArg);
const BATCH = 100;
const started = Date.now();

const { api, genesis } = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const owner = keyring.addFromUri(`//explorer-fleet-${started}`);
await submitOk(api, api.tx.balances.transferKeepAlive(owner.address, 10_000_000_000_000_000n), alice);

const registration = (i) => {
  const pair = sr25519PairFromSeed(blake2AsU8a(u8aConcat(stringToU8a(`fleet-${started}`), new Uint8Array(new Uint32Array([i]).buffer))));
  const nonce = started + i;
  return {
    key: { Sr25519: pair.publicKey }, proof: { Sr25519: sr25519Sign(possessionPayload(genesis, owner.publicKey, nonce), pair) }, nonce,
    class: `bulk/th-${i % 7}`, firmware: u8aToHex(new Uint8Array(32)), metadata: '', location: null, certificate: null,
  };
};
let nonce = (await api.rpc.system.accountNextIndex(owner.address)).toNumber();
const pending = [];
for (let from = 0; from < count; from += BATCH) {
  const regs = [];
  for (let i = from; i < Math.min(count, from + BATCH); i++) regs.push(registration(i));
  const tx = api.tx.deviceRegistry.registerDevices(regs);
  const n = nonce++;
  pending.push(new Promise((resolve, reject) => {
    tx.signAndSend(owner, { nonce: n }, ({ status, events }) => {
      if (status.isInBlock || status.isFinalized) {
        const error = failure(api, events);
        return error ? reject(new Error(`registerDevices: ${error}`)) : resolve();
      }
      if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(`registerDevices: ${status.type}`));
    }).catch(reject);
  }));
}
await Promise.all(pending);
const last = (await api.query.deviceRegistry.nextDeviceId()).toNumber() - 1;
console.log(JSON.stringify({ owner: owner.address, devices: count, last, seconds: (Date.now() - started) / 1000 }));
await api.disconnect();
