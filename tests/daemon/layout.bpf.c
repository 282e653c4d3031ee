/* layout.bpf.c - global variables whose skeleton layout needs care: padding between
 * variables, structs, unions, arrays, enums, bool, a static variable (not in the skeleton),
 * const volatile configuration, several named sections. The skeleton test checks every
 * variable's offset, size and bytes against the ELF symbol table. */
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>

struct point {
	int x;
	char tag;
};
union word {
	__u32 u;
	__u8 b[4];
};
enum color { RED = 1, GREEN = 2, BLUE = 4 };

char small = 1;              /* .data at 0 */
__u64 big = 0x1122334455667788; /* .data at 8: 7 bytes of padding before it */
struct point origin = {3, 'o'};
__s16 shorts[3] = {-1, 2, -3};
union word w = {.u = 0xdeadbeef};
enum color paint = GREEN;
bool enabled = true;
static int hidden = 42;      /* static: left out of the skeleton, still in .data */

char pad_bss;                /* .bss */
__u64 total_bss;
struct point points[2];

const volatile __u32 cfg_limit = 100; /* .rodata */
const volatile char cfg_name[5] = "abcd";

__u32 tagged SEC(".data.tagged") = 0x1234;
const char banner[8] SEC(".rodata.banner") = "bpfaot";

SEC("xdp")
int layout(struct xdp_md *ctx)
{
	(void)ctx;
	hidden++;
	total_bss += big + origin.x + shorts[2] + w.b[1] + paint + enabled + small + pad_bss + points[1].tag;
	return cfg_limit + cfg_name[1] + tagged + banner[0] + hidden;
}

char LICENSE[] SEC("license") = "GPL";
