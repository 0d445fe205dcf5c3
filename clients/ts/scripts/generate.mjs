// Generates the typed interface of the runtime (src/interfaces/) from the committed metadata,
// metadata/iot-metadata.scale, with @polkadot/typegen: the lookup types of every pallet type and
// the augmentation of api.tx, api.query, api.consts, api.events, api.errors and api.call.
//
// `--check` generates into a temporary directory and fails when it differs from src/interfaces,
// so a runtime change that refreshed the metadata but not the client cannot land.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { u8aToHex } from '@polkadot/util';
import {
  generateDefaultConsts, generateDefaultErrors, generateDefaultEvents, generateDefaultLookup,
  generateDefaultQuery, generateDefaultRuntime, generateDefaultTx,
} from '@polkadot/typegen/generate';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const metadataFile = path.resolve(root, '../../metadata/iot-metadata.scale');
const check = process.argv.includes('--check');

const out = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'iot-typegen-')) : path.join(root, 'src/interfaces');
const metaHex = u8aToHex(fs.readFileSync(metadataFile));

fs.mkdirSync(path.join(out, 'lookup'), { recursive: true });
// typegen logs every file it writes; the check only needs the differences.
const log = console.log;
console.log = () => {};
try {
  generateDefaultLookup(path.join(out, 'lookup'), metaHex);
  // The index typegen writes re-exports a `types.ts` it only writes for a package's own
  // definitions; this package has none, and imports the lookup files by name.
  fs.rmSync(path.join(out, 'lookup/index.ts'));
  // The augmenters resolve type names through the lookup definitions just written; they are a
  // plain object literal, so they load as JavaScript.
  const lookupTs = fs.readFileSync(path.join(out, 'lookup/lookup.ts'), 'utf8');
  const lookupJs = path.join(out, 'lookup/lookup.definitions.mjs');
  fs.writeFileSync(lookupJs, lookupTs);
  const lookup = { rpc: {}, types: (await import(lookupJs)).default };
  fs.rmSync(lookupJs);
  const file = (name) => path.join(out, `augment-api-${name}.ts`);
  generateDefaultConsts(file('consts'), metaHex, {}, false, lookup);
  generateDefaultErrors(file('errors'), metaHex, {}, false);
  generateDefaultEvents(file('events'), metaHex, {}, false, lookup);
  generateDefaultQuery(file('query'), metaHex, {}, false, lookup);
  generateDefaultRuntime(file('runtime'), metaHex, {}, false, lookup);
  generateDefaultTx(file('tx'), metaHex, {}, false, lookup);
  // typegen maps the runtime's call enum to `Call` everywhere but in the runtime APIs' arguments,
  // where it names a lookup type it never declares; name it as everywhere else.
  const runtime = fs.readFileSync(file('runtime'), 'utf8')
    .replaceAll('IotRuntimeRuntimeCall', 'Call')
    .replace("import type { AccountId32, H256,", "import type { AccountId32, Call, H256,");
  fs.writeFileSync(file('runtime'), runtime);
} finally {
  console.log = log;
}

if (check) {
  const committed = path.join(root, 'src/interfaces');
  const list = (dir) => fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts')).sort();
  const fresh = list(out);
  const stale = [...new Set([...fresh, ...list(committed)])].filter((f) => {
    const a = path.join(out, f);
    const b = path.join(committed, f);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
  fs.rmSync(out, { recursive: true, force: true });
  if (stale.length) {
    console.error(`clients/ts/src/interfaces is stale against metadata/iot-metadata.scale: ${stale.join(', ')}`);
    console.error('run `npm run generate --workspace clients/ts` and commit the result');
    process.exit(1);
  }
  console.log(`clients/ts/src/interfaces matches metadata/iot-metadata.scale (${fresh.length} files)`);
}
