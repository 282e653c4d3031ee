/* rt_map.c - map dispatch: lazy state, the host API and the map helpers programs call. */
#include "rt.h"

#include <string.h>

const struct rt_map_ops *rt_map_ops(uint32_t type)
{
	switch (type) {
	case BPFAOT_MAP_TYPE_ARRAY:
		return &rt_array_ops;
	case BPFAOT_MAP_TYPE_PERCPU_ARRAY:
		return &rt_percpu_array_ops;
	case BPFAOT_MAP_TYPE_HASH:
	case BPFAOT_MAP_TYPE_PERCPU_HASH:
	case BPFAOT_MAP_TYPE_LRU_HASH:
	case BPFAOT_MAP_TYPE_LRU_PERCPU_HASH:
		return &rt_hash_ops;
	case BPFAOT_MAP_TYPE_PROG_ARRAY:
		return &rt_prog_array_ops;
	case BPFAOT_MAP_TYPE_RINGBUF:
		return &rt_ringbuf_ops;
	case BPFAOT_MAP_TYPE_QUEUE:
	case BPFAOT_MAP_TYPE_STACK:
		return &rt_queue_ops;
	default:
		return NULL;
	}
}

bool rt_map_is_percpu(uint32_t type)
{
	return type == BPFAOT_MAP_TYPE_PERCPU_ARRAY || type == BPFAOT_MAP_TYPE_PERCPU_HASH ||
	       type == BPFAOT_MAP_TYPE_LRU_PERCPU_HASH;
}

const char *bpfaot_map_type_name(uint32_t type)
{
	switch (type) {
	case BPFAOT_MAP_TYPE_ARRAY:
		return "array";
	case BPFAOT_MAP_TYPE_PERCPU_ARRAY:
		return "percpu_array";
	case BPFAOT_MAP_TYPE_HASH:
		return "hash";
	case BPFAOT_MAP_TYPE_PERCPU_HASH:
		return "percpu_hash";
	case BPFAOT_MAP_TYPE_LRU_HASH:
		return "lru_hash";
	case BPFAOT_MAP_TYPE_LRU_PERCPU_HASH:
		return "lru_percpu_hash";
	case BPFAOT_MAP_TYPE_PROG_ARRAY:
		return "prog_array";
	case BPFAOT_MAP_TYPE_RINGBUF:
		return "ringbuf";
	case BPFAOT_MAP_TYPE_QUEUE:
		return "queue";
	case BPFAOT_MAP_TYPE_STACK:
		return "stack";
	default:
		return "unknown";
	}
}

void *rt_map_state(struct bpfaot_map *map)
{
	void *state = __atomic_load_n(&map->impl, __ATOMIC_ACQUIRE);
	if (state)
		return state;
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!ops || ops->check(map) != 0)
		return NULL;
	state = ops->create(map);
	if (!state)
		return NULL;
	void *expected = NULL;
	if (!__atomic_compare_exchange_n(&map->impl, &expected, state, false, __ATOMIC_ACQ_REL,
					 __ATOMIC_ACQUIRE)) {
		/* Another thread created it first; nothing referenced ours yet. */
		ops->destroy(map, state);
		return expected;
	}
	if (ops->inline_base)
		__atomic_store_n(&map->storage, ops->inline_base(state), __ATOMIC_RELEASE);
	return state;
}

void bpfaot_map_free(struct bpfaot_map *map)
{
	if (!map)
		return;
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (ops && ops->inline_base)
		__atomic_store_n(&map->storage, NULL, __ATOMIC_RELEASE);
	void *state = __atomic_exchange_n(&map->impl, NULL, __ATOMIC_ACQ_REL);
	if (state && ops)
		ops->destroy(map, state);
}

/* The ops of a usable map, or NULL with *err set. */
static const struct rt_map_ops *usable_ops(struct bpfaot_map *map, int *err)
{
	if (!map) {
		*err = -EINVAL;
		return NULL;
	}
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!ops || ops->check(map) != 0) {
		*err = -EINVAL;
		return NULL;
	}
	if (!rt_map_state(map)) {
		*err = -ENOMEM;
		return NULL;
	}
	return ops;
}

/* The host-side value size: per-CPU maps hold one 8-byte-aligned value per CPU slot. */
static size_t host_value_size(const struct bpfaot_map *map)
{
	if (rt_map_is_percpu(map->type))
		return RT_ROUND_UP((size_t)map->value_size, 8) * (size_t)bpfaot_num_possible_cpus();
	return map->value_size;
}

/* The key's size must be the map's; maps without keys (queue, stack) take NULL. */
static bool key_ok(const struct bpfaot_map *map, const void *key, size_t key_size)
{
	return key_size == map->key_size && (key || map->key_size == 0);
}

static bool unsupported_on_host(const struct bpfaot_map *map)
{
	return map->type == BPFAOT_MAP_TYPE_RINGBUF;
}

int bpfaot_map_lookup_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   void *value, size_t value_size, uint64_t flags)
{
	int err;
	const struct rt_map_ops *ops = usable_ops(map, &err);
	if (!ops)
		return err;
	if (unsupported_on_host(map) || map->type == BPFAOT_MAP_TYPE_PROG_ARRAY)
		return -EOPNOTSUPP;
	if (!key_ok(map, key, key_size) || !value || value_size != host_value_size(map) ||
	    flags != 0)
		return -EINVAL;
	return ops->copy_out(map, key, value);
}

