// The runtime's types for @polkadot/api, generated from metadata/iot-metadata.scale by
// scripts/generate.mjs: importing this module types `api.tx`, `api.query`, `api.consts`,
// `api.events`, `api.errors` and `api.call` with our pallets' calls, storage, runtime APIs and
// events instead of the generic Substrate ones.
import './interfaces/augment-api-consts.js';
import './interfaces/augment-api-errors.js';
import './interfaces/augment-api-events.js';
import './interfaces/augment-api-query.js';
import './interfaces/augment-api-runtime.js';
import './interfaces/augment-api-tx.js';
import './interfaces/lookup/registry.js';
import './interfaces/lookup/types-lookup.js';
