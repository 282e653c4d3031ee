/* rt_hash.c - hash, per-CPU hash, LRU hash and LRU per-CPU hash maps.
 *
 * Buckets are chains of elements. Elements come from a pool that never gives memory back:
 * at most max_entries elements are ever allocated, and a deleted element goes to a free
 * list for reuse. So a value pointer a program got from a lookup always points at element
 * memory, even after a concurrent delete — the kernel's guarantee for preallocated maps
 * (the value may then belong to another key, as there).
 *
 * Concurrency. The buckets are grouped into up to 64 stripes (bucket & (n_stripes - 1)),
 * one per cache line, each with a spin lock and an unlink counter.
 *  - Writers (update, delete, eviction) and the host's reads (copy_out, next_key) take the
 *    stripe's lock. Unlinking an element leaves its `next` alone and bumps the stripe's
 *    counter; a new element goes in at the head of its chain.
 *  - Program lookups take no lock: they read the counter, walk the chain, and keep the
 *    result if the counter is unchanged. A reader on an element that stays linked sees a
 *    consistent chain (a link or an unlink is one pointer store). Only an element that left
 *    the chain can mislead it — reused for another key or moved to another bucket — and
 *    every such element was unlinked, which bumped the counter, before it was rewritten.
 *    The rewriting stores are releases and the reader's loads acquires, so a reader that
 *    saw any of them also sees the bump, and walks again. A walk is also abandoned when it
 *    grows longer than max_entries (only concurrent relinking can cause that). After
 *    LOCKLESS_TRIES abandoned walks the lookup takes the lock. Every field a lockless
 *    reader reads (`next`, `hash`, the key's words) is written with atomic stores, so
 *    ThreadSanitizer sees no race.
 *
 * LRU maps keep their elements on a list, newest first, with a reference bit that
 * program-side lookups set. When the map is full, inserting a new key evicts from the
 * oldest end: an element whose bit is set gets a second chance (bit cleared, moved to the
 * front), the first one without it is evicted (the kernel's LRU works on the same bits,
 * approximately). Lock order: stripe, then the pool lock; eviction, which holds the pool
 * lock, only try-locks stripes and skips elements whose stripe is busy.
 */
#include "rt.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STRIPES 64u
#define MAX_BUCKETS (1u << 26)
/* Lockless walks a lookup tries, each disturbed by a concurrent unlink, before locking. */
#define LOCKLESS_TRIES 4

struct rt_elem {
	struct rt_elem *next;      /* bucket chain (atomic: lockless readers follow it) */
	struct rt_elem **pprev;    /* the pointer that points at this element (writers only) */
	struct rt_elem *lru_prev;  /* LRU list (circular, sentinel in the map) */
	struct rt_elem *lru_next;  /* LRU list, or the free list */
	struct rt_elem *pool_next; /* every element ever allocated */
	uint32_t hash;             /* atomic */
	uint8_t ref;               /* LRU: looked up since it was last considered */
	uint8_t pad[3];
	uint64_t data[];           /* key (whole words, zero-padded, atomic), then the value(s) */
};

/* One per cache line, so that threads on different stripes do not share one. */
struct stripe {
	uint32_t lock;    /* rt_spin_lock: writers and host reads */
	uint32_t unlinks; /* bumped (release) whenever an element leaves one of its chains */
} __attribute__((aligned(64)));

struct rt_hash {
	struct rt_elem **buckets;
	struct stripe *stripes;
	uint32_t n_buckets; /* power of two */
	uint32_t n_stripes; /* power of two, <= n_buckets */
	uint32_t max_entries;
	size_t key_space;   /* round_up(key_size, 8) */
	size_t value_space; /* round_up(value_size, 8) */
	int nr_cpus;        /* value copies per element: 1, or nr_cpus for per-CPU maps */
	bool percpu;
	bool lru;

