// What a view is: an element, refreshed on each new finalized block while it is shown.
import type { Chain } from './chain.js';
import type { Gateway } from './gateway.js';

export interface Ctx { chain: Chain; gateway: Gateway; gatewayUp: boolean }

export interface View {
  el: HTMLElement;
  /** Re-reads what may have changed; called on each new finalized block. */
  refresh?(): Promise<void>;
  dispose?(): void;
}

/** Alice's address: the dev chain's default owner of everything. */
export const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

/** The route's query parameters (`#/fleet?owner=…`). */
export const routeParams = () => new URLSearchParams(location.hash.split('?')[1] ?? '');

/** Sets one route parameter without a reload or a new history entry. */
export function setRouteParam(name: string, value: string) {
  const [path] = location.hash.split('?');
  const params = routeParams();
  params.set(name, value);
  history.replaceState(null, '', `${location.pathname}${location.search}${path}?${params}`);
}
