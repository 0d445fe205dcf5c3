/* A C sensor on the iot-device library: its key, its possession proof, a signed reading ready
 * for `POST /readings`, a signed batch header, sequence numbers kept in (simulated) flash, and
 * the gateway's answer read back. Built with arm-none-eabi-gcc by scripts/device.sh and run under
 * QEMU (mps2-an386) with semihosting output. */

#include <stdio.h>
#include <string.h>

#include "iot_device.h"

/* Two flash records; on a real board these are two sectors behind the HAL's flash driver. */
static uint8_t flash_slots[2][IOT_RECORD_LEN];

static int32_t flash_read(void *context, uint8_t slot, uint8_t *record) {
	(void)context;
	memcpy(record, flash_slots[slot & 1], IOT_RECORD_LEN);
	return 0;
}

static int32_t flash_write(void *context, uint8_t slot, const uint8_t *record) {
	(void)context;
	memcpy(flash_slots[slot & 1], record, IOT_RECORD_LEN);
	return 0;
}

static void print_hex(const char *label, const uint8_t *bytes, size_t len) {
	printf("%s ", label);
	for (size_t i = 0; i < len; i++) {
		printf("%02x", bytes[i]);
	}
	printf("\n");
}

static int check(const char *what, int32_t status) {
	if (status != IOT_OK) {
		printf("error %s %d\n", what, (int)status);
	}
	return status != IOT_OK;
}

int main(void) {
	static const uint8_t genesis[32] = {0x42};
	static const uint8_t owner[32] = {0xa1};
	IotSigner key = {.kind = IOT_KEY_ED25519};
	memset(key.secret, 0x11, sizeof key.secret);

	uint8_t out[256];
	size_t len = 0;
	if (check("public key", iot_public_key(&key, out, sizeof out, &len))) return 1;
	print_hex("key", out, len);
	if (check("proof", iot_possession_proof(&key, genesis, owner, 1, out, sizeof out, &len))) return 1;
	print_hex("proof", out, len);

	memset(flash_slots, 0xff, sizeof flash_slots);
	IotFlash flash = {.context = NULL, .read = flash_read, .write = flash_write};
	IotSequences sequences;
	if (check("sequences", iot_sequences_open(&sequences, &flash, 16))) return 1;

	IotBatch batch;
	if (check("batch", iot_batch_init(&batch))) return 1;
	for (int i = 0; i < 4; i++) {
		IotReading reading = {.device = 7, .stream = 0, .timestamp = 1700000000000ULL + 1000ULL * i,
		                      .value = 4000 + 10 * i, .has_salt = 1};
		memset(reading.salt, i, sizeof reading.salt);
		if (check("sequence", iot_sequences_next(&sequences, 0, &reading.sequence))) return 1;
		if (check("reading", iot_sign_reading(&key, genesis, &reading, out, sizeof out, &len))) return 1;
		print_hex("reading", out, len);
		if (check("batch", iot_batch_add(&batch, &reading))) return 1;
	}
	uint8_t signature[80];
	size_t signature_len = 0;
	if (check("header", iot_batch_sign(&batch, &key, genesis, out, sizeof out, &len, signature,
	                                   sizeof signature, &signature_len)))
		return 1;
	print_hex("header", out, len);
	print_hex("header-signature", signature, signature_len);

	/* Errors are codes, not crashes. */
	if (iot_sign_reading(&key, genesis, NULL, out, sizeof out, &len) != IOT_ERR_NULL) return 1;
	if (iot_public_key(&key, out, 4, &len) != IOT_ERR_BUFFER_TOO_SMALL) return 1;
	IotSigner unknown = {.kind = 99};
	if (iot_public_key(&unknown, out, sizeof out, &len) != IOT_ERR_UNSUPPORTED_KEY) return 1;

	static const char answer[] =
	    "{\"accepted\":3,\"refused\":[{\"index\":1,\"reason\":\"chain_unavailable\",\"detail\":\"x\"}]}";
	IotAck ack;
	if (check("ack", iot_parse_ack((const uint8_t *)answer, sizeof answer - 1, &ack))) return 1;
	printf("ack %u %u %u %d\n", (unsigned)ack.accepted, (unsigned)ack.refused,
	       (unsigned)ack.first_refused_index, (int)ack.first_refused_transient);
	if (iot_parse_ack((const uint8_t *)"{", 1, &ack) != IOT_ERR_MALFORMED) return 1;
	printf("done\n");
	return 0;
}
