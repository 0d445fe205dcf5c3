// With two of four validators down, GRANDPA cannot finalize: the finalized head must stay where
// it is for `args[0]` seconds while Aura keeps producing blocks. Records the stalled head for
// finality-resumes.js. Returns 1 on success.
const fs = require("fs");
const path = require("path");

const STATE = path.join(require("os").tmpdir(), "iot-zombienet-stalled-head.json");

async function run(nodeName, networkInfo, args) {
	const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
	const api = await zombie.connect(wsUri, userDefinedTypes);
	const seconds = Number(args[0] || 30);

	// Let a vote round that was under way when the validators went down finish first.
	await new Promise((r) => setTimeout(r, 10000));
	const finalizedHash = await api.rpc.chain.getFinalizedHead();
	const finalized = (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber();
	const best = (await api.rpc.chain.getHeader()).number.toNumber();

	await new Promise((r) => setTimeout(r, seconds * 1000));
	const finalizedAfter = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
	const bestAfter = (await api.rpc.chain.getHeader()).number.toNumber();
	console.log(`finalized ${finalized} -> ${finalizedAfter}, best ${best} -> ${bestAfter} over ${seconds}s`);
	if (finalizedAfter !== finalized) throw new Error(`finality advanced to ${finalizedAfter} with two validators down`);
	if (bestAfter < best + 2) throw new Error(`block production stopped too (best ${best} -> ${bestAfter})`);

	fs.writeFileSync(STATE, JSON.stringify({ number: finalized, hash: finalizedHash.toHex() }));
	await api.disconnect();
	return 1;
}

module.exports = { run };
