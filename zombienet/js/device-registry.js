// Registers a device through one node (with the device's proof of possession) and checks the
// record and the `DeviceRegistered` event on another. Returns the new device's id + 1.
const { connectPair, eventOn, registerDevice } = require("./lib.js");

async function run(nodeName, networkInfo) {
	const { api, other, otherName } = await connectPair(nodeName, networkInfo);
	const keyring = new zombie.Keyring({ type: "sr25519" });
	const owner = keyring.addFromUri("//Alice");
	const device = keyring.addFromUri("//zombienet-device");

	const blockHash = await registerDevice(api, owner, device);
	const event = await eventOn(other, otherName, blockHash, "deviceRegistry", "DeviceRegistered");
	const id = event.data.device.toNumber();
	const record = (await other.query.deviceRegistry.devices(id)).unwrap();
	if (record.owner.toString() !== owner.address) throw new Error(`owner is ${record.owner}`);
	console.log(`device #${id} registered via ${nodeName}, seen on ${otherName}`);
	await api.disconnect();
	await other.disconnect();
	return id + 1;
}

module.exports = { run };
