// Connecting and submitting the way Polkadot.js apps does, from @iot-chain/client.
import { connect as connectClient } from '@iot-chain/client';

export { failure, submit } from '@iot-chain/client';

/** Connects to the node at `url` and answers its `ApiPromise`, or throws. */
export const connect = async (url) => (await connectClient(url)).api;
