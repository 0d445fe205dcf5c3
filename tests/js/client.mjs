// Connecting and submitting the way Polkadot.js apps does: @polkadot/api with its default
// signing (v4 extrinsics, the metadata's transaction extensions, keyring sr25519 accounts).
import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Connects to the node at `url`, or throws. */
export async function connect(url) {
  await cryptoWaitReady();
  return ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true, throwOnConnect: true });
}

/**
 * Signs `tx` with `signer` and submits it; resolves with its events once it is in a block (a
 * `--dev` node seals and finalizes at once: `Finalized` may come without `InBlock`); rejects if
 * the pool refuses or drops it, or nothing happens within a minute.
 */
export function submit(tx, signer) {
  const label = `${tx.method.section}.${tx.method.method}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: no block in 60 s`)), 60_000);
    const done = (settle, value) => { clearTimeout(timer); settle(value); };
    tx.signAndSend(signer, ({ status, events }) => {
      if (status.isInBlock || status.isFinalized) done(resolve, events);
      else if (status.isInvalid || status.isDropped || status.isUsurped) {
        done(reject, new Error(`${label}: ${status.type}`));
      }
    }).catch((e) => done(reject, new Error(`${label}: ${e.message}`)));
  });
}

/** The module error's name (or the error's text) of a failed transaction's events, if any. */
export function failure(api, events) {
  const failed = events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
  const sudid = events.find(({ event }) => event.section === 'sudo' && event.method === 'Sudid');
  const error = failed ? failed.event.data.dispatchError
    : sudid?.event.data.sudoResult.isErr ? sudid.event.data.sudoResult.asErr : null;
  if (!error) return undefined;
  return error.isModule ? api.registry.findMetaError(error.asModule).name : error.toString();
}
