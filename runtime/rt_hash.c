/* rt_hash.c - hash, per-CPU hash, LRU hash and LRU per-CPU hash maps.
 *
 * Buckets are chains of elements; the buckets are guarded by a fixed set of striped
 * reader-writer locks (bucket & (n_locks - 1)): lookups and iteration read, updates and
 * deletes write. Elements come from a pool that never gives memory
 * back: at most max_entries elements are ever allocated, and a deleted element goes to a
 * free list for reuse. So a value pointer a program got from a lookup always points at
 * element memory, even after a concurrent delete — the kernel's guarantee for preallocated
 * maps (the value may then belong to another key, as there).
 *
 * LRU maps keep their elements on a list, newest first, with a reference bit that
 * program-side lookups set. When the map is full, inserting a new key evicts from the
 * oldest end: an element whose bit is set gets a second chance (bit cleared, moved to the
 * front), the first one without it is evicted (the kernel's LRU works on the same bits,
 * approximately). Lock order: bucket stripe, then the pool lock; eviction, which holds the
 * pool lock, only try-locks stripes and skips elements whose stripe is busy.
 */
#include "rt.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LOCKS 64u
#define MAX_BUCKETS (1u << 26)

struct rt_elem {
	struct rt_elem *next;      /* bucket chain */
	struct rt_elem **pprev;    /* the pointer that points at this element */
	struct rt_elem *lru_prev;  /* LRU list (circular, sentinel in the map) */
	struct rt_elem *lru_next;  /* LRU list, or the free list */
	uint32_t hash;
	uint8_t ref;               /* LRU: looked up since it was last considered */
	uint8_t pad[3];
	uint64_t data[];           /* key (rounded to 8), then the value(s) */
};

/* One lock per cache line, so that threads on different stripes do not share one. */
struct stripe_lock {
	pthread_rwlock_t lock;
} __attribute__((aligned(64)));

struct rt_hash {
	struct rt_elem **buckets;
	struct stripe_lock *locks; /* readers: lookups and iteration */
	uint32_t n_buckets; /* power of two */
	uint32_t n_locks;   /* power of two, <= n_buckets */
	size_t key_space;   /* round_up(key_size, 8) */
	size_t value_space; /* round_up(value_size, 8) */
	int nr_cpus;        /* value copies per element: 1, or nr_cpus for per-CPU maps */
	bool lru;

	pthread_mutex_t pool_lock; /* guards everything below */
	struct rt_elem *free_list;
	uint32_t allocated; /* elements ever allocated, <= max_entries */
	struct rt_elem lru_head;
};

static bool is_lru(uint32_t type)
{
	return type == BPFAOT_MAP_TYPE_LRU_HASH || type == BPFAOT_MAP_TYPE_LRU_PERCPU_HASH;
}

static int hash_check(const struct bpfaot_map *map)
{
	return map->key_size > 0 && map->value_size > 0 && map->max_entries > 0 ? 0 : -EINVAL;
}

static void free_chain(struct rt_elem *e, bool bucket_chain)
{
	while (e) {
		struct rt_elem *next = bucket_chain ? e->next : e->lru_next;
		free(e);
		e = next;
	}
}

static void hash_destroy_state(struct rt_hash *h)
{
	if (h->buckets)
		for (uint32_t b = 0; b < h->n_buckets; b++)
			free_chain(h->buckets[b], true);
	free_chain(h->free_list, false);
	if (h->locks)
		for (uint32_t i = 0; i < h->n_locks; i++)
			pthread_rwlock_destroy(&h->locks[i].lock);
	pthread_mutex_destroy(&h->pool_lock);
	free(h->locks);
	free(h->buckets);
	free(h);
}

static void hash_destroy(struct bpfaot_map *map, void *state)
{
	(void)map;
	hash_destroy_state(state);
}

