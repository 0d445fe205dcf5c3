// Typed calls of the node's `iot_*` JSON-RPC methods (node/src/rpc/): plain JSON answers, no
// SCALE, so a backend can read devices and verify readings with nothing but a WebSocket.
import { Reading, readingToJson } from './telemetry.js';
import { Bytes, bytes } from './scale.js';
import { u8aToHex } from '@polkadot/util';

export interface DeviceKeyJson { kind: 'sr25519' | 'ed25519' | 'secp256k1' | 'p256'; publicKey: string; account: string | null }

/** A device's passport as `iot_device` answers it (balances as decimal strings). */
export interface DeviceJson {
  id: number; owner: string; key: DeviceKeyJson;
  status: 'active' | 'suspended' | 'revoked' | string;
  class: string; firmware: string; metadata: string;
  location: number | null; deposit: string; certifiedBy: string | null;
  rotations: number; registeredAt: number;
}

export interface DevicesPage { devices: number[]; nextPage: number | null; after: number | null }

export interface ChannelJson {
  id: number; payer: string; payee: string; signer: { account: string } | { device: number };
  deposit: string; claimed: string; nonce: number; expiresAt: number; closesAt: number | null;
}

export interface SubscriptionJson { payer: string; payee: string; price: string; period: number; start: number; periods: number; released: number }

export interface AccessJson {
  from: number; to: number; expiresAt: number; live: boolean; grantedBy: string;
  depositor: string; deposit: string; subscription: SubscriptionJson | null;
}

export interface GrantsJson { epoch: number | null; readers: (AccessJson & { account: string; key: string | null })[] }

/** Something that sends JSON-RPC: an `ApiPromise`'s provider, a `WsProvider` or an `HttpProvider`. */
export interface RpcSender { send<T>(method: string, params: unknown[]): Promise<T> }

export class IotRpc {
  private readonly provider: RpcSender;

  constructor(provider: RpcSender) {
    this.provider = provider;
  }

  private call<T>(method: string, ...params: unknown[]) { return this.provider.send<T>(`iot_${method}`, params); }

  /** A device's passport, or `null`. */
  device(id: number) { return this.call<DeviceJson | null>('device', id); }

  /** Page `page` (100 ids each) of `owner`'s devices, or the ids after `after`. */
  devicesOf(owner: string, page?: number, after?: number) {
    return this.call<DevicesPage>('devicesOf', owner, page ?? null, after ?? null);
  }

  /** Whether `proof` shows `reading` in the retained anchor `anchor`. */
  verifyReading(anchor: number, reading: Reading, proof: { leafIndex: number; siblings: readonly Bytes[] }) {
    return this.call<boolean>('verifyReading', anchor, readingToJson(reading),
      { leafIndex: proof.leafIndex, siblings: proof.siblings.map((s) => u8aToHex(bytes(s, 32, 'sibling'))) });
  }

  /** An open payment channel, or `null`. */
  channel(id: number) { return this.call<ChannelJson | null>('channel', id); }

  /** The liveness reward a node can claim now, in planck as a decimal string, or `null`. */
  pendingReward(node: number) { return this.call<string | null>('pendingReward', node); }

  /** Who may read `device`'s `stream`, with their published keys, and the stream's key epoch. */
  grants(device: number, stream: number) { return this.call<GrantsJson>('grants', device, stream); }

  /** What `account` may read, up to `limit` (at most 256) grants after (device, stream). */
  accessOf(account: string, after?: [number, number], limit?: number) {
    return this.call<(AccessJson & { device: number; stream: number })[]>('accessOf', account, after ?? null, limit ?? null);
  }

  /** Whether `account` may read reading `sequence` of `device`'s `stream` now. */
  canRead(account: string, device: number, stream: number, sequence: number) {
    return this.call<boolean>('canRead', account, device, stream, sequence);
  }

  /** An item's story by id or external key (a GS1 element string), or `null`. */
  itemHistory(item: number | string) { return this.call<Record<string, unknown> | null>('itemHistory', item); }

  /** The id of the item with external key `key`, or `null`. */
  itemByKey(key: string) { return this.call<number | null>('itemByKey', key); }
}
