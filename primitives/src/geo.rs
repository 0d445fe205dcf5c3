//! H3 cell indexes, as devices' locations and nodes' coverage cells are given.

/// An H3 cell index (64-bit).
pub type H3Cell = u64;

/// The resolution of `cell` if it is an H3 cell index (mode 1, a valid base cell, unused
/// digits 7); `None` for anything else.
pub fn h3_resolution(cell: H3Cell) -> Option<u8> {
	let reserved = cell >> 63;
	let mode = (cell >> 59) & 0xF;
	let res = ((cell >> 52) & 0xF) as u8;
	let base_cell = (cell >> 45) & 0x7F;
	if reserved != 0 || mode != 1 || base_cell >= 122 {
		return None;
	}
	// Digits beyond the resolution are unused and must be 7.
	let unused_are_seven = (res + 1..=15).all(|r| (cell >> ((15 - u64::from(r)) * 3)) & 0x7 == 0x7);
	unused_are_seven.then_some(res)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn resolutions_of_cells_and_non_cells() {
		assert_eq!(h3_resolution(0x0852_8347_3fff_ffff), Some(5));
		assert_eq!(h3_resolution(0), None);
		assert_eq!(h3_resolution(0x0852_8347_3fff_fff0), None, "unused digits must be 7");
		assert_eq!(h3_resolution(77), None);
	}
}
