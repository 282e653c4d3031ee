/* rt_prog_array.c - prog arrays: the slots that tail calls read.
 *
 * map->storage holds 2 * max_entries pointers: [i] the struct bpfaot_prog * at index i,
 * [max_entries + i] its cached target (prog->tail_entry). Compiled code reads one of the two
 * halves once per tail call (a static call the cached target, a dynamic call the
 * descriptor), so each half is replaced with an atomic exchange; writers are serialised by
 * one lock so that both halves of a slot always end up describing the same program.
 */
#include "rt.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t prog_array_lock = PTHREAD_MUTEX_INITIALIZER;

static int prog_array_check(const struct bpfaot_map *map)
{
	return map->key_size == 4 && map->value_size == 4 && map->max_entries > 0 ? 0 : -EINVAL;
}

/* The slots: the object's storage, or memory of our own published in map->storage. */
struct rt_prog_array {
	void **slots;
	bool owns_slots;
};

static void *prog_array_create(struct bpfaot_map *map)
{
	struct rt_prog_array *pa = calloc(1, sizeof(*pa));
	if (!pa)
		return NULL;
	void *expected = __atomic_load_n(&map->storage, __ATOMIC_ACQUIRE);
	if (expected) {
		pa->slots = expected;
		return pa;
	}
	void **slots = calloc(2 * (size_t)map->max_entries, sizeof(void *));
	if (!slots) {
		free(pa);
		return NULL;
	}
	/* Publish it where compiled code looks for it, unless someone else did first. */
	if (__atomic_compare_exchange_n(&map->storage, &expected, slots, false, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE)) {
		pa->slots = slots;
		pa->owns_slots = true;
	} else {
		free(slots);
		pa->slots = expected;
	}
	return pa;
}

static void prog_array_destroy(struct bpfaot_map *map, void *state)
{
	struct rt_prog_array *pa = state;
	if (pa->owns_slots) {
		void *expected = pa->slots;
		if (__atomic_compare_exchange_n(&map->storage, &expected, NULL, false,
						__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
			free(pa->slots);
	}
	free(pa);
}

static int prog_array_remove(struct bpfaot_map *map, const void *key, void *value)
{
	if (value)
		return -EOPNOTSUPP;
	uint32_t index;
	memcpy(&index, key, sizeof(index));
	return bpfaot_prog_array_delete(map, index);
}

static int prog_array_next_key(struct bpfaot_map *map, const void *key, void *next)
{
	return rt_array_next_key(map, key, next);
}

static int prog_array_unsupported(struct bpfaot_map *map, const void *key, const void *value,
				  uint64_t flags, int cpu)
{
	(void)map, (void)key, (void)value, (void)flags, (void)cpu;
	return -EOPNOTSUPP;
}

const struct rt_map_ops rt_prog_array_ops = {
	.check = prog_array_check,
	.create = prog_array_create,
	.destroy = prog_array_destroy,
	.lookup = NULL, /* programs only tail-call through prog arrays */
	.copy_out = NULL,
	.update = prog_array_unsupported,
	.remove = prog_array_remove,
	.next_key = prog_array_next_key,
};

/* The kernel's bpf_prog_map_compatible(): the first program fixes the owner. Called with
 * prog_array_lock held. */
static bool compatible_locked(struct bpfaot_map *map, const struct bpfaot_prog *prog)
{
	uint32_t flags = prog->flags & (BPFAOT_PROG_SLEEPABLE | BPFAOT_PROG_XDP_FRAGS);
	if (map->owner_prog_type == BPFAOT_OWNER_UNSET) {
		map->owner_prog_type = prog->prog_type;
		map->owner_attach_type = prog->expected_attach_type;
		map->owner_flags = flags;
		return true;
	}
	return map->owner_prog_type == prog->prog_type &&
	       map->owner_attach_type == prog->expected_attach_type && map->owner_flags == flags;
}

static void **usable_slots(struct bpfaot_map *map, uint32_t index, int *err)
{
	if (!map || map->type != BPFAOT_MAP_TYPE_PROG_ARRAY || prog_array_check(map) != 0) {
		*err = -EINVAL;
		return NULL;
	}
	if (index >= map->max_entries) {
		*err = -E2BIG;
		return NULL;
	}
	struct rt_prog_array *pa = rt_map_state(map);
	if (!pa)
		*err = -ENOMEM;
	return pa ? pa->slots : NULL;
}

int bpfaot_prog_array_update(struct bpfaot_map *map, uint32_t index, struct bpfaot_prog *prog)
{
	int err = 0;
	void **slots = usable_slots(map, index, &err);
	if (!slots)
		return err;
	if (!prog || !prog->func)
		return -EINVAL;
	pthread_mutex_lock(&prog_array_lock);
	if (!compatible_locked(map, prog)) {
		err = -EINVAL;
	} else {
		(void)__atomic_exchange_n(&slots[index], prog, __ATOMIC_ACQ_REL);
		(void)__atomic_exchange_n(&slots[map->max_entries + index], (void *)prog->tail_entry,
				    __ATOMIC_ACQ_REL);
	}
	pthread_mutex_unlock(&prog_array_lock);
	return err;
}

int bpfaot_prog_array_delete(struct bpfaot_map *map, uint32_t index)
{
	int err = 0;
	void **slots = usable_slots(map, index, &err);
	if (!slots)
		return err;
	pthread_mutex_lock(&prog_array_lock);
	void *old = __atomic_exchange_n(&slots[index], NULL, __ATOMIC_ACQ_REL);
	(void)__atomic_exchange_n(&slots[map->max_entries + index], NULL, __ATOMIC_ACQ_REL);
	pthread_mutex_unlock(&prog_array_lock);
	return old ? 0 : -ENOENT;
}

struct bpfaot_prog *bpfaot_prog_array_get(struct bpfaot_map *map, uint32_t index)
{
	int err;
	void **slots = usable_slots(map, index, &err);
	return slots ? __atomic_load_n(&slots[index], __ATOMIC_ACQUIRE) : NULL;
}
