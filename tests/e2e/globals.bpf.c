/* globals.bpf.c - global data: .data, .rodata, .bss and a custom .data.* section.
 * One variable per section, so that every clang lays the sections out the same way. */
#include "e2e.h"

u64 counter = 5;                        /* .data */
const volatile u64 factor = 3;          /* .rodata */
u64 total;                              /* .bss */
u64 custom SEC(".data.custom") = 0x1111; /* .data.custom */

/* counter += ctx[0]; total = counter * factor; custom += 1; returns total. */
SEC("raw_tp") int globals(u64 *ctx)
{
	counter += ctx[0];
	total = counter * factor;
	custom += 1;
	return total;
}
