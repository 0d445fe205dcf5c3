// After the validators are back, finality must pass the stalled head, and the block finalized
// before the stall must still be the one at that height: nothing finalized is lost.
// Returns the new finalized height minus the stalled one (> 0 on success).
const fs = require("fs");
const path = require("path");

const STATE = path.join(require("os").tmpdir(), "iot-zombienet-stalled-head.json");

async function run(nodeName, networkInfo) {
	const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
	const api = await zombie.connect(wsUri, userDefinedTypes);
	const stalled = JSON.parse(fs.readFileSync(STATE, "utf8"));

	for (;;) {
		const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
		if (finalized > stalled.number + 2) {
			const hashThen = (await api.rpc.chain.getBlockHash(stalled.number)).toHex();
			if (hashThen !== stalled.hash) {
				throw new Error(`block #${stalled.number} changed from ${stalled.hash} to ${hashThen}`);
			}
			console.log(`finality resumed: #${stalled.number} -> #${finalized}, #${stalled.number} unchanged`);
			await api.disconnect();
			return finalized - stalled.number;
		}
		await new Promise((r) => setTimeout(r, 2000));
	}
}

module.exports = { run };
