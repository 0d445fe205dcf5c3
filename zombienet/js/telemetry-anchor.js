// Registers a device, declares a stream and anchors a batch through one node, then checks the
// `BatchAnchored` event and the stored anchor on another. Returns the leaf count (3).
const { connectPair, eventOn, registerDevice, submitInBlock } = require("./lib.js");

async function run(nodeName, networkInfo) {
	const { api, other, otherName } = await connectPair(nodeName, networkInfo);
	const keyring = new zombie.Keyring({ type: "sr25519" });
	const owner = keyring.addFromUri("//Alice");
	const device = keyring.addFromUri("//zombienet-telemetry-device");

	const registered = await registerDevice(api, owner, device);
	const events = await (await api.at(registered)).query.system.events();
	const id = events.find(({ event }) => api.events.deviceRegistry.DeviceRegistered.is(event)).event.data.device;

	await submitInBlock(api.tx.telemetryAnchor.declareStream(id, 0, "temperature", 1, 60000), owner, "declare_stream");
	// The chain checks the ranges against the stream, not the root: any 32 bytes stand for a
	// batch tree built off chain here.
	const root = "0x" + "ab".repeat(32);
	const range = {
		device: id,
		stream: 0,
		firstSequence: 1,
		lastSequence: 3,
		firstTimestamp: 1780000000000,
		lastTimestamp: 1780000120000,
		count: 3,
	};
	const tx = api.tx.telemetryAnchor.anchorBatch(root, 3, [{ range, signedSummary: null }], "ipfs://zombienet-batch");
	const blockHash = await submitInBlock(tx, owner, "anchor_batch");

	const anchored = await eventOn(other, otherName, blockHash, "telemetryAnchor", "BatchAnchored");
	const anchor = anchored.data.anchor.toNumber();
	const record = (await other.query.telemetryAnchor.anchors(anchor)).unwrap();
	if (record.root.toHex() !== root) throw new Error(`root is ${record.root.toHex()}`);
	if (record.ranges[0].range.lastSequence.toNumber() !== 3) throw new Error(`ranges are ${record.ranges}`);
	console.log(`anchor #${anchor} of device #${id} made via ${nodeName}, seen on ${otherName}`);
	await api.disconnect();
	await other.disconnect();
	return record.leafCount.toNumber();
}

module.exports = { run };