	pthread_mutex_t pool_lock; /* guards everything below */
	struct rt_elem *free_list;
	struct rt_elem *all;  /* every allocated element, through pool_next */
	uint32_t allocated;   /* elements ever allocated, <= max_entries */
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

static void hash_destroy_state(struct rt_hash *h)
{
	for (struct rt_elem *e = h->all, *next; e; e = next) {
		next = e->pool_next;
		free(e);
	}
	pthread_mutex_destroy(&h->pool_lock);
	free(h->stripes);
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
	h->n_stripes = n_buckets < MAX_STRIPES ? n_buckets : MAX_STRIPES;
	h->max_entries = map->max_entries;
	h->key_space = RT_ROUND_UP((size_t)map->key_size, 8);
	h->value_space = RT_ROUND_UP((size_t)map->value_size, 8);
	h->percpu = rt_map_is_percpu(map->type);
	h->nr_cpus = h->percpu ? bpfaot_num_possible_cpus() : 1;
	h->lru = is_lru(map->type);
	h->lru_head.lru_next = h->lru_head.lru_prev = &h->lru_head;
	h->buckets = calloc(n_buckets, sizeof(*h->buckets));
	h->stripes = aligned_alloc(64, h->n_stripes * sizeof(*h->stripes));
	if (!h->buckets || !h->stripes) {
		hash_destroy_state(h);
		return NULL;
	}
	memset(h->stripes, 0, h->n_stripes * sizeof(*h->stripes));
	return h;
}

static struct rt_hash *hash_of(struct bpfaot_map *map)
{
	return __atomic_load_n(&map->impl, __ATOMIC_ACQUIRE);
}

/* Word i (bytes 8i..8i+7) of a caller's key, zero-padded past key_size, as it lies in
 * memory (little-endian, the runtime's ABI): keys are stored in whole words, so hashing
 * and comparing go a word at a time. Built from constant-size loads: a variable-size
 * memcpy would be a library call, and bytes gathered on the stack a store-forwarding
 * stall. */
static uint64_t key_word(const void *key, uint32_t key_size, uint32_t i)
{
	const unsigned char *p = (const unsigned char *)key + 8 * (size_t)i;
	uint32_t rest = key_size - 8 * i;
	uint64_t w = 0;
	if (rest >= 8) {
		memcpy(&w, p, 8);
		return w;
	}
	uint32_t at = 0;
	if (rest & 4) {
		uint32_t part;
		memcpy(&part, p, 4);
		w = part;
		at = 4;
	}
	if (rest & 2) {
		uint16_t part;
		memcpy(&part, p + at, 2);
		w |= (uint64_t)part << (8 * at);
		at += 2;
	}
	if (rest & 1)
		w |= (uint64_t)p[at] << (8 * at);
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

/* The stripe of a hash, or of a bucket index (n_stripes <= n_buckets, both powers of 2). */
static struct stripe *stripe_of(const struct rt_hash *h, uint32_t hash)
{
	return &h->stripes[hash & (h->n_buckets - 1) & (h->n_stripes - 1)];
}

static struct rt_elem **bucket_of(const struct rt_hash *h, uint32_t hash)
{
	return &h->buckets[hash & (h->n_buckets - 1)];
}

static uint32_t elem_hash(struct rt_elem *e)
{
	return __atomic_load_n(&e->hash, __ATOMIC_ACQUIRE);
}

static struct rt_elem *elem_next(struct rt_elem *e)
{
	return __atomic_load_n(&e->next, __ATOMIC_ACQUIRE);
}

static char *elem_value(const struct rt_hash *h, struct rt_elem *e, int cpu)
{
	return (char *)e->data + h->key_space + (size_t)cpu * h->value_space;
}

static bool key_equal(struct rt_elem *e, const void *key, uint32_t key_size)
{
	for (uint32_t i = 0; i < key_words(key_size); i++)
		if (__atomic_load_n(&e->data[i], __ATOMIC_ACQUIRE) != key_word(key, key_size, i))
			return false;
	return true;
}

/* Release stores: a lockless reader still on this element from its previous life must see
 * the unlink that preceded this rewrite (see the header comment). */
static void key_store(struct rt_elem *e, const void *key, uint32_t key_size)
{
	for (uint32_t i = 0; i < key_words(key_size); i++)
		__atomic_store_n(&e->data[i], key_word(key, key_size, i), __ATOMIC_RELEASE);
}

static void key_copy_out(struct rt_elem *e, void *key, uint32_t key_size)
{
	memcpy(key, e->data, key_size);
}

/* Walk key's chain. Safe without the stripe's lock, but then only right if no element
 * left the stripe meanwhile. *complete is false when the walk was cut short after more
 * steps than a chain can have (possible only while elements are being relinked). */
static struct rt_elem *chain_find(struct rt_hash *h, uint32_t hash, const void *key,
				  uint32_t key_size, bool *complete)
{
	uint32_t steps = 0;
	struct rt_elem *e = __atomic_load_n(bucket_of(h, hash), __ATOMIC_ACQUIRE);
	for (; e && steps <= h->max_entries; e = elem_next(e), steps++) {
		if (elem_hash(e) == hash && key_equal(e, key, key_size)) {
			*complete = true;
			return e;
		}
	}
	*complete = !e;
	return NULL;
}

/* Find key with its stripe's lock held. */
static struct rt_elem *find_locked(struct rt_hash *h, uint32_t hash, const void *key,
				   uint32_t key_size)
{
	bool complete;
	return chain_find(h, hash, key, key_size, &complete);
}

/* Find key without taking the lock unless writers keep disturbing the walk. */
static struct rt_elem *find_lockless(struct rt_hash *h, uint32_t hash, const void *key,
				     uint32_t key_size)
{
	struct stripe *s = stripe_of(h, hash);
	for (int tries = 0; tries < LOCKLESS_TRIES; tries++) {
		uint32_t unlinks = __atomic_load_n(&s->unlinks, __ATOMIC_ACQUIRE);
		bool complete;
		struct rt_elem *e = chain_find(h, hash, key, key_size, &complete);
		/* relaxed: the walk's acquires already order this load after them */
		if (complete && __atomic_load_n(&s->unlinks, __ATOMIC_RELAXED) == unlinks)
			return e;
	}
	rt_spin_lock(&s->lock);
	struct rt_elem *e = find_locked(h, hash, key, key_size);
	rt_spin_unlock(&s->lock);
	return e;
}

/* Link e at the head of its chain (stripe locked): its `next` first, then the head, both
 * releases, so that a reader who reaches e sees its key and value. */
static void bucket_link(struct rt_hash *h, struct rt_elem *e)
{
	struct rt_elem **head = bucket_of(h, e->hash);
	struct rt_elem *first = *head;
	__atomic_store_n(&e->next, first, __ATOMIC_RELEASE);
	if (first)
		first->pprev = &e->next;
	e->pprev = head;
	__atomic_store_n(head, e, __ATOMIC_RELEASE);
}

/* Unlink e (stripe locked). The counter tells lockless readers that e may now be
 * rewritten; its `next` is left alone (a reader on e walks on into the rest of the chain,
 * then walks again because of the counter). */
static void bucket_unlink(struct rt_hash *h, struct rt_elem *e)
{
	struct rt_elem *next = e->next;
	__atomic_store_n(e->pprev, next, __ATOMIC_RELEASE);
	if (next)
		next->pprev = e->pprev;
	e->pprev = NULL;
	struct stripe *s = stripe_of(h, e->hash);
	__atomic_store_n(&s->unlinks, s->unlinks + 1, __ATOMIC_RELEASE);
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
static struct rt_elem *lru_evict(struct rt_hash *h, struct stripe *held)
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
		struct stripe *s = stripe_of(h, e->hash);
		if (s == held || rt_spin_trylock(&s->lock)) {
			bucket_unlink(h, e);
			if (s != held)
				rt_spin_unlock(&s->lock);
			lru_unlink(e);
			return e;
		}
		e = older;
	}
	return NULL;
}

/* A new element, on the pool's list of all elements; NULL when out of memory. */
static struct rt_elem *elem_new(struct rt_hash *h)
{
	size_t size = sizeof(struct rt_elem) + h->key_space + h->value_space * (size_t)h->nr_cpus;
	struct rt_elem *e = calloc(1, size);
	if (e) {
		e->pool_next = h->all;
		h->all = e;
		h->allocated++;
	}
	return e;
}

/* An element for a new key with this hash (its stripe `held` locked); NULL when the map is
 * full. The hash is set before the element joins the LRU list, so that an evictor on
 * another thread sees the stripe that this thread holds and leaves the element alone until
 * it is linked into its bucket. An element's `next` is left as it is: a lockless reader may
 * still be on it. */
static struct rt_elem *elem_alloc(struct rt_hash *h, uint32_t hash, struct stripe *held)
{
	struct rt_elem *e = NULL;
	pthread_mutex_lock(&h->pool_lock);
	if (h->free_list) {
		e = h->free_list;
		h->free_list = e->lru_next;
	} else if (h->allocated < h->max_entries) {
		e = elem_new(h);
	} else if (h->lru) {
		e = lru_evict(h, held);
	}
	if (e) {
		__atomic_store_n(&e->hash, hash, __ATOMIC_RELEASE);
		__atomic_store_n(&e->ref, 0, __ATOMIC_RELAXED); /* a late reader may set it */
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

void *rt_hash_lookup(struct bpfaot_map *map, const void *key, int cpu)
{
	struct rt_hash *h = hash_of(map);
	struct rt_elem *e = find_lockless(h, hash_key(key, map->key_size), key, map->key_size);
	if (!e)
		return NULL;
	if (h->lru)
		__atomic_store_n(&e->ref, 1, __ATOMIC_RELAXED);
	return elem_value(h, e, cpu < 0 ? 0 : cpu);
}

/* The host's view of a value: value_size bytes, or every CPU's rounded value. */
static void copy_value_out(struct rt_hash *h, const struct bpfaot_map *map, struct rt_elem *e,
			   void *value)
{
	if (h->percpu)
		memcpy(value, elem_value(h, e, 0), h->value_space * (size_t)h->nr_cpus);
	else
		memcpy(value, elem_value(h, e, 0), map->value_size);
}

static int hash_copy_out(struct bpfaot_map *map, const void *key, void *value)
{
	struct rt_hash *h = hash_of(map);
	uint32_t hash = hash_key(key, map->key_size);
	struct stripe *s = stripe_of(h, hash);
	rt_spin_lock(&s->lock);
	struct rt_elem *e = find_locked(h, hash, key, map->key_size);
	if (e)
		copy_value_out(h, map, e, value);
	rt_spin_unlock(&s->lock);
	return e ? 0 : -ENOENT;
}

/* Store a value: plain maps take value_size bytes; per-CPU maps updated by a program
 * (cpu >= 0) set that CPU's value — and zero the others when the element is new, as the
 * kernel does; the host (cpu < 0) sets every CPU's value. */
static void store_value(struct rt_hash *h, const struct bpfaot_map *map, struct rt_elem *e,
			const void *value, int cpu, bool fresh)
{
	if (!h->percpu) {
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

/* A new key (its stripe `s` locked): key and value written before the element is linked. */
static int insert_key(struct rt_hash *h, struct bpfaot_map *map, uint32_t hash, struct stripe *s,
		  const void *key, const void *value, int cpu)
{
	struct rt_elem *e = elem_alloc(h, hash, s);
	if (!e)
		return h->lru ? -ENOMEM : -E2BIG;
	key_store(e, key, map->key_size);
	store_value(h, map, e, value, cpu, true);
	bucket_link(h, e);
	return 0;
}

int rt_hash_update(struct bpfaot_map *map, const void *key, const void *value, uint64_t flags,
		   int cpu)
{
	struct rt_hash *h = hash_of(map);
	if (flags > BPFAOT_EXIST) /* also BPF_F_LOCK: no spin locks in values */
		return -EINVAL;
	uint32_t hash = hash_key(key, map->key_size);
	struct stripe *s = stripe_of(h, hash);
	int err = 0;
	rt_spin_lock(&s->lock);
	struct rt_elem *e = find_locked(h, hash, key, map->key_size);
	if (e && flags == BPFAOT_NOEXIST) {
		err = -EEXIST;
	} else if (!e && flags == BPFAOT_EXIST) {
		err = -ENOENT;
	} else if (e) {
		store_value(h, map, e, value, cpu, false);
		if (h->lru)
			__atomic_store_n(&e->ref, 1, __ATOMIC_RELAXED);
	} else {
		err = insert_key(h, map, hash, s, key, value, cpu);
	}
	rt_spin_unlock(&s->lock);
	return err;
}

int rt_hash_remove(struct bpfaot_map *map, const void *key, void *value)
{
	struct rt_hash *h = hash_of(map);
	uint32_t hash = hash_key(key, map->key_size);
	struct stripe *s = stripe_of(h, hash);
	rt_spin_lock(&s->lock);
	struct rt_elem *e = find_locked(h, hash, key, map->key_size);
	if (e) {
		if (value)
			copy_value_out(h, map, e, value);
		bucket_unlink(h, e);
		elem_free(h, e);
	}
	rt_spin_unlock(&s->lock);
	return e ? 0 : -ENOENT;
}

/* The first key in buckets [from, n_buckets), copied to next; -ENOENT when none. */
static int first_key_from(struct rt_hash *h, const struct bpfaot_map *map, uint32_t from,
			  void *next)
{
	for (uint32_t b = from; b < h->n_buckets; b++) {
		uint32_t *lock = &stripe_of(h, b)->lock;
		rt_spin_lock(lock);
		struct rt_elem *e = h->buckets[b];
		if (e)
			key_copy_out(e, next, map->key_size);
		rt_spin_unlock(lock);
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
	struct stripe *s = stripe_of(h, hash);
	rt_spin_lock(&s->lock);
	struct rt_elem *e = find_locked(h, hash, key, map->key_size);
	bool copied = false;
	if (e && e->next) {
		key_copy_out(e->next, next, map->key_size);
		copied = true;
	}
	rt_spin_unlock(&s->lock);
	if (copied)
		return 0;
	return first_key_from(h, map, e ? (hash & (h->n_buckets - 1)) + 1 : 0, next);
}

/* For tests: whether value is where some element's value (some CPU's) starts. */
bool rt_hash_is_element_value(struct bpfaot_map *map, const void *value)
{
	struct rt_hash *h = hash_of(map);
	bool found = false;
	pthread_mutex_lock(&h->pool_lock);
	for (struct rt_elem *e = h->all; e && !found; e = e->pool_next)
		for (int cpu = 0; cpu < h->nr_cpus && !found; cpu++)
			found = value == elem_value(h, e, cpu);
	pthread_mutex_unlock(&h->pool_lock);
	return found;
}

/* For tests: the longest chain, a measure of the hash's bucket distribution. */
uint32_t rt_hash_longest_chain(struct bpfaot_map *map)
{
	struct rt_hash *h = hash_of(map);
	uint32_t longest = 0;
	for (uint32_t b = 0; b < h->n_buckets; b++) {
		uint32_t *lock = &stripe_of(h, b)->lock;
		uint32_t n = 0;
		rt_spin_lock(lock);
		for (struct rt_elem *e = h->buckets[b]; e; e = e->next)
			n++;
		rt_spin_unlock(lock);
		longest = n > longest ? n : longest;
	}
	return longest;
}

const struct rt_map_ops rt_hash_ops = {
	.check = hash_check,
	.create = hash_create,
	.destroy = hash_destroy,
	.lookup = rt_hash_lookup,
	.copy_out = hash_copy_out,
	.update = rt_hash_update,
	.remove = rt_hash_remove,
	.next_key = hash_next_key,
};
