// The public header compiles as C++17 with the project's warnings, next to <linux/bpf.h>,
// and its functions link from C++ (extern "C").
#include "bpfaot.h"

#include <linux/bpf.h>

#include <cstdio>

static_assert(BPFAOT_MAP_TYPE_LRU_HASH == BPF_MAP_TYPE_LRU_HASH, "same numbers as the kernel");
static_assert(sizeof(struct bpfaot_map) == BPFAOT_MAP_SIZE, "ABI layout");

int main()
{
	uint64_t storage[2] = {0, 0};
	struct bpfaot_map map = {};
	map.type = BPFAOT_MAP_TYPE_ARRAY;
	map.key_size = 4;
	map.value_size = 8;
	map.max_entries = 2;
	map.name = "array";
	map.storage = storage;
	uint32_t key = 1;
	uint64_t value = 42;
	int err = bpfaot_map_update_elem(&map, &key, sizeof(key), &value, sizeof(value), BPFAOT_ANY);
	bool ok = err == 0 && storage[1] == 42;
	bpfaot_map_free(&map);
	std::printf("%s\n", ok ? "ok" : "FAIL");
	return ok ? 0 : 1;
}