static void *hash_create(struct bpfaot_map *map)
{
	uint32_t n_buckets = 1;
	while (n_buckets < map->max_entries && n_buckets < MAX_BUCKETS)
		n_buckets <<= 1;
	struct rt_hash *h = calloc(1, sizeof(*h));
	if (!h)
		return NULL;
	pthread_mutex_init(&h->pool_lock, NULL);
	h->n_buckets = n_buckets;
	h->n_locks = n_buckets < MAX_LOCKS ? n_buckets : MAX_LOCKS;
	h->key_space = RT_ROUND_UP((size_t)map->key_size, 8);
	h->value_space = RT_ROUND_UP((size_t)map->value_size, 8);
	h->nr_cpus = rt_map_is_percpu(map->type) ? bpfaot_num_possible_cpus() : 1;
	h->lru = is_lru(map->type);
	h->lru_head.lru_next = h->lru_head.lru_prev = &h->lru_head;
	h->buckets = calloc(n_buckets, sizeof(*h->buckets));
	h->locks = aligned_alloc(64, h->n_locks * sizeof(*h->locks));
	if (!h->buckets || !h->locks) {
		hash_destroy_state(h);
		return NULL;
	}
	for (uint32_t i = 0; i < h->n_locks; i++)
		pthread_rwlock_init(&h->locks[i].lock, NULL);
	return h;
}

static struct rt_hash *hash_of(struct bpfaot_map *map)
{
	return __atomic_load_n(&map->impl, __ATOMIC_ACQUIRE);
}

/* Word i (bytes 8i..8i+7) of a caller's key, zero-padded past key_size: keys are stored
 * in whole words, so hashing and comparing go a word at a time. */
static uint64_t key_word(const void *key, uint32_t key_size, uint32_t i)
{
	const char *p = (const char *)key + 8 * (size_t)i;
	uint64_t w = 0;
	if (key_size - 8 * i >= 8)
		memcpy(&w, p, 8);
	else
		memcpy(&w, p, key_size - 8 * i);
	return w;
}

static uint32_t key_words(uint32_t key_size)
{
	return (key_size + 7) / 8;
}

/* Multiply-xorshift per word (the product's high half folded into the low, so that the
 * low bits, the bucket, depend on every bit of the word), then a final mix. An 8-byte key
 * costs two multiplies where byte-wise FNV-1a cost eight in a chain. */
static uint32_t hash_key(const void *key, uint32_t size)
{
	uint64_t h = size;
	for (uint32_t i = 0; i < key_words(size); i++) {
		h = (h ^ key_word(key, size, i)) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 32;
	}
	h *= 0xd6e8feb86659fd93ull;
	h ^= h >> 32;
	return (uint32_t)h;
}

static uint32_t stripe_of(const struct rt_hash *h, uint32_t hash)
{
	return hash & (h->n_buckets - 1) & (h->n_locks - 1);
}

static char *elem_key(struct rt_elem *e)
{
	return (char *)e->data;
}

static char *elem_value(const struct rt_hash *h, struct rt_elem *e, int cpu)
{
	return (char *)e->data + h->key_space + (size_t)cpu * h->value_space;
}

/* Find key in its bucket; the bucket's stripe must be held. */
static struct rt_elem *find(struct rt_hash *h, uint32_t hash, const void *key, uint32_t key_size)
{
	for (struct rt_elem *e = h->buckets[hash & (h->n_buckets - 1)]; e; e = e->next)
		if (e->hash == hash && memcmp(elem_key(e), key, key_size) == 0)
			return e;
	return NULL;
}

static void bucket_link(struct rt_hash *h, struct rt_elem *e)
{
	struct rt_elem **head = &h->buckets[e->hash & (h->n_buckets - 1)];
	e->next = *head;
	if (e->next)
		e->next->pprev = &e->next;
	e->pprev = head;
	*head = e;
}

static void bucket_unlink(struct rt_elem *e)
{
	*e->pprev = e->next;
	if (e->next)
		e->next->pprev = e->pprev;
	e->next = NULL;
	e->pprev = NULL;
}

static void lru_unlink(struct rt_elem *e)
{
	e->lru_prev->lru_next = e->lru_next;
	e->lru_next->lru_prev = e->lru_prev;
}

static void lru_push_front(struct rt_hash *h, struct rt_elem *e)
{
	e->lru_next = h->lru_head.lru_next;
	e->lru_prev = &h->lru_head;
	h->lru_head.lru_next->lru_prev = e;
	h->lru_head.lru_next = e;
}

/* Take an element out of the LRU list and its bucket to reuse it (pool lock held, and the
 * stripe `held` by the caller). NULL when every candidate's stripe is busy. */
