// The gateway's HTTP API as the explorer uses it: pages of a stream's readings, a reading's
// Merkle proof and a device's history of registry events (gateway/src/readings.rs,
// gateway/src/proofs.rs and gateway/src/history.rs).

export type ValueJson = { scalar: number } | { payloadHash: string };

export interface ReadingJson { device: number; stream: number; sequence: number; timestamp: number; value: ValueJson; salt?: string }

export interface Listed { reading: ReadingJson; batch: number; state: 'anchored' | 'open' | 'refused'; anchor: number | null; leaf: number; sealed: boolean }

export interface ReadingsPage { device: number; stream: number; readings: Listed[]; next: number | null }

export interface ProofJson { anchor: number; root: string; leafCount: number; reading: ReadingJson; proof: { leafIndex: number; siblings: string[] } }

/** One registry event of a device, as the gateway indexed it from a finalized block. */
export interface HistoryEvent { block: number; index: number; event: string; fields: [string, string][] }

/** A device's events among the blocks the gateway has indexed (`fromBlock`..`toBlock`, or none). */
export interface HistoryJson { device: number; fromBlock: number | null; toBlock: number | null; events: HistoryEvent[] }

export class GatewayError extends Error {}

export class Gateway {
  constructor(readonly base: string) {}

  private async get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { signal: AbortSignal.timeout(10_000) });
    } catch (e) {
      throw new GatewayError(`gateway unreachable at ${this.base} (${(e as Error).message})`);
    }
    const body = (await response.json().catch(() => ({}))) as T & { error?: string; state?: string };
    if (!response.ok) throw new GatewayError(body.error ?? body.state ?? `HTTP ${response.status}`);
    return body;
  }

  /** Whether the gateway answers. */
  async health(): Promise<boolean> {
    try {
      await this.get('/health');
      return true;
    } catch {
      return false;
    }
  }

  /** Every reading of `device`'s `stream` from sequence `from` on, page by page, up to `max`. */
  async readings(device: number, stream: number, from = 0, max = 20_000): Promise<Listed[]> {
    const all: Listed[] = [];
    let next: number | null = from;
    while (next !== null && all.length < max) {
      const page: ReadingsPage = await this.get(`/readings/${device}/${stream}?from=${next}&limit=${Math.min(5_000, max - all.length)}`);
      all.push(...page.readings);
      next = page.next;
    }
    return all;
  }

  /** The proof of reading `sequence`, as the gateway serves it. */
  proof(device: number, stream: number, sequence: number): Promise<ProofJson> {
    return this.get(`/proof/${device}/${stream}/${sequence}`);
  }

  /** `device`'s registrations, rotations, transfers, certifications and status changes. */
  history(device: number): Promise<HistoryJson> {
    return this.get(`/devices/${device}/history`);
  }
}
