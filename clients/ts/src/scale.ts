// The few SCALE encodings the off-chain payloads use, written out so that a 1,000,000-reading
// batch hashes without building a codec object per reading. Every one is checked against
// `iot-primitives` by the vectors test.
import { hexToU8a, isHex, isU8a, u8aConcat } from '@polkadot/util';

/** An integer as a client passes it: a number (safe range only), a bigint or a decimal string. */
export type Int = number | bigint | string;

/** 32 bytes as a client passes them: raw or `0x` hex. */
export type Bytes = Uint8Array | string;

export function toBigInt(value: Int, what = 'integer'): bigint {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`${what}: ${value} is not a safe integer; pass a bigint`);
  }
  return BigInt(value);
}

function fixed(bits: number, signed: boolean, value: Int, what: string): Uint8Array {
  const v = toBigInt(value, what);
  const limit = 1n << BigInt(bits);
  const min = signed ? -(limit >> 1n) : 0n;
  const max = (signed ? limit >> 1n : limit) - 1n;
  if (v < min || v > max) throw new RangeError(`${what}: ${v} is outside ${signed ? 'i' : 'u'}${bits}`);
  let n = BigInt.asUintN(bits, v);
  const out = new Uint8Array(bits / 8);
  for (let i = 0; i < out.length; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

export const u8 = (v: Int, what = 'u8') => fixed(8, false, v, what);
export const u16 = (v: Int, what = 'u16') => fixed(16, false, v, what);
export const u32 = (v: Int, what = 'u32') => fixed(32, false, v, what);
export const u64 = (v: Int, what = 'u64') => fixed(64, false, v, what);
export const u128 = (v: Int, what = 'u128') => fixed(128, false, v, what);
export const i64 = (v: Int, what = 'i64') => fixed(64, true, v, what);
export const i128 = (v: Int, what = 'i128') => fixed(128, true, v, what);

/** `len` bytes given raw or as hex, checked. */
export function bytes(value: Bytes, len: number, what = 'bytes'): Uint8Array {
  const raw = isU8a(value) ? value : isHex(value) ? hexToU8a(value) : null;
  if (!raw || raw.length !== len) throw new TypeError(`${what}: expected ${len} bytes`);
  return raw;
}

/** SCALE `Option<T>`: 0 for none, 1 and the value for some. */
export const option = (value: Uint8Array | null | undefined) =>
  value == null ? new Uint8Array([0]) : u8aConcat(new Uint8Array([1]), value);

/** An enum: the variant's index, then its fields. */
export const variant = (index: number, ...fields: Uint8Array[]) =>
  u8aConcat(new Uint8Array([index]), ...fields);

export { u8aConcat as concat };
