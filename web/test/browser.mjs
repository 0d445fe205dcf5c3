// Drives the built explorer in a real headless Chromium against a seeded dev node and gateway
// (see seed.mjs), asserting the figures each view renders, a proof verified in the page and a
// forged one refused, the degraded states, and that the page talks to no host but the node and
// the gateway. Writes a screenshot of each view to $SHOTS.
//
//   EXPLORER=http://127.0.0.1:8080/ RPC=ws://127.0.0.1:9944 SEED='{…}' [FLEET='{…}'] SHOTS=dir \
//     node web/test/browser.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const explorer = process.env.EXPLORER ?? 'http://127.0.0.1:8080/';
const rpc = process.env.RPC ?? 'ws://127.0.0.1:9944';
const seed = JSON.parse(process.env.SEED ?? '{}');
const shots = process.env.SHOTS ?? 'explorer-screenshots';
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
fs.mkdirSync(shots, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  defaultViewport: { width: 1200, height: 900 },
});
const page = await browser.newPage();
const hosts = new Set();
page.on('request', (r) => hosts.add(new URL(r.url()).host));
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
const sockets = [];
const cdp = await page.createCDPSession();
await cdp.send('Network.enable');
cdp.on('Network.webSocketCreated', ({ url }) => sockets.push(new URL(url).host));

const base = `${explorer}?rpc=${encodeURIComponent(rpc)}`;
const text = (selector) => page.$eval(selector, (el) => el.textContent.trim());
/** Waits until `selector`'s text is `expected` (as a string), then answers it. */
async function figureIs(name, expected) {
  const selector = `[data-figure="${name}"] b`;
  await page.waitForFunction((s, want) => document.querySelector(s)?.textContent.trim() === want, { timeout: 30_000 }, selector, String(expected))
    .catch(async () => assert.fail(`figure ${name}: want ${expected}, page shows ${await text(selector).catch(() => 'nothing')}`));
}
const shot = (name) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const step = (name) => console.log(`explorer browser test: ${name}`);

// Fleet: the owner's devices, one suspended, each a row of the virtualised list.
await page.goto(`${base}#/fleet?owner=${seed.owner}`);
await page.waitForSelector('[data-node="up"]', { timeout: 60_000 });
await figureIs('devices', seed.devices.length);
await figureIs('suspended', 1);
await figureIs('active', seed.devices.length - 1);
await figureIs('streams', seed.devices.length);
for (const id of seed.devices) await page.waitForSelector(`[data-device="${id}"]`);
// The row's anchor and gaps, read as it comes on screen.
await page.waitForFunction((id, missing) => {
  const row = document.querySelector(`[data-device="${id}"]`)?.textContent ?? '';
  return /#\d+ · /.test(row) && row.includes(`${missing} missing`);
}, { timeout: 30_000 }, seed.device, seed.missing);
await shot('fleet');
step('fleet shows the seeded devices');

// The device page: its passport and its stream's anchoring, gaps counted by the chain.
await page.goto(`${base}#/device/${seed.device}`);
await figureIs('status', 'active');
await figureIs('streams', 1);
await figureIs('gaps', seed.missing);
await page.waitForSelector('table.streams [data-stream-link="0"]');
await shot('device');
step('device page shows the passport and the stream');

// The re-keyed device: its history from the gateway's index of finalized blocks, newest first.
await page.goto(`${base}#/device/${seed.rotated}`);
await figureIs('status', 'suspended');
await figureIs('rotations', 1);
const wanted = ['DeviceSuspended', 'DeviceTransferred', 'DeviceTransferred', 'KeyRotated', 'DeviceRegistered'];
await page.waitForFunction((n) => document.querySelectorAll('table.history [data-event]').length >= n, { timeout: 30_000 }, wanted.length)
  .catch(async () => assert.fail(`device history: ${await text('[data-view="device"]').catch(() => 'nothing')}`));
