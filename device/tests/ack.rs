//! The gateway's answers as it writes them (gateway/src/http.rs), and input that is not one.

use iot_device::{
	ack::{parse, Reason, Refusal, MAX_REFUSED},
	Error,
};
use proptest::prelude::*;

#[test]
fn accepted_and_refused_answers_parse() {
	let all = parse(br#"{"accepted":3,"refused":[]}"#).unwrap();
	assert_eq!(all.accepted, 3);
	assert!(all.all_accepted());

	let some = parse(
		br#"{"accepted":1,"refused":[{"index":1,"reason":"bad_signature","detail":"the signature does not verify for \"device 3\""},{"index":2,"reason":"duplicate","detail":"sequence 4 of (3, 0) was taken"},{"index":3,"reason":"brand_new","detail":""}]}"#,
	)
	.unwrap();
	assert_eq!(some.accepted, 1);
	assert!(!some.all_accepted());
	let refused: Vec<Refusal> = some.refused().collect();
	assert_eq!(
		refused,
		[
			Refusal { index: 1, reason: Reason::BadSignature },
			Refusal { index: 2, reason: Reason::Duplicate },
			Refusal { index: 3, reason: Reason::Other },
		]
	);
	assert!(Reason::ChainUnavailable.is_transient() && !Reason::BadSignature.is_transient());
	let stopping =
		parse(br#"{"accepted":0,"refused":[{"index":0,"reason":"shutting_down"}]}"#).unwrap();
	assert!(stopping
		.refused()
		.all(|r| r.reason == Reason::ShuttingDown && r.reason.is_transient()));
	let nested_detail = br#"{"accepted":2,"refused":[],"extra":{"a":[{"b":"]]]]]]"}]}}"#;
	assert_eq!(parse(nested_detail).unwrap().accepted, 2, "brackets inside strings do not count");
}

#[test]
fn anything_else_is_malformed() {
	let too_many = format!(
		r#"{{"accepted":0,"refused":[{}]}}"#,
		vec![r#"{"index":0,"reason":"unsigned"}"#; MAX_REFUSED + 1].join(",")
	);
	// Unknown fields are skipped by recursion: nesting past the limit is refused before parsing.
	let deep =
		format!(r#"{{"accepted":0,"refused":[],"x":{}{}}}"#, "[".repeat(500), "]".repeat(500));
	let long = format!(r#"{{"accepted":0,"refused":[],"x":"{}"}}"#, "a".repeat(9000));
	for body in [
		&br#"{"error":"body above 8 MiB"}"#[..],
		b"",
		b"{",
		b"[1,2]",
		br#"{"accepted":-1,"refused":[]}"#,
		br#"{"accepted":4294967296,"refused":[]}"#,
		br#"{"accepted":1}"#,
		too_many.as_bytes(),
		deep.as_bytes(),
		long.as_bytes(),
	] {
		assert_eq!(parse(body), Err(Error::Malformed), "{}", String::from_utf8_lossy(body));
	}
}

proptest! {
	#[test]
	fn random_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..300)) {
		let _ = parse(&body);
	}
}