static struct rt_elem *lru_evict(struct rt_hash *h, uint32_t held)
{
	size_t budget = 2 * (size_t)h->allocated + 2;
	struct rt_elem *e = h->lru_head.lru_prev;
	while (e != &h->lru_head && budget-- > 0) {
		struct rt_elem *older = e->lru_prev;
		if (__atomic_exchange_n(&e->ref, 0, __ATOMIC_RELAXED)) {
			lru_unlink(e); /* second chance */
			lru_push_front(h, e);
			e = older;
			if (e == &h->lru_head)
				e = h->lru_head.lru_prev;
			continue;
		}
		uint32_t stripe = stripe_of(h, e->hash);
		if (stripe == held || pthread_rwlock_trywrlock(&h->locks[stripe].lock) == 0) {
			bucket_unlink(e);
			if (stripe != held)
				pthread_rwlock_unlock(&h->locks[stripe].lock);
			lru_unlink(e);
			return e;
		}
		e = older;
	}
	return NULL;
}

/* A fresh element for a new key with this hash (its stripe `held` locked); NULL when the
 * map is full. The hash is set before the element joins the LRU list, so that an evictor
 * on another thread sees the stripe that this thread holds and leaves the element alone
 * until it is linked into its bucket. */
static struct rt_elem *elem_alloc(struct rt_hash *h, uint32_t max_entries, uint32_t hash,
				  uint32_t held)
{
	struct rt_elem *e = NULL;
	pthread_mutex_lock(&h->pool_lock);
	if (h->free_list) {
		e = h->free_list;
		h->free_list = e->lru_next;
	} else if (h->allocated < max_entries) {
		size_t size = sizeof(*e) + h->key_space + h->value_space * (size_t)h->nr_cpus;
		e = malloc(size);
		if (e)
			h->allocated++;
	} else if (h->lru) {
		e = lru_evict(h, held);
	}
	if (e) {
		e->hash = hash;
		e->next = NULL;
		e->pprev = NULL;
		e->ref = 0;
		if (h->lru)
			lru_push_front(h, e);
	}
	pthread_mutex_unlock(&h->pool_lock);
	return e;
}

static void elem_free(struct rt_hash *h, struct rt_elem *e)
{
	pthread_mutex_lock(&h->pool_lock);
	if (h->lru)
		lru_unlink(e);
	e->lru_next = h->free_list;
	h->free_list = e;
	pthread_mutex_unlock(&h->pool_lock);
}

static void *hash_lookup(struct bpfaot_map *map, const void *key, int cpu)
{
	struct rt_hash *h = hash_of(map);
	uint32_t hash = hash_key(key, map->key_size);
	uint32_t stripe = stripe_of(h, hash);
	pthread_rwlock_rdlock(&h->locks[stripe].lock);
	struct rt_elem *e = find(h, hash, key, map->key_size);
	if (e && h->lru)
		__atomic_store_n(&e->ref, 1, __ATOMIC_RELAXED);
	pthread_rwlock_unlock(&h->locks[stripe].lock);
	return e ? elem_value(h, e, cpu < 0 ? 0 : cpu) : NULL;
}

/* The host's view of a value: value_size bytes, or every CPU's rounded value. */
static void copy_value_out(struct rt_hash *h, const struct bpfaot_map *map, struct rt_elem *e,
			   void *value)
{
	if (rt_map_is_percpu(map->type))
		memcpy(value, elem_value(h, e, 0), h->value_space * (size_t)h->nr_cpus);
	else
		memcpy(value, elem_value(h, e, 0), map->value_size);
}

static int hash_copy_out(struct bpfaot_map *map, const void *key, void *value)
{
	struct rt_hash *h = hash_of(map);
	uint32_t hash = hash_key(key, map->key_size);
	uint32_t stripe = stripe_of(h, hash);
	pthread_rwlock_rdlock(&h->locks[stripe].lock);
	struct rt_elem *e = find(h, hash, key, map->key_size);
	if (e)
		copy_value_out(h, map, e, value);
	pthread_rwlock_unlock(&h->locks[stripe].lock);
	return e ? 0 : -ENOENT;
}

/* Store a value: plain maps take value_size bytes; per-CPU maps updated by a program
 * (cpu >= 0) set that CPU's value — and zero the others when the element is new, as the
 * kernel does; the host (cpu < 0) sets every CPU's value. */
