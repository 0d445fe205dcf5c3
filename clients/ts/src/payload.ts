// What keys sign: SCALE of `(16-byte domain tag, 32-byte genesis hash, body)` (see
// primitives/encoding/src/payload.rs), so that no signature made for one purpose or one chain
// counts for another.
import { u8aConcat } from '@polkadot/util';

import { tagBytes } from './hash.js';
import { DeviceKey, encodeKey } from './keys.js';
import { Bytes, Int, bytes, u32, u64 } from './scale.js';

export const TAGS = {
  possession: 'iot/device/pop/1',
  rotation: 'iot/device/rot/1',
  batch: 'iot/telemetry/b1',
  reading: 'iot/telemetry/r1',
  voucher: 'iot/payment/vch1',
} as const;

/** The bytes to sign for `body` under `tag` on the chain with `genesis`. */
export const signingPayload = (tag: string, genesis: Bytes, ...body: Uint8Array[]) =>
  u8aConcat(tagBytes(tag), bytes(genesis, 32, 'genesis hash'), ...body);

/**
 * What a device's key signs to be registered to `owner` (its 32-byte account id): the owner and
 * a nonce the owner picks, so that one proof serves one registration.
 */
export const possessionPayload = (genesis: Bytes, owner: Bytes, nonce: Int) =>
  signingPayload(TAGS.possession, genesis, bytes(owner, 32, 'owner'), u64(nonce, 'nonce'));

/**
 * What both the old and the new key sign to rotate `device` to `next`: `rotations` is the
 * device's rotation count before this one (`rotations` in its passport, from `iot_device` or
 * `deviceRegistry.devices`), so a rotation signature cannot be replayed later.
 */
export const rotationPayload = (genesis: Bytes, device: Int, next: DeviceKey, rotations: Int) =>
  signingPayload(TAGS.rotation, genesis, u64(device, 'device'), encodeKey(next), u32(rotations, 'rotations'));
