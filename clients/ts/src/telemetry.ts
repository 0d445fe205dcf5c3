// Readings, their leaves and batches (primitives/encoding/src/telemetry.rs and
// primitives/src/telemetry.rs): a gateway or a device hashes readings into a batch tree, anchors
// its root with one range per (device, stream), and later proves any reading with its siblings.
import { u8aConcat, u8aToHex } from '@polkadot/util';

import { blake2_256, tagBytes } from './hash.js';
import { DeviceSignature, encodeSignature, signatureArg } from './keys.js';
import { MerkleTree, verifyProof } from './merkle.js';
import { TAGS, signingPayload } from './payload.js';
import { Bytes, Int, bytes, i128, i64, option, toBigInt, u16, u32, u64, writeInt } from './scale.js';

/** A scalar (fixed-point, as the stream's unit says) or the blake2-256 of an opaque payload. */
export type ReadingValue = { scalar: Int } | { payloadHash: Bytes };

export interface Reading {
  device: Int;
  stream: number;
  sequence: Int;
  /** Unix time in milliseconds. */
  timestamp: Int;
  value: ReadingValue;
  /** 16 random bytes that keep a guessable value from being found by hashing guesses. */
  salt?: Bytes | null;
}

export interface StreamRange {
  device: bigint; stream: number;
  firstSequence: bigint; lastSequence: bigint;
  firstTimestamp: bigint; lastTimestamp: bigint;
  count: number;
}

export interface ValueSummary { min: bigint; max: bigint; sum: bigint }

export interface BatchHeader { root: Uint8Array; leafCount: number; range: StreamRange; summary: ValueSummary }

/** The most bytes a reading encodes to: a payload hash and a salt. */
const READING_MAX_LEN = 76;
const READING_TAG = tagBytes('iot/leaf/reading');

/** Writes SCALE of `r` at `at` of `out` (which has room for 76 bytes) and answers the end. */
function writeReading(r: Reading, out: Uint8Array, at: number): number {
  at = writeInt(out, at, 64, false, r.device, 'device');
  at = writeInt(out, at, 16, false, r.stream, 'stream');
  at = writeInt(out, at, 64, false, r.sequence, 'sequence');
  at = writeInt(out, at, 64, false, r.timestamp, 'timestamp');
  if ('scalar' in r.value) {
    out[at] = 0;
    at = writeInt(out, at + 1, 64, true, r.value.scalar, 'scalar');
  } else {
    out[at] = 1;
    out.set(bytes(r.value.payloadHash, 32, 'payload hash'), at + 1);
    at += 33;
  }
  if (r.salt == null) {
    out[at] = 0;
    return at + 1;
  }
  out[at] = 1;
  out.set(bytes(r.salt, 16, 'salt'), at + 1);
  return at + 17;
}

/** SCALE of a `Reading`. */
export function encodeReading(r: Reading): Uint8Array {
  const out = new Uint8Array(READING_MAX_LEN);
  return out.slice(0, writeReading(r, out, 0));
}

/**
 * A reading's leaf: `blake2_256("iot/leaf/reading" || SCALE(reading))`, encoded straight after
 * the tag in one buffer (a batch hashes a million of them).
 */
export function readingLeaf(r: Reading): Uint8Array {
  const out = new Uint8Array(16 + READING_MAX_LEN);
  out.set(READING_TAG);
  return blake2_256(out.subarray(0, writeReading(r, out, 16)));
}

/** What a device signs for one reading it hands to a gateway. */
export const readingPayload = (genesis: Bytes, r: Reading) => signingPayload(TAGS.reading, genesis, encodeReading(r));

/** SCALE of a `SignedReading`, as the gateway's binary ingest takes it. */
export const encodeSignedReading = (r: Reading, signature: DeviceSignature | null) =>
  u8aConcat(encodeReading(r), option(signature && encodeSignature(signature)));

export const encodeRange = (g: StreamRange) => u8aConcat(
  u64(g.device), u16(g.stream), u64(g.firstSequence), u64(g.lastSequence),
  u64(g.firstTimestamp), u64(g.lastTimestamp), u32(g.count),
);

export const encodeSummary = (s: ValueSummary) => u8aConcat(i64(s.min), i64(s.max), i128(s.sum));

export const encodeHeader = (h: BatchHeader) =>
  u8aConcat(bytes(h.root, 32, 'root'), u32(h.leafCount), encodeRange(h.range), encodeSummary(h.summary));

/** What a device signs over its stream's range and summary in a batch. */
export const headerPayload = (genesis: Bytes, h: BatchHeader) => signingPayload(TAGS.batch, genesis, encodeHeader(h));

