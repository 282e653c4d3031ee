/* rt_array.c - array (also global data) and per-CPU array maps.
 *
 * An array's values live in map->storage when the object provides it (max_entries values,
 * each round_up(value_size, 8) bytes), else in memory allocated on first use. A per-CPU
 * array holds nr_cpus such regions, one per CPU slot, each cache-line aligned, and
 * publishes their base in map->storage for compiled code's inlined lookups.
 * Elements always exist: update with BPF_NOEXIST is -EEXIST, delete is -EINVAL.
 */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

struct rt_array {
	char *data;        /* values: [cpu][index] */
	size_t elem_size;  /* round_up(value_size, 8) */
	size_t cpu_stride; /* bytes per CPU slot (per-CPU arrays) */
	int nr_cpus;       /* 1 for plain arrays */
	bool owns_data;
};

static int array_check(const struct bpfaot_map *map)
{
	return map->key_size == 4 && map->value_size > 0 && map->max_entries > 0 ? 0 : -EINVAL;
}

static void *array_create_common(struct bpfaot_map *map, int nr_cpus, void *static_data)
{
	struct rt_array *a = calloc(1, sizeof(*a));
	if (!a)
		return NULL;
	a->elem_size = RT_ROUND_UP((size_t)map->value_size, 8);
	a->nr_cpus = nr_cpus;
	a->cpu_stride = BPFAOT_PERCPU_STRIDE(map->value_size, map->max_entries);
	if (static_data) {
		a->data = static_data;
		return a;
	}
	a->data = aligned_alloc(64, a->cpu_stride * (size_t)nr_cpus);
	if (!a->data) {
		free(a);
		return NULL;
	}
	memset(a->data, 0, a->cpu_stride * (size_t)nr_cpus);
	a->owns_data = true;
	return a;
}

static void *array_create(struct bpfaot_map *map)
{
	return array_create_common(map, 1, map->storage);
}

static void *percpu_array_create(struct bpfaot_map *map)
{
	return array_create_common(map, bpfaot_num_possible_cpus(), NULL);
}

/* What map->storage holds while the per-CPU array exists (bpfaot_abi.h). */
static void *percpu_array_inline_base(void *state)
{
	return ((struct rt_array *)state)->data;
}

static void array_destroy(struct bpfaot_map *map, void *state)
{
	(void)map;
	struct rt_array *a = state;
	if (a->owns_data)
		free(a->data);
	free(a);
}

static struct rt_array *array_of(struct bpfaot_map *map)
{
	return __atomic_load_n(&map->impl, __ATOMIC_ACQUIRE);
}

static uint32_t array_index(const void *key)
{
	uint32_t index;
	memcpy(&index, key, sizeof(index));
	return index;
}

static char *array_elem(struct rt_array *a, uint32_t index, int cpu)
{
	return a->data + (size_t)cpu * a->cpu_stride + (size_t)index * a->elem_size;
}

static void *array_lookup(struct bpfaot_map *map, const void *key, int cpu)
{
	uint32_t index = array_index(key);
	if (index >= map->max_entries)
		return NULL;
	return array_elem(array_of(map), index, cpu < 0 ? 0 : cpu);
}

/* Host view: plain arrays copy value_size bytes, per-CPU arrays every slot's value. */
static int array_copy_out(struct bpfaot_map *map, const void *key, void *value)
{
	struct rt_array *a = array_of(map);
	uint32_t index = array_index(key);
	if (index >= map->max_entries)
		return -ENOENT;
	if (!rt_map_is_percpu(map->type)) {
		memcpy(value, array_elem(a, index, 0), map->value_size);
		return 0;
	}
	for (int cpu = 0; cpu < a->nr_cpus; cpu++)
		memcpy((char *)value + (size_t)cpu * a->elem_size, array_elem(a, index, cpu),
		       a->elem_size);
	return 0;
}

static int array_update(struct bpfaot_map *map, const void *key, const void *value,
			uint64_t flags, int cpu)
{
	struct rt_array *a = array_of(map);
	uint32_t index = array_index(key);
	if (flags > BPFAOT_EXIST) /* also BPF_F_LOCK: these maps hold no spin lock */
		return -EINVAL;
	if (index >= map->max_entries)
		return -E2BIG;
	if (flags == BPFAOT_NOEXIST)
		return -EEXIST;
	if (!rt_map_is_percpu(map->type)) {
		memcpy(array_elem(a, index, 0), value, map->value_size);
	} else if (cpu >= 0) { /* a program updates its own CPU's value */
		memcpy(array_elem(a, index, cpu), value, map->value_size);
	} else {
		for (int c = 0; c < a->nr_cpus; c++)
			memcpy(array_elem(a, index, c), (const char *)value + (size_t)c * a->elem_size,
			       a->elem_size);
	}
	return 0;
}

static int array_remove(struct bpfaot_map *map, const void *key, void *value)
{
	(void)map, (void)key, (void)value;
	return -EINVAL;
}

/* Shared by every array-like map: indices in order. */
static int array_next_key(struct bpfaot_map *map, const void *key, void *next)
{
	uint32_t index = key ? array_index(key) : UINT32_MAX;
	uint32_t result;
	if (!key || index >= map->max_entries)
		result = 0;
	else if (index == map->max_entries - 1)
		return -ENOENT;
	else
		result = index + 1;
	memcpy(next, &result, sizeof(result));
	return 0;
}

const struct rt_map_ops rt_array_ops = {
	.check = array_check,
	.create = array_create,
	.destroy = array_destroy,
	.lookup = array_lookup,
	.copy_out = array_copy_out,
	.update = array_update,
	.remove = array_remove,
	.next_key = array_next_key,
};

const struct rt_map_ops rt_percpu_array_ops = {
	.check = array_check,
	.create = percpu_array_create,
	.inline_base = percpu_array_inline_base,
	.destroy = array_destroy,
	.lookup = array_lookup,
	.copy_out = array_copy_out,
	.update = array_update,
	.remove = array_remove,
	.next_key = array_next_key,
};

int rt_array_next_key(struct bpfaot_map *map, const void *key, void *next)
{
	return array_next_key(map, key, next);
}