static void store_value(struct rt_hash *h, const struct bpfaot_map *map, struct rt_elem *e,
			const void *value, int cpu, bool fresh)
{
	if (!rt_map_is_percpu(map->type)) {
		memcpy(elem_value(h, e, 0), value, map->value_size);
		return;
	}
	if (cpu < 0) {
		memcpy(elem_value(h, e, 0), value, h->value_space * (size_t)h->nr_cpus);
		return;
	}
	if (fresh)
		memset(elem_value(h, e, 0), 0, h->value_space * (size_t)h->nr_cpus);
	memcpy(elem_value(h, e, cpu), value, map->value_size);
}

static int hash_update(struct bpfaot_map *map, const void *key, const void *value,
		       uint64_t flags, int cpu)
{
	struct rt_hash *h = hash_of(map);
	if (flags > BPFAOT_EXIST) /* also BPF_F_LOCK: no spin locks in values */
		return -EINVAL;
	uint32_t hash = hash_key(key, map->key_size);
	uint32_t stripe = stripe_of(h, hash);
	int err = 0;
	pthread_rwlock_wrlock(&h->locks[stripe].lock);
	struct rt_elem *e = find(h, hash, key, map->key_size);
	if (e && flags == BPFAOT_NOEXIST) {
		err = -EEXIST;
	} else if (!e && flags == BPFAOT_EXIST) {
		err = -ENOENT;
	} else if (e) {
		store_value(h, map, e, value, cpu, false);
		if (h->lru)
			__atomic_store_n(&e->ref, 1, __ATOMIC_RELAXED);
	} else {
		e = elem_alloc(h, map->max_entries, hash, stripe);
		if (!e) {
			err = h->lru ? -ENOMEM : -E2BIG;
		} else {
			memcpy(elem_key(e), key, map->key_size);
			store_value(h, map, e, value, cpu, true);
			bucket_link(h, e);
		}
	}
	pthread_rwlock_unlock(&h->locks[stripe].lock);
	return err;
}

static int hash_remove(struct bpfaot_map *map, const void *key, void *value)
{
	struct rt_hash *h = hash_of(map);
	uint32_t hash = hash_key(key, map->key_size);
	uint32_t stripe = stripe_of(h, hash);
	pthread_rwlock_wrlock(&h->locks[stripe].lock);
	struct rt_elem *e = find(h, hash, key, map->key_size);
	if (e) {
		if (value)
			copy_value_out(h, map, e, value);
		bucket_unlink(e);
		elem_free(h, e);
	}
	pthread_rwlock_unlock(&h->locks[stripe].lock);
	return e ? 0 : -ENOENT;
}

/* The first key in buckets [from, n_buckets), copied to next; -ENOENT when none. */
static int first_key_from(struct rt_hash *h, const struct bpfaot_map *map, uint32_t from,
			  void *next)
{
	for (uint32_t b = from; b < h->n_buckets; b++) {
		pthread_rwlock_t *lock = &h->locks[b & (h->n_locks - 1)].lock;
		pthread_rwlock_rdlock(lock);
		struct rt_elem *e = h->buckets[b];
		if (e)
			memcpy(next, elem_key(e), map->key_size);
		pthread_rwlock_unlock(lock);
		if (e)
			return 0;
	}
	return -ENOENT;
}

/* The kernel's order: the rest of key's chain, then the following buckets; a key that is
 * absent (or NULL) restarts from the first bucket. */
static int hash_next_key(struct bpfaot_map *map, const void *key, void *next)
{
	struct rt_hash *h = hash_of(map);
	if (!key)
		return first_key_from(h, map, 0, next);
	uint32_t hash = hash_key(key, map->key_size);
	uint32_t stripe = stripe_of(h, hash);
	pthread_rwlock_rdlock(&h->locks[stripe].lock);
	struct rt_elem *e = find(h, hash, key, map->key_size);
	bool copied = false;
	if (e && e->next) {
		memcpy(next, elem_key(e->next), map->key_size);
		copied = true;
	}
	pthread_rwlock_unlock(&h->locks[stripe].lock);
	if (copied)
		return 0;
	return first_key_from(h, map, e ? (hash & (h->n_buckets - 1)) + 1 : 0, next);
}

const struct rt_map_ops rt_hash_ops = {
	.check = hash_check,
	.create = hash_create,
	.destroy = hash_destroy,
	.lookup = hash_lookup,
	.copy_out = hash_copy_out,
	.update = hash_update,
	.remove = hash_remove,
	.next_key = hash_next_key,
};