/** Whether `proof` shows `reading` in the batch tree with `root` and `leafCount` leaves. */
export const verifyReading = (root: Bytes, leafCount: number, reading: Reading, proof: { leafIndex: number; siblings: readonly Bytes[] }) =>
  verifyProof(root, proof.siblings, leafCount, proof.leafIndex, readingLeaf(reading));

/** A reading as the `iot_verifyReading` JSON-RPC and the gateway's JSON take it. */
export function readingToJson(r: Reading) {
  return {
    device: Number(toBigInt(r.device)), stream: r.stream, sequence: Number(toBigInt(r.sequence)),
    timestamp: Number(toBigInt(r.timestamp)),
    value: 'scalar' in r.value ? { scalar: Number(toBigInt(r.value.scalar)) } : { payloadHash: u8aToHex(bytes(r.value.payloadHash, 32)) },
    ...(r.salt == null ? {} : { salt: u8aToHex(bytes(r.salt, 16)) }),
  };
}

const key = (device: bigint, stream: number) => `${device}/${stream}`;

/** A batch of readings and its tree, as a gateway or a device builds it. */
export class Batch {
  readonly tree: MerkleTree;

  constructor(readonly readings: readonly Reading[]) {
    const leaves = new Uint8Array(readings.length * 32);
    readings.forEach((r, i) => leaves.set(readingLeaf(r), i * 32));
    this.tree = new MerkleTree(leaves);
  }

  get root() { return this.tree.root; }
  get leafCount() { return this.readings.length; }

  proof(index: number) { return { leafIndex: index, siblings: this.tree.proof(index) }; }

  /** One range per (device, stream), ordered by (device, stream) as `anchorBatch` wants them. */
  ranges(): StreamRange[] {
    const byStream = new Map<string, StreamRange>();
    for (const r of this.readings) {
      const device = toBigInt(r.device);
      const sequence = toBigInt(r.sequence);
      const timestamp = toBigInt(r.timestamp);
      const g = byStream.get(key(device, r.stream));
      if (!g) {
        byStream.set(key(device, r.stream), {
          device, stream: r.stream, firstSequence: sequence, lastSequence: sequence,
          firstTimestamp: timestamp, lastTimestamp: timestamp, count: 1,
        });
        continue;
      }
      if (sequence < g.firstSequence) g.firstSequence = sequence;
      if (sequence > g.lastSequence) g.lastSequence = sequence;
      if (timestamp < g.firstTimestamp) g.firstTimestamp = timestamp;
      if (timestamp > g.lastTimestamp) g.lastTimestamp = timestamp;
      g.count = Math.min(g.count + 1, 0xffffffff);
    }
    return [...byStream.values()].sort((a, b) =>
      a.device === b.device ? a.stream - b.stream : a.device < b.device ? -1 : 1);
  }

  /** The summary of the scalar values of (device, stream); `null` if it has none. */
  summary(device: Int, stream: number): ValueSummary | null {
    const d = toBigInt(device);
    let s: ValueSummary | null = null;
    for (const r of this.readings) {
      if (toBigInt(r.device) !== d || r.stream !== stream || !('scalar' in r.value)) continue;
      const v = toBigInt(r.value.scalar);
      s = s ? { min: v < s.min ? v : s.min, max: v > s.max ? v : s.max, sum: s.sum + v } : { min: v, max: v, sum: v };
    }
    return s;
  }

  /** The header a device signs for its stream in this batch; `null` without scalar values. */
  header(device: Int, stream: number): BatchHeader | null {
    const range = this.ranges().find((g) => g.device === toBigInt(device) && g.stream === stream);
    const summary = this.summary(device, stream);
    return range && summary ? { root: this.root, leafCount: this.leafCount, range, summary } : null;
  }

  /** The `ranges` argument of `telemetryAnchor.anchorBatch`, each with its signed summary if given. */
  rangeArgs(signed: Map<string, { summary: ValueSummary; signature: DeviceSignature }> = new Map()) {
    return this.ranges().map((range) => {
      const s = signed.get(key(range.device, range.stream));
      return { range, signedSummary: s ? [s.summary, signatureArg(s.signature)] : null };
    });
  }
}

/** The key `Batch.rangeArgs` looks signed summaries up by. */
export const streamKey = (device: Int, stream: number) => key(toBigInt(device), stream);

/**
 * A reading as @polkadot/api takes it in a call or a runtime API (`Reading` in the metadata); the
 * numbers stay as given, so the result also prints as JSON when they were numbers.
 */
export function readingArg(r: Reading) {
  return {
    device: r.device, stream: r.stream, sequence: r.sequence, timestamp: r.timestamp,
    value: 'scalar' in r.value ? { Scalar: r.value.scalar } : { PayloadHash: u8aToHex(bytes(r.value.payloadHash, 32)) },
    salt: r.salt == null ? null : u8aToHex(bytes(r.salt, 16)),
  };
}