int bpfaot_map_update_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   const void *value, size_t value_size, uint64_t flags)
{
	int err;
	const struct rt_map_ops *ops = usable_ops(map, &err);
	if (!ops)
		return err;
	if (unsupported_on_host(map) || map->type == BPFAOT_MAP_TYPE_PROG_ARRAY)
		return -EOPNOTSUPP;
	if (!key_ok(map, key, key_size) || !value || value_size != host_value_size(map))
		return -EINVAL;
	if (map->flags & BPFAOT_F_RDONLY_PROG)
		return -EPERM;
	return ops->update(map, key, value, flags, -1);
}

int bpfaot_map_delete_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   uint64_t flags)
{
	int err;
	const struct rt_map_ops *ops = usable_ops(map, &err);
	if (!ops)
		return err;
	if (unsupported_on_host(map))
		return -EOPNOTSUPP;
	if (!key_ok(map, key, key_size) || flags != 0)
		return -EINVAL;
	return ops->remove(map, key, NULL);
}

int bpfaot_map_lookup_and_delete_elem(struct bpfaot_map *map, const void *key, size_t key_size,
				      void *value, size_t value_size, uint64_t flags)
{
	int err;
	const struct rt_map_ops *ops = usable_ops(map, &err);
	if (!ops)
		return err;
	if (unsupported_on_host(map) || map->type == BPFAOT_MAP_TYPE_PROG_ARRAY ||
	    ops == &rt_array_ops || ops == &rt_percpu_array_ops)
		return -EOPNOTSUPP;
	if (!key_ok(map, key, key_size) || !value || value_size != host_value_size(map) ||
	    flags != 0)
		return -EINVAL;
	return ops->remove(map, key, value);
}

int bpfaot_map_get_next_key(struct bpfaot_map *map, const void *cur_key, void *next_key,
			    size_t key_size)
{
	int err;
	const struct rt_map_ops *ops = usable_ops(map, &err);
	if (!ops)
		return err;
	if (unsupported_on_host(map))
		return -EOPNOTSUPP;
	if (!next_key || key_size != map->key_size)
		return -EINVAL;
	return ops->next_key(map, cur_key, next_key);
}

/* ---- Helpers 1-3: the program's side. r1 = struct bpfaot_map *. ---------------------- */

/* Hash and LRU hash maps, the helpers' common case, are called directly: no type switch,
 * no ops table, no CPU slot (their values are not per CPU). About 10% of the hashmap
 * benchmark's time went to that dispatch. */
static bool direct_hash(struct bpfaot_map *map)
{
	return (map->type == BPFAOT_MAP_TYPE_HASH || map->type == BPFAOT_MAP_TYPE_LRU_HASH) &&
	       rt_map_state(map);
}

uint64_t bpfaot_helper_map_lookup_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_map *map = (struct bpfaot_map *)(uintptr_t)r1;
	if (direct_hash(map))
		return (uint64_t)(uintptr_t)rt_hash_lookup(map, (const void *)(uintptr_t)r2, -1);
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!ops || !ops->lookup || !rt_map_state(map))
		return 0;
	int cpu = rt_map_is_percpu(map->type) ? rt_cpu_current() : -1;
	return (uint64_t)(uintptr_t)ops->lookup(map, (const void *)(uintptr_t)r2, cpu);
}

/* bpf_map_lookup_percpu_elem(map, key, cpu): another CPU slot's value of a per-CPU map;
 * NULL for other maps and for cpu >= the number of slots. */
uint64_t bpfaot_helper_map_lookup_percpu_elem(uint64_t r1, uint64_t r2, uint64_t r3,
					      uint64_t r4, uint64_t r5)
{
	(void)r4, (void)r5;
	struct bpfaot_map *map = (struct bpfaot_map *)(uintptr_t)r1;
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!rt_map_is_percpu(map->type) || r3 >= (uint64_t)bpfaot_num_possible_cpus() ||
	    !ops->lookup || !rt_map_state(map))
		return 0;
	return (uint64_t)(uintptr_t)ops->lookup(map, (const void *)(uintptr_t)r2, (int)r3);
}

uint64_t bpfaot_helper_map_update_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r5;
	struct bpfaot_map *map = (struct bpfaot_map *)(uintptr_t)r1;
	if (direct_hash(map))
		return RT_ERR(rt_hash_update(map, (const void *)(uintptr_t)r2,
					     (const void *)(uintptr_t)r3, r4, -1));
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!ops || map->type == BPFAOT_MAP_TYPE_PROG_ARRAY || unsupported_on_host(map))
		return RT_ERR(-EINVAL);
	if (!rt_map_state(map))
		return RT_ERR(-ENOMEM);
	int cpu = rt_map_is_percpu(map->type) ? rt_cpu_current() : -1;
	return RT_ERR(ops->update(map, (const void *)(uintptr_t)r2, (const void *)(uintptr_t)r3,
				  r4, cpu));
}

uint64_t bpfaot_helper_map_delete_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_map *map = (struct bpfaot_map *)(uintptr_t)r1;
	if (direct_hash(map))
		return RT_ERR(rt_hash_remove(map, (const void *)(uintptr_t)r2, NULL));
	const struct rt_map_ops *ops = rt_map_ops(map->type);
	if (!ops || map->type == BPFAOT_MAP_TYPE_PROG_ARRAY || unsupported_on_host(map))
		return RT_ERR(-EINVAL);
	if (!rt_map_state(map))
		return RT_ERR(-ENOMEM);
	return RT_ERR(ops->remove(map, (const void *)(uintptr_t)r2, NULL));
}
