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

function checked(bits: number, signed: boolean, value: Int, what: string): bigint {
  const v = toBigInt(value, what);
  const limit = 1n << BigInt(bits);
  const min = signed ? -(limit >> 1n) : 0n;
  const max = (signed ? limit >> 1n : limit) - 1n;
  if (v < min || v > max) throw new RangeError(`${what}: ${v} is outside ${signed ? 'i' : 'u'}${bits}`);
  return v;
}

/**
 * Writes `value` as a little-endian integer of `bits` bits at `at` of `out` and answers the
 * offset after it; refuses a value outside the type rather than wrapping it.
 */
export function writeInt(out: Uint8Array, at: number, bits: number, signed: boolean, value: Int, what = 'integer'): number {
  const view = new DataView(out.buffer, out.byteOffset + at, bits / 8);
  // Safe-integer numbers up to 64 bits take no BigInt: a batch encodes millions of them.
  if (typeof value === 'number' && Number.isSafeInteger(value) && bits <= 64 && (signed || value >= 0)) {
    if (bits < 64 && (value >= 2 ** (signed ? bits - 1 : bits) || value < (signed ? -(2 ** (bits - 1)) : 0))) {
      throw new RangeError(`${what}: ${value} is outside ${signed ? 'i' : 'u'}${bits}`);
    }
    if (bits === 8) view.setUint8(0, value & 0xff);
    else if (bits === 16) view.setUint16(0, value & 0xffff, true);
    else if (bits === 32) view.setUint32(0, value >>> 0, true);
    else {
      view.setUint32(0, value >>> 0, true);
      // Two's complement of the high word for negative values.
      view.setUint32(4, Math.floor(value / 2 ** 32) >>> 0, true);
    }
    return at + bits / 8;
  }
  const v = checked(bits, signed, value, what);
  let n = BigInt.asUintN(bits, v);
  if (bits <= 32) {
    const w = Number(n);
    if (bits === 8) view.setUint8(0, w);
    else if (bits === 16) view.setUint16(0, w, true);
    else view.setUint32(0, w, true);
  } else {
    for (let k = 0; k < bits / 64; k++, n >>= 64n) view.setBigUint64(k * 8, BigInt.asUintN(64, n), true);
  }
  return at + bits / 8;
}

function fixed(bits: number, signed: boolean, value: Int, what: string): Uint8Array {
  const out = new Uint8Array(bits / 8);
  writeInt(out, 0, bits, signed, value, what);
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
