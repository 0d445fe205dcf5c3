// Checks the production build (web/dist): its size against a budget, and that it requests no
// host but the configured node and gateway. Every absolute http(s)/ws(s) URL in the built files
// must be a loopback default (the dev node and gateway the settings start from), an XML
// namespace, or a website entry of the SS58 registry that @polkadot/networks bundles as data
// (network names and their sites, never fetched; the browser test checks what is requested).
// Prints one JSON line with the sizes.
//
//   node web/test/bundle.mjs [dist]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
/** The budget of what the first load fetches, gzipped (index.html, its scripts and styles). */
const FIRST_LOAD_GZIP_BUDGET = 450 * 1024;

const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(full);
  }
};
walk(dist);
assert.ok(files.some((f) => f.endsWith('index.html')), `${dist} holds no build: run npm run build`);

const URL_RE = /\b(?:https?|wss?):\/\/[^\s"'`)<>\\]*/g;
const require = createRequire(import.meta.url);
const networks = require('@polkadot/networks');
const registry = new Set(networks.allNetworks.map((n) => n.website).filter(Boolean).map((w) => new URL(w).host));
const allowed = (url) => {
  let host;
  try {
    host = new URL(url.replace(/\$\{[^}]*\}/g, '1')).hostname;
  } catch {
    return /^(https?|wss?):\/\/$/.test(url); // a bare scheme, as in `url.startsWith('ws://')`
  }
  return host === '127.0.0.1' || host === 'localhost' || host === 'www.w3.org' || registry.has(new URL(url).host);
};
const offending = [];
for (const file of files) {
  if (!/\.(js|css|html)$/.test(file)) continue;
  for (const url of fs.readFileSync(file, 'utf8').match(URL_RE) ?? []) if (!allowed(url)) offending.push(`${path.relative(dist, file)}: ${url}`);
}
assert.deepEqual(offending, [], 'the build names hosts other than the node and the gateway');

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => path.join(dist, m[1]));
const size = (list, gz) => list.reduce((n, f) => n + (gz ? gzipSync(fs.readFileSync(f)).length : fs.statSync(f).size), 0);
const report = {
  files: files.length,
  totalBytes: size(files, false),
  firstLoadBytes: size(firstLoad, false) + html.length,
  firstLoadGzipBytes: size(firstLoad, true) + gzipSync(html).length,
  budgetGzipBytes: FIRST_LOAD_GZIP_BUDGET,
};
console.log(JSON.stringify(report));
assert.ok(report.firstLoadGzipBytes <= FIRST_LOAD_GZIP_BUDGET, `first load ${report.firstLoadGzipBytes} B gzipped, over the budget`);
