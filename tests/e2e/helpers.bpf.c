/* helpers.bpf.c - helpers from runtime/helpers.def whose results do not depend on the
 * machine: time is monotonic, random numbers vary, the CPU id is small, probe reads copy,
 * trace_printk returns the length it formatted. Input: none needed. */
#include "e2e.h"

/* Bit 0: ktime_get_ns is monotonic; bit 1: ktime_get_boot_ns is; bit 2: boot time is not
 * behind monotonic time; bit 3: four random numbers are not all equal; bit 4: the CPU id
 * is below 4096. Expected 0x1f. */
SEC("raw_tp") int time_random_cpu(u64 *ctx)
{
	u64 t1 = bpf_ktime_get_ns(), t2 = bpf_ktime_get_ns();
	u64 b1 = bpf_ktime_get_boot_ns(), b2 = bpf_ktime_get_boot_ns();
	u32 r1 = bpf_get_prandom_u32(), r2 = bpf_get_prandom_u32();
	u32 r3 = bpf_get_prandom_u32(), r4 = bpf_get_prandom_u32();
	u32 cpu = bpf_get_smp_processor_id();

	return (t2 >= t1) | (b2 >= b1) << 1 | (b1 >= t2) << 2 |
	       !(r1 == r2 && r2 == r3 && r3 == r4) << 3 | (cpu < 4096) << 4;
}

/* probe_read_kernel and probe_read copy 16 bytes of this stack; returns their sum plus
 * both return codes (0). */
SEC("raw_tp") int probe_reads(u64 *ctx)
{
	volatile u64 src[2] = { 0x0807060504030201ULL, 0x100f0e0d0c0b0a09ULL };
	u64 dst[2] = { 0, 0 }, dst2[2] = { 0, 0 };
	long e1 = bpf_probe_read_kernel(dst, sizeof(dst), (void *)src);
	long e2 = bpf_probe_read(dst2, sizeof(dst2), (void *)src);
	u64 s = 0;

	for (int i = 0; i < 16; i++)
		s += ((unsigned char *)dst)[i] + ((unsigned char *)dst2)[i];
	return s + e1 + e2;
}

/* probe_read_kernel_str / probe_read_str of "hello": the whole string is 6 bytes with the
 * NUL; into 4 bytes it is "hel" plus NUL and the result is 4. Returns
 * full | truncated << 8 | legacy-full << 16 | last byte of the truncated copy << 24. */
SEC("raw_tp") int probe_read_strs(u64 *ctx)
{
	volatile u64 src = 0x0000006f6c6c6568ULL; /* "hello" */
	char full[8], small[4], legacy[8];
	long n_full = bpf_probe_read_kernel_str(full, sizeof(full), (void *)&src);
	long n_small = bpf_probe_read_kernel_str(small, sizeof(small), (void *)&src);
	long n_legacy = bpf_probe_read_str(legacy, sizeof(legacy), (void *)&src);

	return (u32)n_full | (u32)n_small << 8 | (u32)n_legacy << 16 | (u32)small[3] << 24;
}

/* trace_printk returns the number of bytes it formatted: "x=42\n" is 5. */
SEC("raw_tp") int printk(u64 *ctx)
{
	char fmt[] = "x=%d\n";

	return bpf_trace_printk(fmt, sizeof(fmt), 42);
}
