// A private stream's leaf (primitives/src/data.rs): where and when a reading was measured, in
// the clear, and the hash of its ciphertext, so anyone can check it without the key to read it.
import { u8aConcat } from '@polkadot/util';

import { leafHash } from './hash.js';
import { Bytes, Int, bytes, u16, u64 } from './scale.js';

export interface SealedReading { device: Int; stream: number; sequence: Int; timestamp: Int; ciphertext: Bytes }

export const encodeSealedReading = (s: SealedReading) => u8aConcat(
  u64(s.device, 'device'), u16(s.stream, 'stream'), u64(s.sequence, 'sequence'),
  u64(s.timestamp, 'timestamp'), bytes(s.ciphertext, 32, 'ciphertext hash'),
);

/** `blake2_256("iot/leaf/sealed1" || SCALE(sealed reading))`. */
export const sealedReadingLeaf = (s: SealedReading) => leafHash('iot/leaf/sealed1', encodeSealedReading(s));
