// @iot-chain/client: typed access to the IoT chain and its off-chain payloads, byte for byte
// those of iot-primitives (docs/encodings.md).
export * from './api.js';
export * from './data.js';
export * from './hash.js';
export * from './keys.js';
export * from './merkle.js';
export * from './payload.js';
export * from './payment.js';
export * from './rewards.js';
export * from './rpc.js';
export * from './scale.js';
export * from './telemetry.js';
