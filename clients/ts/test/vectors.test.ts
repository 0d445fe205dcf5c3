// Every encoding of the package against vectors that node/tests/ts_client.rs computes with
// iot-primitives and passes in IOT_VECTORS (run it with `cargo test -p iot-node --test ts_client`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, it } from 'node:test';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import {
  Batch, KeyKind, MerkleTree, Reading, deviceKeyLeaf, encodeHeader, encodeKey, encodeRange, encodeReading,
  encodeSealedReading, encodeSignature, encodeSignedReading, encodeSummary, encodeVoucher, headerPayload,
  possessionPayload, readingLeaf, readingPayload, rewardLeaf, rewardTree, rotationPayload, sealedReadingLeaf,
  verifyProof, verifyReading, voucherPayload,
} from '../src/index.js';

const file = process.env.IOT_VECTORS;
assert.ok(file, 'IOT_VECTORS is not set: these tests run from `cargo test -p iot-node --test ts_client`');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const v: any = JSON.parse(fs.readFileSync(file, 'utf8'));
const hex = (bytes: Uint8Array) => u8aToHex(bytes);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const reading = (r: any): Reading => ({ ...r, value: r.value.scalar !== undefined ? { scalar: BigInt(r.value.scalar) } : r.value });

before(cryptoWaitReady);

describe('readings', () => {
  it('encode, hash and sign as the Rust types do', () => {
    assert.ok(v.readings.length >= 20);
    for (const x of v.readings) {
      const r = reading(x.reading);
      assert.equal(hex(encodeReading(r)), x.scale);
      assert.equal(hex(readingLeaf(r)), x.leaf);
      assert.equal(hex(readingPayload(v.genesis, r)), x.payload);
      assert.equal(hex(encodeSignedReading(r, x.signature)), x.signed);
    }
  });
  it('refuse values outside their type instead of wrapping', () => {
    const r = reading(v.readings[0].reading);
    assert.throws(() => encodeReading({ ...r, device: -1n }), RangeError);
    assert.throws(() => encodeReading({ ...r, value: { scalar: 1n << 63n } }), RangeError);
    assert.throws(() => encodeReading({ ...r, stream: 65_536 }), RangeError);
    assert.throws(() => encodeReading({ ...r, salt: '0x00' }), TypeError);
    assert.throws(() => encodeReading({ ...r, sequence: 2 ** 60 }), RangeError);
  });
});

describe('trees', () => {
  it('have the runtime\'s roots and proofs, and every proof verifies', () => {
    for (const t of v.trees) {
      const tree = new MerkleTree(t.leaves);
      assert.equal(hex(tree.root), t.root, `${t.leaves.length} leaves`);
      for (const p of t.proofs) {
        assert.deepEqual(tree.proof(p.index).map(hex), p.siblings, `${t.leaves.length} leaves, leaf ${p.index}`);
        assert.ok(verifyProof(t.root, p.siblings, t.leaves.length, p.index, t.leaves[p.index]));
      }
    }
  });
  it('refuse a changed leaf, index, count or sibling', () => {
    for (const t of v.trees.filter((t: { leaves: string[] }) => t.leaves.length >= 2 && t.leaves.length <= 40)) {
      const n = t.leaves.length;
      for (const p of t.proofs) {
        const leaf = t.leaves[p.index];
        assert.ok(!verifyProof(t.root, p.siblings, n, (p.index + 1) % n, leaf) || t.leaves[(p.index + 1) % n] === leaf);
        assert.ok(!verifyProof(t.root, p.siblings, n, n + p.index, leaf));
        assert.ok(!verifyProof(t.root, p.siblings, n, p.index, t.root));
        p.siblings.forEach((_: string, s: number) => {
          const tampered = [...p.siblings];
          tampered[s] = `${tampered[s].slice(0, -1)}${tampered[s].endsWith('0') ? '1' : '0'}`;
          assert.ok(!verifyProof(t.root, tampered, n, p.index, leaf), `n=${n} i=${p.index} s=${s}`);
        });
      }
    }
    assert.throws(() => new MerkleTree([]).proof(0), RangeError);
  });
});

