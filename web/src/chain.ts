// The one module that reads the chain: @iot-chain/client's typed @polkadot/api and iot_* RPC,
// with the connection's state and a notice on each new finalized block.
import { connect, type Client, type DeviceJson } from '@iot-chain/client';

export type NodeState = { kind: 'connecting' } | { kind: 'up'; finalized: number; chain: string } | { kind: 'down'; why: string };

/** A device as a fleet row shows it. */
export interface DeviceRow {
  id: number; owner: string; keyKind: string; status: string; class: string; firmware: string;
  streams: number; rotations: number; certified: boolean; registeredAt: number;
}

/** A declared stream and its anchoring cursor. */
export interface StreamInfo {
  device: number; stream: number; name: string; unit: number; intervalMs: number;
  anchored: number; missing: number; lastSequence: number | null; lastTimestamp: number | null; lastAnchor: number | null;
}

/** What a fleet row shows once it is on screen. */
export interface RowDetail { lastAnchor: number | null; lastTimestamp: number | null; missing: number; sponsored: boolean }

/** An anchor as the chain keeps it. */
export interface AnchorInfo { id: number; root: Uint8Array; leafCount: number; block: number; submitter: string; ranges: { device: number; stream: number; first: number; last: number }[] }

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export class Chain {
  state: NodeState = { kind: 'connecting' };
  private client: Client | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly url: string, private readonly onState: (s: NodeState) => void) {}

  /** Connects, retrying every 5 s while the node is down. */
  async start(): Promise<void> {
    for (;;) {
      try {
        this.client = await connect(this.url);
        break;
      } catch (e) {
        this.set({ kind: 'down', why: (e as Error).message || 'unreachable' });
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }
    const { api } = this.client;
    const chain = (await api.rpc.system.chain()).toString();
    api.on('disconnected', () => this.set({ kind: 'down', why: 'disconnected' }));
    await api.rpc.chain.subscribeFinalizedHeads((header) => {
      this.set({ kind: 'up', finalized: header.number.toNumber(), chain });
      for (const listener of this.listeners) listener();
    });
  }

  private set(state: NodeState) {
    this.state = state;
    this.onState(state);
  }

  /** Calls `listener` on each new finalized block; answers how to stop. */
  onFinalized(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The connected client; throws while the node is down. */
  get c(): Client {
    if (!this.client || this.state.kind !== 'up') throw new Error(`node unreachable at ${this.url}`);
    return this.client;
  }

  get finalized(): number {
    return this.state.kind === 'up' ? this.state.finalized : 0;
  }

  /** Every device id of `owner`, page by page (100 a page). */
  async deviceIds(owner: string): Promise<number[]> {
    const ids: number[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await this.c.rpc.devicesOf(owner, undefined, after);
      ids.push(...page.devices);
      if (page.after === null || page.devices.length === 0) return ids;
      after = page.after;
    }
  }

  /** Rows for `ids`, in one multi-key read per storage item. */
  async deviceRows(ids: number[]): Promise<DeviceRow[]> {
    const { api } = this.c;
    const [devices, counts] = await Promise.all([
      api.query.deviceRegistry.devices.multi(ids),
      api.query.telemetryAnchor.streamCount.multi(ids),
    ]);
    const rows: DeviceRow[] = [];
    devices.forEach((d, i) => {
      if (d.isNone) return;
      const v = d.unwrap();
      rows.push({
        id: ids[i], owner: v.owner.toString(), keyKind: v.key.type, status: v.status.type,
        class: text(v['class'].toU8a(true)), firmware: v.firmware.toHex(), streams: counts[i].toNumber(),
        rotations: v.rotations.toNumber(), certified: v.certifiedBy.isSome, registeredAt: v.registeredAt.toNumber(),
      });
    });
    return rows;
  }

  /** A device's passport (`iot_device`), or null. */
  device(id: number): Promise<DeviceJson | null> {
    return this.c.rpc.device(id);
  }

  /** Firmware versions a device ran: (block, hash). */
  async firmwareHistory(id: number): Promise<{ block: number; hash: string }[]> {
    const history = await this.c.api.query.deviceRegistry.firmwareHistory(id);
    return history.map(([block, hash]) => ({ block: block.toNumber(), hash: hash.toHex() }));
  }

  /** The sponsor of a device's fees and that sponsor's budget left, if sponsored. */
  async sponsorship(id: number): Promise<{ sponsor: string; budget: bigint } | null> {
    const { api } = this.c;
    const sponsor = await api.query.feeSponsorship.sponsoredDevices(id);
    if (sponsor.isNone) return null;
    const budget = await api.query.feeSponsorship.budgets(sponsor.unwrap());
    return { sponsor: sponsor.unwrap().toString(), budget: budget.isSome ? budget.unwrap().amount.toBigInt() : 0n };
  }

  /** Per device: the newest anchor and reading over its streams, readings missing, sponsorship. */
  async rowDetails(ids: number[]): Promise<Map<number, RowDetail>> {
    const { api } = this.c;
    const [streams, sponsors] = await Promise.all([Promise.all(ids.map((id) => this.streams(id))), api.query.feeSponsorship.sponsoredDevices.multi(ids)]);
    const out = new Map<number, RowDetail>();
    ids.forEach((id, i) => {
      const s = streams[i];
      const newest = (f: (x: StreamInfo) => number | null) => s.reduce<number | null>((m, x) => (f(x) === null ? m : Math.max(m ?? 0, f(x)!)), null);
      out.set(id, { lastAnchor: newest((x) => x.lastAnchor), lastTimestamp: newest((x) => x.lastTimestamp), missing: s.reduce((n, x) => n + x.missing, 0), sponsored: sponsors[i].isSome });
    });
    return out;
  }

  /** A device's declared streams. */
  async streams(device: number): Promise<StreamInfo[]> {
    const entries = await this.c.api.query.telemetryAnchor.streams.entries(device);
    return entries.filter(([, s]) => s.isSome).map(([key, s]) => {
      const v = s.unwrap();
      const cursor = v.cursor.isSome ? v.cursor.unwrap() : null;
      return {
        device, stream: key.args[1].toNumber(), name: text(v.name.toU8a(true)), unit: v.unit.toNumber(),
        intervalMs: v.intervalMs.toNumber(), anchored: v.anchored.toNumber(), missing: v.missing.toNumber(),
        lastSequence: cursor ? cursor.lastSequence.toNumber() : null, lastTimestamp: cursor ? cursor.lastTimestamp.toNumber() : null,
        lastAnchor: cursor ? cursor.lastAnchor.toNumber() : null,
      };
    }).sort((a, b) => a.stream - b.stream);
  }

  /** A retained anchor, or null. */
  async anchor(id: number): Promise<AnchorInfo | null> {
    const a = await this.c.api.query.telemetryAnchor.anchors(id);
    if (a.isNone) return null;
    const v = a.unwrap();
    return {
      id, root: v.root.toU8a(), leafCount: v.leafCount.toNumber(), block: v.block.toNumber(), submitter: v.submitter.toString(),
      ranges: v.ranges.map((r) => ({ device: r.range.device.toNumber(), stream: r.range.stream.toNumber(), first: r.range.firstSequence.toNumber(), last: r.range.lastSequence.toNumber() })),
    };
  }
}

