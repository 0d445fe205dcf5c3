/* The Cortex-M vector table QEMU's mps2-an386 boots from: the initial stack pointer (top of the
 * 4 MiB SSRAM at 0x20000000) and newlib's semihosting start-up (rdimon), which calls main. */

extern void _start(void);

__attribute__((section(".vectors"), used)) static void (*const vectors[])(void) = {
	(void (*)(void))0x20400000,
	_start,
};
