// Fixtures of the client tests, on @iot-chain/client (clients/ts), which holds the encodings:
// keyring pairs as device keys, a registration with its proof of possession, scalar readings
// and account-signed vouchers.
import {
  MerkleTree, deviceKeyLeaf as keyLeaf, possessionPayload, rotationPayload as rotation, signedVoucherArg,
  voucherPayload,
} from '@iot-chain/client';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

export { merkleRoot, readingArg, readingLeaf } from '@iot-chain/client';

const sr25519 = (pair) => ({ kind: 'Sr25519', bytes: pair.publicKey });

/** The leaf of a provisioned device key (a keyring pair) in a manufacturer's root. */
export const deviceKeyLeaf = (pair) => keyLeaf(sr25519(pair));

/** The sibling hashes that prove leaf `index` of `leaves`, bottom up. */
export const merkleProof = (leaves, index) => new MerkleTree(leaves).proof(index);

/** A `Registration` of `device` (a keyring pair) for `owner`, with its proof of possession. */
export function registration(genesis, device, owner, certificate = null) {
  const nonce = 1;
  const proof = device.sign(possessionPayload(genesis, owner.publicKey, nonce));
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

/** What both keys sign to rotate `device` to the pair `next` after `rotations` rotations. */
export const rotationPayload = (genesis, device, next, rotations) =>
  rotation(genesis, device, sr25519(next), rotations);

/** A scalar reading without salt. */
export const reading = (device, stream, sequence, timestamp, value) =>
  ({ device, stream, sequence, timestamp, value: { scalar: value }, salt: null });

/** A payment-channel voucher signed by the payer's `pair`. */
export function signedVoucher(genesis, pair, channel, cumulative, nonce) {
  const voucher = { channel, cumulative, nonce };
  return signedVoucherArg(voucher, { kind: 'Sr25519', bytes: pair.sign(voucherPayload(genesis, voucher)) });
}
