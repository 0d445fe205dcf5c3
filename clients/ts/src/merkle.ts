// Batch trees as the runtime's `binary-merkle-tree` builds them: the leaves are hashes already
// (not hashed again), pairs are hashed left || right unsorted, an odd last node is carried up
// unhashed, one leaf is its own root and the empty tree's root is 32 zero bytes.
//
// The layers are kept as flat byte arrays, so a pair is hashed straight from the layer below it
// and a 1,000,000-leaf tree costs two allocations per layer rather than a million.
import { u8aEq, u8aToHex } from '@polkadot/util';

import { blake2_256 } from './hash.js';
import { Bytes, bytes } from './scale.js';

const HASH = 32;

export class MerkleTree {
  private readonly layers: Uint8Array[];
  readonly leafCount: number;

  /** The tree over `leaves` (32-byte hashes), in order. */
  constructor(leaves: readonly Bytes[] | Uint8Array) {
    let layer: Uint8Array;
    if (leaves instanceof Uint8Array) {
      if (leaves.length % HASH !== 0) throw new TypeError('flat leaves: length not a multiple of 32');
      layer = leaves;
    } else {
      layer = new Uint8Array(leaves.length * HASH);
      leaves.forEach((leaf, i) => layer.set(bytes(leaf, HASH, `leaf ${i}`), i * HASH));
    }
    this.leafCount = layer.length / HASH;
    this.layers = [layer];
    while (layer.length > HASH) {
      const width = layer.length / HASH;
      const next = new Uint8Array(Math.ceil(width / 2) * HASH);
      for (let i = 0; i + 1 < width; i += 2) {
        next.set(blake2_256(layer.subarray(i * HASH, (i + 2) * HASH)), (i / 2) * HASH);
      }
      if (width % 2 === 1) next.set(layer.subarray((width - 1) * HASH), (next.length - HASH));
      this.layers.push(next);
      layer = next;
    }
  }

  /** The root: 32 zero bytes for no leaves. */
  get root(): Uint8Array {
    const top = this.layers[this.layers.length - 1];
    return top.length === 0 ? new Uint8Array(HASH) : top.slice(0, HASH);
  }

  /** Leaf `index`. */
  leaf(index: number): Uint8Array {
    if (!(index >= 0 && index < this.leafCount)) throw new RangeError(`leaf ${index} of ${this.leafCount}`);
    return this.layers[0].slice(index * HASH, (index + 1) * HASH);
  }

  /**
   * The sibling hashes that prove leaf `index`, from the leaf up; a level where the node was
   * carried up without a sibling adds none.
   */
  proof(index: number): Uint8Array[] {
    if (!(Number.isInteger(index) && index >= 0 && index < this.leafCount)) {
      throw new RangeError(`no leaf ${index} in a tree of ${this.leafCount}`);
    }
    const siblings: Uint8Array[] = [];
    let at = index;
    for (const layer of this.layers.slice(0, -1)) {
      const sibling = at ^ 1;
      if (sibling * HASH < layer.length) siblings.push(layer.slice(sibling * HASH, (sibling + 1) * HASH));
      at >>= 1;
    }
    return siblings;
  }
}

/** The root of the tree over `leaves`. */
export const merkleRoot = (leaves: readonly Bytes[] | Uint8Array) => new MerkleTree(leaves).root;

/**
 * Whether `proof` shows that `leaf` is leaf `index` of a tree of `count` leaves with `root`: the
 * runtime's rule, step for step. Each sibling is hashed on the left when the node is a right
 * child or the last node of its level (a last node is never a left child), else on the right.
 */
export function verifyProof(root: Bytes, proof: readonly Bytes[], count: number, index: number, leaf: Bytes): boolean {
  if (!(Number.isInteger(index) && Number.isInteger(count) && index >= 0 && index < count && count <= 0xffffffff)) {
    return false;
  }
  let hash = bytes(leaf, HASH, 'leaf');
  let position = index;
  let width = count;
  const pair = new Uint8Array(2 * HASH);
  for (const sibling of proof) {
    const other = bytes(sibling, HASH, 'sibling');
    const right = position % 2 === 1 || position + 1 === width;
    pair.set(right ? other : hash, 0);
    pair.set(right ? hash : other, HASH);
    hash = blake2_256(pair);
    position = Math.floor(position / 2);
    width = Math.floor((width - 1) / 2) + 1;
  }
  return u8aEq(hash, bytes(root, HASH, 'root'));
}

/** A proof as the `iot_verifyReading` JSON-RPC and the gateway take it. */
export const proofToJson = (leafIndex: number, siblings: readonly Uint8Array[]) =>
  ({ leafIndex, siblings: siblings.map((s) => u8aToHex(s)) });
