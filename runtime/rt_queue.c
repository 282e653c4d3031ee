/* rt_queue.c - queue (FIFO) and stack (LIFO) maps, as kernel/bpf/queue_stack_maps.c.
 *
 * No keys: push (update), pop (lookup-and-delete), peek (lookup). A ring of
 * max_entries + 1 value slots under one lock; head is where the next value goes, a queue
 * pops at tail, a stack at head - 1. Push on a full map is -E2BIG, unless BPF_EXIST, which
 * drops the oldest value to make room; BPF_NOEXIST or unknown flags are -EINVAL; pop and
 * peek on an empty map are -ENOENT.
 */
#include "rt.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct rt_queue {
	pthread_mutex_t lock;
	uint32_t head, tail, slots; /* slots = max_entries + 1 */
	bool stack;
	char data[];
};

static int queue_check(const struct bpfaot_map *map)
{
	return map->key_size == 0 && map->value_size > 0 && map->max_entries > 0 &&
			       map->max_entries < UINT32_MAX
		       ? 0
		       : -EINVAL;
}

static void *queue_create(struct bpfaot_map *map)
{
	size_t slots = (size_t)map->max_entries + 1;
	struct rt_queue *q = calloc(1, sizeof(*q) + slots * map->value_size);
	if (!q)
		return NULL;
	pthread_mutex_init(&q->lock, NULL);
	q->slots = (uint32_t)slots;
	q->stack = map->type == BPFAOT_MAP_TYPE_STACK;
	return q;
}

static void queue_destroy(struct bpfaot_map *map, void *state)
{
	(void)map;
	struct rt_queue *q = state;
	pthread_mutex_destroy(&q->lock);
	free(q);
}

static struct rt_queue *queue_of(struct bpfaot_map *map)
{
	return __atomic_load_n(&map->impl, __ATOMIC_ACQUIRE);
}

static char *slot(struct rt_queue *q, const struct bpfaot_map *map, uint32_t i)
{
	return q->data + (size_t)i * map->value_size;
}

/* Copy out the value pop/peek would take; remove it too when pop. */
static int take(struct bpfaot_map *map, void *value, bool pop)
{
	struct rt_queue *q = queue_of(map);
	int err = 0;
	pthread_mutex_lock(&q->lock);
	if (q->head == q->tail) {
		err = -ENOENT;
	} else if (q->stack) {
		uint32_t top = q->head ? q->head - 1 : q->slots - 1;
		memcpy(value, slot(q, map, top), map->value_size);
		if (pop)
			q->head = top;
	} else {
		memcpy(value, slot(q, map, q->tail), map->value_size);
		if (pop)
			q->tail = (q->tail + 1) % q->slots;
	}
	pthread_mutex_unlock(&q->lock);
	return err;
}

int rt_queue_push(struct bpfaot_map *map, const void *value, uint64_t flags)
{
	if ((flags & BPFAOT_NOEXIST) || flags > BPFAOT_EXIST)
		return -EINVAL;
	struct rt_queue *q = queue_of(map);
	int err = 0;
	pthread_mutex_lock(&q->lock);
	uint32_t next = (q->head + 1) % q->slots;
	if (next == q->tail) { /* full */
		if (flags & BPFAOT_EXIST)
			q->tail = (q->tail + 1) % q->slots; /* drop the oldest */
		else
			err = -E2BIG;
	}
	if (!err) {
		memcpy(slot(q, map, q->head), value, map->value_size);
		q->head = next;
	}
	pthread_mutex_unlock(&q->lock);
	return err;
}

int rt_queue_pop(struct bpfaot_map *map, void *value)
{
	return take(map, value, true);
}

int rt_queue_peek(struct bpfaot_map *map, void *value)
{
	return take(map, value, false);
}

static int queue_copy_out(struct bpfaot_map *map, const void *key, void *value)
{
	(void)key;
	return take(map, value, false);
}

static int queue_update(struct bpfaot_map *map, const void *key, const void *value,
			uint64_t flags, int cpu)
{
	(void)key, (void)cpu;
	return rt_queue_push(map, value, flags);
}

static int queue_remove(struct bpfaot_map *map, const void *key, void *value)
{
	(void)key;
	return value ? take(map, value, true) : -EINVAL; /* plain delete: the kernel's -EINVAL */
}

static int queue_next_key(struct bpfaot_map *map, const void *key, void *next)
{
	(void)map, (void)key, (void)next;
	return -EINVAL;
}

const struct rt_map_ops rt_queue_ops = {
	.check = queue_check,
	.create = queue_create,
	.destroy = queue_destroy,
	.lookup = NULL, /* programs use push/pop/peek */
	.copy_out = queue_copy_out,
	.update = queue_update,
	.remove = queue_remove,
	.next_key = queue_next_key,
};

/* ---- Helpers 87-89 ------------------------------------------------------------------ */

static struct bpfaot_map *usable_queue(uint64_t r1)
{
	struct bpfaot_map *map = (struct bpfaot_map *)(uintptr_t)r1;
	if (map->type != BPFAOT_MAP_TYPE_QUEUE && map->type != BPFAOT_MAP_TYPE_STACK)
		return NULL;
	return rt_map_state(map) ? map : NULL;
}

uint64_t bpfaot_helper_map_push_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				     uint64_t r5)
{
	(void)r4, (void)r5;
	struct bpfaot_map *map = usable_queue(r1);
	return RT_ERR(map ? rt_queue_push(map, (const void *)(uintptr_t)r2, r3) : -EINVAL);
}

uint64_t bpfaot_helper_map_pop_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				    uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_map *map = usable_queue(r1);
	return RT_ERR(map ? rt_queue_pop(map, (void *)(uintptr_t)r2) : -EINVAL);
}

uint64_t bpfaot_helper_map_peek_elem(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				     uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_map *map = usable_queue(r1);
	return RT_ERR(map ? rt_queue_peek(map, (void *)(uintptr_t)r2) : -EINVAL);
}
