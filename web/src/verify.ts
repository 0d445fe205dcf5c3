// A reading's proof checked in the browser: the leaf and the tree of @iot-chain/client (byte for
// byte those of iot-primitives and the runtime) against the root the chain anchored, not the
// root the gateway claims.
import { readingLeaf, verifyReading, type Reading } from '@iot-chain/client';
import { hexToU8a, u8aToHex } from '@polkadot/util';

import type { AnchorInfo } from './chain.js';
import type { ProofJson, ReadingJson } from './gateway.js';

export interface Verdict {
  ok: boolean;
  /** Why it failed, or what it was checked against. */
  why: string;
  leaf: string;
  chainRoot: string | null;
  /** Whether the gateway's claimed root is the chain's. */
  rootsAgree: boolean;
}

/** The reading of a gateway's JSON, typed for the client package. */
export function toReading(r: ReadingJson): Reading {
  return {
    device: BigInt(r.device), stream: r.stream, sequence: BigInt(r.sequence), timestamp: BigInt(r.timestamp),
    value: 'scalar' in r.value ? { scalar: BigInt(r.value.scalar) } : { payloadHash: hexToU8a(r.value.payloadHash) },
    salt: r.salt ? hexToU8a(r.salt) : null,
  };
}

/** `reading` with its value changed by one: what a forger would show. */
export function tampered(r: ReadingJson): ReadingJson {
  return 'scalar' in r.value ? { ...r, value: { scalar: r.value.scalar + 1 } } : { ...r, timestamp: r.timestamp + 1 };
}

/** Checks `reading` (the gateway's, or an edited one) with `proof` against `anchor` as read from the chain. */
export function check(reading: ReadingJson, proof: ProofJson, anchor: AnchorInfo | null): Verdict {
  const r = toReading(reading);
  const leaf = u8aToHex(readingLeaf(r));
  if (!anchor) return { ok: false, why: `anchor #${proof.anchor} is not on chain (pruned or never anchored)`, leaf, chainRoot: null, rootsAgree: false };
  const chainRoot = u8aToHex(anchor.root);
  const rootsAgree = chainRoot === proof.root.toLowerCase();
  const covered = anchor.ranges.length === 0 || anchor.ranges.some((g) => g.device === reading.device && g.stream === reading.stream && g.first <= reading.sequence && reading.sequence <= g.last);
  const siblings = proof.proof.siblings.map((s) => hexToU8a(s));
  const inTree = verifyReading(anchor.root, anchor.leafCount, r, { leafIndex: proof.proof.leafIndex, siblings });
  const ok = inTree && covered;
  const why = ok ? `in anchor #${anchor.id} (block ${anchor.block}, ${anchor.leafCount} leaves)`
    : !inTree ? `the leaf does not hash up to anchor #${anchor.id}'s root` : `anchor #${anchor.id} does not cover this sequence`;
  return { ok, why, leaf, chainRoot, rootsAgree };
}
