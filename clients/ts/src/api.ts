// Connecting and submitting the way Polkadot.js apps does: @polkadot/api with its default
// signing (the metadata's transaction extensions) and keyring accounts.
import './augment.js';

import { ApiPromise, HttpProvider, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { AddressOrPair } from '@polkadot/api/types';
import type { EventRecord } from '@polkadot/types/interfaces';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { IotRpc, RpcSender } from './rpc.js';

export interface Client {
  api: ApiPromise;
  /** The node's `iot_*` JSON-RPC methods. */
  rpc: IotRpc;
  /** The chain's genesis hash, which every signed payload binds. */
  genesis: Uint8Array;
}

/** Connects to the node at `url` (ws://, wss://, http:// or https://), or throws. */
export async function connect(url: string): Promise<Client> {
  await cryptoWaitReady();
  const provider = /^https?:/.test(url) ? new HttpProvider(url) : new WsProvider(url);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  return { api, rpc: new IotRpc(provider as unknown as RpcSender), genesis: api.genesisHash.toU8a() };
}

/** The dispatch error of a failed transaction's events, by its pallet error's name, if any. */
export function failure(api: ApiPromise, events: readonly EventRecord[]): string | undefined {
  const failed = events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
  const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
  const error = failed && api.events.system.ExtrinsicFailed.is(failed.event) ? failed.event.data.dispatchError
    : sudid && api.events.sudo.Sudid.is(sudid.event) && sudid.event.data.sudoResult.isErr ? sudid.event.data.sudoResult.asErr
      : null;
  if (!error) return undefined;
  return error.isModule ? api.registry.findMetaError(error.asModule).name : error.toString();
}

/**
 * Signs `tx` with `signer` and submits it; resolves with its events once it is in a block (a
 * `--dev` node seals and finalizes at once, so `Finalized` may come without `InBlock`); rejects
 * if the pool refuses or drops it, or nothing happens within `timeoutMs`.
 */
export function submit(tx: SubmittableExtrinsic<'promise'>, signer: AddressOrPair, timeoutMs = 60_000): Promise<EventRecord[]> {
  const label = `${tx.method.section}.${tx.method.method}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: no block in ${timeoutMs / 1000} s`)), timeoutMs);
    const done = (fn: () => void) => { clearTimeout(timer); fn(); };
    tx.signAndSend(signer, ({ status, events }) => {
      if (status.isInBlock || status.isFinalized) done(() => resolve(events));
      else if (status.isInvalid || status.isDropped || status.isUsurped) done(() => reject(new Error(`${label}: ${status.type}`)));
    }).catch((e: Error) => done(() => reject(new Error(`${label}: ${e.message}`))));
  });
}

/** Like `submit`, and rejects with the pallet error's name when the call failed. */
export async function submitOk(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, signer: AddressOrPair): Promise<EventRecord[]> {
  const events = await submit(tx, signer);
  const error = failure(api, events);
  if (error) throw new Error(`${tx.method.section}.${tx.method.method} failed: ${error}`);
  return events;
}