describe('batches', () => {
  it('give the runtime\'s root, proofs, ranges, summaries and headers', () => {
    const b = new Batch(v.batch.readings.map(reading));
    assert.equal(hex(b.root), v.batch.root);
    for (const p of v.batch.proofs) {
      assert.deepEqual(b.proof(p.index).siblings.map(hex), p.siblings);
      assert.ok(verifyReading(b.root, b.leafCount, b.readings[p.index], b.proof(p.index)));
    }
    const ranges = b.ranges();
    assert.deepEqual(ranges.map(encodeRange).map(hex), v.batch.ranges.map((g: { scale: string }) => g.scale));
    assert.ok(v.batch.headers.length > 0 && v.batch.headers.length < ranges.length, 'a stream with a payload hash has no header');
    for (const h of v.batch.headers) {
      const header = b.header(BigInt(h.device), h.stream);
      assert.ok(header);
      assert.equal(hex(encodeSummary(header.summary)), h.summary.scale);
      assert.equal(hex(encodeHeader(header)), h.scale);
      assert.equal(hex(headerPayload(v.genesis, header)), h.payload);
    }
    const changed = { ...b.readings[4], timestamp: BigInt(b.readings[4].timestamp) + 1n };
    assert.ok(!verifyReading(b.root, b.leafCount, changed, b.proof(4)));
  });
});

describe('keys and signed payloads', () => {
  it('encode keys, signatures and device-key leaves', () => {
    for (const k of v.keys) {
      const key = { kind: k.kind as KeyKind, bytes: k.bytes };
      assert.equal(hex(encodeKey(key)), k.scale);
      assert.equal(hex(deviceKeyLeaf(key)), k.leaf);
    }
    for (const s of v.signatures) assert.equal(hex(encodeSignature({ kind: s.kind, bytes: s.bytes })), s.scale);
    assert.throws(() => encodeKey({ kind: 'Sr25519', bytes: v.keys[2].bytes }), TypeError);
  });
  it('build possession, rotation and voucher payloads', () => {
    for (const p of v.possession) assert.equal(hex(possessionPayload(v.genesis, p.owner, BigInt(p.nonce))), p.payload);
    for (const r of v.rotations) {
      assert.equal(hex(rotationPayload(v.genesis, BigInt(r.device), { kind: r.key.kind, bytes: r.key.bytes }, r.rotations)), r.payload);
    }
    for (const x of v.vouchers) {
      const voucher = { channel: BigInt(x.channel), cumulative: BigInt(x.cumulative), nonce: BigInt(x.nonce) };
      assert.equal(hex(encodeVoucher(voucher)), x.scale);
      assert.equal(hex(voucherPayload(v.genesis, voucher)), x.payload);
    }
  });
});

describe('reward and sealed leaves', () => {
  it('match the oracles\' tree and the private streams\' leaves', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entries = v.rewards.entries.map((e: any) => ({ node: BigInt(e.node), owner: e.owner, cumulative: BigInt(e.cumulative) }));
    entries.forEach((e: Parameters<typeof rewardLeaf>[0], i: number) => assert.equal(hex(rewardLeaf(e)), v.rewards.entries[i].leaf));
    const tree = rewardTree(entries);
    assert.equal(hex(tree.root), v.rewards.root);
    v.rewards.proofs.forEach((p: string[], i: number) => assert.deepEqual(tree.proof(i).map(hex), p));
    for (const s of v.sealed) {
      const sealed = { ...s, device: BigInt(s.device), sequence: BigInt(s.sequence), timestamp: BigInt(s.timestamp) };
      assert.equal(hex(encodeSealedReading(sealed)), s.scale);
      assert.equal(hex(sealedReadingLeaf(sealed)), s.leaf);
    }
  });
});
