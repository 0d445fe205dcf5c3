// The off-chain half of the chain's protocols, as a device, manufacturer, payer or gateway
// computes it: signed payloads (domain tag, genesis hash, SCALE body), device-key and reading
// leaves, and two-leaf Merkle trees. Shared by the client tests and `offchain.mjs`.
import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

export const u16 = (n) => bnToU8a(BigInt(n), { bitLength: 16 });
export const u32 = (n) => bnToU8a(BigInt(n), { bitLength: 32 });
export const u64 = (n) => bnToU8a(BigInt(n), { bitLength: 64 });
export const u128 = (n) => bnToU8a(BigInt(n), { bitLength: 128 });
export const i64 = (n) => bnToU8a(BigInt(n), { bitLength: 64, isNegative: true });

/** What a key signs: SCALE `(domain tag, genesis hash, body)`. */
export const payload = (genesis, tag, ...body) => u8aConcat(stringToU8a(tag), genesis, ...body);

/** A `DevicePublicKey::Sr25519` as SCALE: variant 0, then the key. */
export const keyBytes = (pair) => u8aConcat(new Uint8Array([0]), pair.publicKey);

/** The leaf of a provisioned device key in a manufacturer's root. */
export const deviceKeyLeaf = (pair) =>
  blake2AsU8a(u8aConcat(stringToU8a('iot/leaf/devkey1'), keyBytes(pair)));

/**
 * The root of a tree over `leaves` as `binary-merkle-tree` builds it: pairs hashed from the
 * left with blake2-256, an odd last node promoted as it is.
 */
export function merkleRoot(leaves) {
  let layer = leaves;
  if (layer.length === 0) return new Uint8Array(32);
  while (layer.length > 1) {
    const next = [];
    for (let i = 0; i < layer.length; i += 2) {
      next.push(i + 1 < layer.length ? blake2AsU8a(u8aConcat(layer[i], layer[i + 1])) : layer[i]);
    }
    layer = next;
  }
  return layer[0];
}

/** The sibling hashes that prove leaf `index` of `leaves`, bottom up. */
export function merkleProof(leaves, index) {
  const siblings = [];
  let layer = leaves;
  let at = index;
  while (layer.length > 1) {
    const sibling = at ^ 1;
    if (sibling < layer.length) siblings.push(layer[sibling]);
    const next = [];
    for (let i = 0; i < layer.length; i += 2) {
      next.push(i + 1 < layer.length ? blake2AsU8a(u8aConcat(layer[i], layer[i + 1])) : layer[i]);
    }
    layer = next;
    at >>= 1;
  }
  return siblings;
}

/** A `Registration` of `device` (a keyring pair) for `owner`, with its proof of possession. */
export function registration(genesis, device, owner, certificate = null) {
  const nonce = 1;
  const proof = device.sign(payload(genesis, 'iot/device/pop/1', owner.publicKey, u64(nonce)));
  return {
    key: { Sr25519: u8aToHex(device.publicKey) },
    proof: { Sr25519: u8aToHex(proof) },
    nonce,
    class: 'acme/th-200',
    firmware: u8aToHex(blake2AsU8a('firmware 1.0')),
    metadata: 'ipfs://bafy-example',
    location: null,
    certificate,
  };
}

/** What both keys sign to rotate `device` from its key to `next` after `rotations` rotations. */
export const rotationPayload = (genesis, device, next, rotations) =>
  payload(genesis, 'iot/device/rot/1', u64(device), keyBytes(next), u32(rotations));

/** A scalar reading without salt. */
export const reading = (device, stream, sequence, timestamp, value) =>
  ({ device, stream, sequence, timestamp, value: { Scalar: value }, salt: null });

/** A reading's leaf: blake2-256 of the tag and SCALE of a scalar, unsalted reading. */
export const readingLeaf = (r) => blake2AsU8a(u8aConcat(stringToU8a('iot/leaf/reading'),
  u64(r.device), u16(r.stream), u64(r.sequence), u64(r.timestamp),
  new Uint8Array([0]), i64(r.value.Scalar), new Uint8Array([0])));

/** A payment-channel voucher signed by the payer's `pair`. */
export function signedVoucher(genesis, pair, channel, cumulative, nonce) {
  const signature = pair.sign(payload(genesis, 'iot/payment/vch1', u64(channel), u128(cumulative), u64(nonce)));
  return { voucher: { channel, cumulative, nonce }, signature: { Sr25519: u8aToHex(signature) } };
}
