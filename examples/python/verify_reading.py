"""Read a device and verify one of its readings, in Python with substrate-interface.

The proof comes in the form a gateway serves it (`GET /proof/...`; the TypeScript example
onboard-and-anchor.ts writes the same form): anchor, root, leaf count, reading and Merkle path.
The device is read two ways (the `iot_device` JSON-RPC and the registry's storage through the
runtime's metadata), and the reading is verified by the node with `iot_verifyReading`; a changed
value must be refused.

    python examples/python/verify_reading.py ws://127.0.0.1:9944 proofs.json [index]
"""

import json
import sys

from substrateinterface import SubstrateInterface


def main() -> int:
    url = sys.argv[1] if len(sys.argv) > 1 else "ws://127.0.0.1:9944"
    path = sys.argv[2] if len(sys.argv) > 2 else "proofs.json"
    index = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(path, encoding="utf-8") as f:
        served = json.load(f)[index]
    reading, proof, anchor = served["reading"], served["proof"], served["anchor"]

    chain = SubstrateInterface(url=url)
    device = chain.rpc_request("iot_device", [reading["device"]])["result"]
    if device is None:
        print(f"device {reading['device']} is not registered", file=sys.stderr)
        return 1
    stored = chain.query("DeviceRegistry", "Devices", [reading["device"]]).value
    print(f"device {device['id']}: {device['class']}, owner {device['owner']}, {device['status']}")
    if stored["owner"] != device["owner"]:
        print("the JSON-RPC and the storage disagree on the owner", file=sys.stderr)
        return 1

    def verified(r: dict) -> bool:
        return chain.rpc_request("iot_verifyReading", [anchor, r, proof])["result"]

    genuine = verified(reading)
    forged = verified({**reading, "value": {"scalar": 9999}})
    print(f"reading {reading['sequence']} in anchor {anchor}: {genuine}; with value 9999: {forged}")
    chain.close()
    if not genuine or forged:
        print("verification did not hold", file=sys.stderr)
        return 1
    print("verified: the reading is in the anchored batch, and a changed one is not")
    return 0


if __name__ == "__main__":
    sys.exit(main())
