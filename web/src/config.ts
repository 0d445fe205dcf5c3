// Where the node and the gateway are: `?rpc=` and `?gateway=` in the page's URL, then what the
// settings form saved, then the defaults (the dev node of ./scripts/run-dev.sh; the gateway that
// serves this page, if one does).

export interface Endpoints { rpc: string; gateway: string }

const KEY = 'iot-explorer/endpoints';
export const DEFAULT_RPC = 'ws://127.0.0.1:9944';
const DEFAULT_GATEWAY_PORT = '8080';

function defaultGateway(): string {
  // Served by `iot-gateway run --web`: the gateway is this page's origin.
  if (location.protocol.startsWith('http') && !import.meta.env.DEV) return location.origin;
  return `http://127.0.0.1:${DEFAULT_GATEWAY_PORT}`;
}

function saved(): Partial<Endpoints> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Endpoints>;
  } catch {
    return {};
  }
}

/** The endpoints in force. */
export function endpoints(): Endpoints {
  const query = new URLSearchParams(location.search);
  const stored = saved();
  return {
    rpc: query.get('rpc') ?? stored.rpc ?? DEFAULT_RPC,
    gateway: (query.get('gateway') ?? stored.gateway ?? defaultGateway()).replace(/\/+$/, ''),
  };
}

/** Saves `e` and drops the page URL's overrides so that the saved ones apply. */
export function save(e: Endpoints) {
  localStorage.setItem(KEY, JSON.stringify(e));
  const url = new URL(location.href);
  url.searchParams.delete('rpc');
  url.searchParams.delete('gateway');
  history.replaceState(null, '', url);
}
