/* Start-up for QEMU's mps2-an386: the vector table the core boots from (initial stack pointer at
 * the top of the 4 MiB SSRAM at 0x20000000, reset handler), and a reset handler that clears .bss,
 * opens newlib's semihosting handles (rdimon) and runs main. newlib's own crt0 takes its stack
 * from SYS_HEAPINFO, which QEMU answers with an address past this board's RAM, and leaves the
 * FPU off. */

#include <stdlib.h>
#include <string.h>

extern int main(void);
extern void initialise_monitor_handles(void);
extern char __bss_start__[], __bss_end__[];

void iot_example_reset(void) {
	/* The FPU is off after reset; hard-float code (newlib's) needs it: CPACR full access. */
	*(volatile unsigned int *)0xE000ED88 |= 0xFu << 20;
	__asm volatile("dsb\n\tisb" ::: "memory");
	memset(__bss_start__, 0, (size_t)(__bss_end__ - __bss_start__));
	initialise_monitor_handles();
	exit(main());
}

/* No C++ constructors or destructors to run: newlib's exit() still calls these. */
void _init(void) {}
void _fini(void) {}

__attribute__((section(".vectors"), used)) void (*const iot_example_vectors[])(void) = {
	(void (*)(void))0x20400000,
	iot_example_reset,
};
