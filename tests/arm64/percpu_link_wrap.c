/* percpu_link_wrap.c - counts the compiled code's calls of bpfaot_helper_map_lookup_elem
 * (linked with -Wl,--wrap=bpfaot_helper_map_lookup_elem next to the compiled object, in
 * the same executable or shared library). */
#include <stdint.h>

uint64_t __real_bpfaot_helper_map_lookup_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					      uint64_t r5);
uint64_t __wrap_bpfaot_helper_map_lookup_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					      uint64_t r5);
unsigned long percpu_link_helper_calls(void);

static unsigned long calls;

uint64_t __wrap_bpfaot_helper_map_lookup_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					      uint64_t r5)
{
	__atomic_fetch_add(&calls, 1, __ATOMIC_RELAXED);
	return __real_bpfaot_helper_map_lookup_elem(r1, r2, r3, r4, r5);
}

unsigned long percpu_link_helper_calls(void)
{
	return __atomic_load_n(&calls, __ATOMIC_RELAXED);
}
