// Device keys and signatures as the registry stores and checks them (`DevicePublicKey`,
// `DeviceSignature` in primitives/encoding/src/device.rs): a variant index, then the bytes.
import { Bytes, bytes, variant } from './scale.js';
import { leafHash } from './hash.js';

export type KeyKind = 'Sr25519' | 'Ed25519' | 'Secp256k1' | 'P256';

const KINDS: Record<KeyKind, { index: number; key: number; signature: number }> = {
  Sr25519: { index: 0, key: 32, signature: 64 },
  Ed25519: { index: 1, key: 32, signature: 64 },
  // Compressed SEC1 keys; recoverable ECDSA signatures (r, s, v) for secp256k1, (r, s) for P-256.
  Secp256k1: { index: 2, key: 33, signature: 65 },
  P256: { index: 3, key: 33, signature: 64 },
};

export interface DeviceKey { kind: KeyKind; bytes: Bytes }
export interface DeviceSignature { kind: KeyKind; bytes: Bytes }

function kind(k: KeyKind) {
  const found = KINDS[k];
  if (!found) throw new TypeError(`unknown key kind ${k}`);
  return found;
}

/** SCALE of a `DevicePublicKey`. */
export const encodeKey = (key: DeviceKey) =>
  variant(kind(key.kind).index, bytes(key.bytes, kind(key.kind).key, `${key.kind} key`));

/** SCALE of a `DeviceSignature`. */
export const encodeSignature = (sig: DeviceSignature) =>
  variant(kind(sig.kind).index, bytes(sig.bytes, kind(sig.kind).signature, `${sig.kind} signature`));

/** A key or a signature as @polkadot/api takes it in a call, e.g. `{ Sr25519: '0x…' }`. */
export type KindArg = { Sr25519: Bytes } | { Ed25519: Bytes } | { Secp256k1: Bytes } | { P256: Bytes };

export const keyArg = (key: DeviceKey) => ({ [key.kind]: key.bytes }) as KindArg;

export const signatureArg = (sig: DeviceSignature) => ({ [sig.kind]: sig.bytes }) as KindArg;

/** The leaf of a provisioned device key in a manufacturer's root: tag `iot/leaf/devkey1`. */
export const deviceKeyLeaf = (key: DeviceKey) => leafHash('iot/leaf/devkey1', encodeKey(key));
