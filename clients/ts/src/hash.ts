// blake2-256 leaves and nodes, as `iot-encoding`'s hash module defines them: a leaf is
// `blake2_256(tag || data)`, an inner node `blake2_256(left || right)`, the pair unsorted.
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** A 16-byte domain tag, such as `iot/leaf/reading`. */
export function tagBytes(tag: string): Uint8Array {
  const raw = stringToU8a(tag);
  if (raw.length !== 16) throw new TypeError(`domain tag ${tag}: expected 16 bytes`);
  return raw;
}

export const blake2_256 = (data: Uint8Array) => blake2AsU8a(data, 256);

/** The hash of a leaf with content `data` under `tag`. */
export const leafHash = (tag: string, data: Uint8Array) => blake2_256(u8aConcat(tagBytes(tag), data));

/** The hash of an inner node over its two children, left first. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const pair = new Uint8Array(64);
  pair.set(left, 0);
  pair.set(right, 32);
  return blake2_256(pair);
}
