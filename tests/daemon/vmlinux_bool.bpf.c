/* vmlinux_bool.bpf.c - `bool` as vmlinux.h spells it (a typedef of _Bool, no <stdbool.h>),
 * in a global variable and a map value: the skeleton must compile as C with and without
 * <stdbool.h> and as C++. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef _Bool bool;

struct settings {
	bool verbose;
	__u32 level;
};

bool enabled = 1;
struct settings settings = {1, 3};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, bool);
} flags SEC(".maps");

SEC("xdp")
int check(struct xdp_md *ctx)
{
	(void)ctx;
	__u32 zero = 0;
	bool *f = bpf_map_lookup_elem(&flags, &zero);
	return enabled && settings.verbose && f && *f ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