const events = await page.$$eval('table.history [data-event]', (els) => els.map((el) => el.dataset.event));
assert.deepEqual(events, wanted, `the device's history, newest first: ${events}`);
const transfers = await page.$$eval('table.history tr', (rows) => rows.filter((r) => r.querySelector('[data-event="DeviceTransferred"]')).map((r) => r.textContent));
assert.ok(transfers.some((row) => row.includes(seed.payee.slice(0, 8))), `a transfer names Bob: ${transfers}`);
assert.match(await text('[data-covered]'), /^From the blocks the gateway indexed, #\d+ to #\d+/);
await shot('device-history');
step('device page shows the history of a rotation, two transfers and a suspension');

// Stream: readings from the gateway, two anchors, one gap; a proof verified in the page.
await page.goto(`${base}#/stream/${seed.device}/${seed.stream}`);
await page.waitForSelector('[data-gateway="up"]', { timeout: 30_000 });
await figureIs('readings', seed.readings);
await figureIs('anchored', seed.readings);
await figureIs('gaps', seed.gaps);
await figureIs('missing', seed.missing);
await page.waitForSelector('.plot canvas');
const anchors = Number(await text('[data-figure="anchors"] b'));
assert.ok(anchors >= 2, `the stream's readings sit in at least two anchors, page shows ${anchors}`);
await shot('stream');
await page.click('[data-seq="5"]');
await page.waitForSelector('[data-verdict="genuine"]', { timeout: 30_000 });
assert.equal(await page.$eval('[data-verdict="genuine"]', (el) => el.dataset.ok), 'true', `genuine reading: ${await text('[data-verdict="genuine"]')}`);
await page.click('[data-action="tamper"]');
await page.waitForSelector('[data-verdict="tampered"]');
assert.equal(await page.$eval('[data-verdict="tampered"]', (el) => el.dataset.ok), 'false', 'a forged value must not verify');
await shot('stream-proof');
step('stream: a proof verifies in the page against the chain\'s root, a forged value does not');

// Payments: the channel from the owner to Bob.
await page.goto(`${base}#/payments?account=${seed.owner}`);
await figureIs('channels', 1);
await figureIs('deposit', '5');
await figureIs('escrows', 1);
await figureIs('escrowed', '2');
await page.waitForSelector('table.escrows [data-escrow-status="active"]');
await page.waitForFunction((id) => [...document.querySelectorAll('table.channels td')].some((td) => td.textContent === `#${id}`), {}, seed.channel);
await shot('payments');
step('payments shows the channel and the escrow');

// Rewards: the owner's hotspot on its H3 cell.
await page.goto(`${base}#/rewards?owner=${seed.owner}`);
await figureIs('nodes', 1);
await page.waitForSelector(`svg.cells polygon[data-node="${seed.node}"]`, { timeout: 30_000 });
await page.waitForFunction((cell) => [...document.querySelectorAll('table.nodes code')].some((c) => c.textContent === cell), {}, seed.cell);
await shot('rewards');
step('rewards draws the node\'s cell');

// Product: the recalled unit by its GS1 key, its timeline and its QR code.
await page.goto(`${base}#/product?q=${encodeURIComponent(seed.product)}`);
await page.waitForSelector('[data-recall="true"]', { timeout: 30_000 });
await figureIs('item', `#${seed.item}`);
await figureIs('genuine', `✔ genuine: tag #${seed.tag} bound to this item`);
await page.waitForSelector('.timeline [data-event="commission"]');
await page.waitForSelector('.timeline [data-event="observe"]');
await page.waitForSelector(`[data-leg="${seed.leg}"] canvas`, { timeout: 30_000 });
const legText = await text(`[data-leg="${seed.leg}"]`);
assert.match(legText, /pending|met|unproven|violated/, `the leg shows its verdict: ${legText}`);
const qrText = await page.$eval('svg[data-qr]', (el) => el.dataset.qr);
assert.ok(qrText.endsWith(`#/product?q=${encodeURIComponent(seed.product)}`), `the QR code opens this page: ${qrText}`);
await shot('product');
step('product shows the recall, the genuine tag, the timeline, the leg with its readings and the QR code');

// A large fleet (fleet.mjs): all of it listed, only the rows in view in the DOM.
if (process.env.FLEET) {
  const fleet = JSON.parse(process.env.FLEET);
  const startedAt = Date.now();
  await page.goto(`${base}#/fleet?owner=${fleet.owner}`);
  await page.waitForFunction((n) => document.querySelector('[data-figure="devices"] b')?.textContent === n, { timeout: 120_000 }, fleet.devices.toLocaleString('en'));
  const loaded = Date.now() - startedAt;
  const readMs = Number(await page.$eval('[data-view="fleet"]', (el) => el.dataset.loadMs));
  const rows = await page.$$eval('.vlist .row', (r) => r.length);
  assert.ok(rows < 80, `a virtualised list keeps few rows in the DOM, found ${rows}`);
  const scrolled = Date.now();
  await page.$eval('.vlist', (el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForSelector(`[data-device="${fleet.last}"]`, { timeout: 5_000 });
  const scrollMs = Date.now() - scrolled;
  await page.type('input[name="filter"]', 'bulk/th-3');
  await page.waitForFunction(() => document.querySelector('[data-figure="shown"] b')?.textContent !== document.querySelector('[data-figure="devices"] b')?.textContent);
  const shown = await text('[data-figure="shown"] b');
  await shot('fleet-large');
  console.log(`explorer fleet of ${fleet.devices}: page to figures ${loaded} ms (chain reads ${readMs} ms), ${rows} rows in the DOM, scroll to the last device ${scrollMs} ms, filter "bulk/th-3" shows ${shown}`);
  assert.ok(loaded < 60_000, `the fleet view took ${loaded} ms`);
}

// Nothing but the explorer's own origin (the gateway) and the node.
const allowed = new Set([new URL(explorer).host, new URL(rpc).host]);
for (const host of [...hosts, ...sockets]) assert.ok(allowed.has(host), `the page contacted ${host}`);
step(`contacted only ${[...allowed].join(' and ')}`);

// Degraded: a gateway that does not answer, then a node that does not.
await page.goto(`${base}&gateway=${encodeURIComponent('http://127.0.0.1:9')}#/stream/${seed.device}/${seed.stream}`);
await page.waitForSelector('[data-gateway="down"]');
await page.waitForFunction(() => document.getElementById('banner').textContent.includes('gateway'), { timeout: 15_000 });
await page.waitForSelector('[data-node="up"]', { timeout: 30_000 });
await shot('degraded-gateway');
await page.goto(`${explorer}?rpc=${encodeURIComponent('ws://127.0.0.1:9')}#/fleet`);
await page.waitForSelector('[data-node="down"]', { timeout: 30_000 });
await page.waitForFunction(() => document.getElementById('banner').textContent.includes('node'));
await shot('degraded-node');
step('degraded states are shown');

await browser.close();
