// Payment-channel vouchers (primitives/encoding/src/payment.rs): "channel `channel` may pay its
// payee `cumulative` in total", signed by the channel's payer; each voucher replaces the last.
import { u8aConcat } from '@polkadot/util';

import { DeviceSignature, signatureArg } from './keys.js';
import { TAGS, signingPayload } from './payload.js';
import { Bytes, Int, toBigInt, u128, u64 } from './scale.js';

export interface Voucher { channel: Int; cumulative: Int; nonce: Int }

/** SCALE of a `Voucher<u128>`. */
export const encodeVoucher = (v: Voucher) =>
  u8aConcat(u64(v.channel, 'channel'), u128(v.cumulative, 'cumulative'), u64(v.nonce, 'nonce'));

/** The bytes the payer signs. */
export const voucherPayload = (genesis: Bytes, v: Voucher) =>
  signingPayload(TAGS.voucher, genesis, encodeVoucher(v));

/** A signed voucher as `m2mPayments.claim` and the data-access channel source take it. */
export const signedVoucherArg = (v: Voucher, signature: DeviceSignature) => ({
  voucher: { channel: toBigInt(v.channel), cumulative: toBigInt(v.cumulative), nonce: toBigInt(v.nonce) },
  signature: signatureArg(signature),
});
