/* rt_ringbuf.c - BPF ring buffers (BPF_MAP_TYPE_RINGBUF) with the kernel's record format.
 *
 * Layout, as in the kernel: a control page (this struct), then the data area mapped twice
 * back to back (one memfd, two mappings), so that a record that wraps around the end is
 * still contiguous in memory. Each record starts with an 8-byte header: u32 len (bit 31
 * BUSY while reserved, bit 30 DISCARD) and u32 pg_off (pages from the control page, which
 * is how submit finds its ring buffer from the record pointer alone). Records are 8-byte
 * aligned. Producers serialise on a lock and never wait for consumers; consumers see a
 * record once its BUSY bit is cleared.
 */
#include "rt.h"

#include <pthread.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define BUSY_BIT (1u << 31)
#define DISCARD_BIT (1u << 30)
#define HDR_SIZE 8u
#define MAX_RECORD_SIZE (UINT32_MAX / 4) /* the kernel's RINGBUF_MAX_RECORD_SZ */

struct rt_ringbuf {
	uint64_t consumer_pos; /* atomic: advanced by consumers */
	uint64_t producer_pos; /* atomic: advanced by producers */
	uint64_t pending_pos;  /* oldest record that may still be BUSY (producer lock) */
	uint64_t mask;         /* data size - 1 */
	char *data;
	size_t mapping_size;
	size_t page_size;
	pthread_mutex_t producer_lock;
	pthread_mutex_t consumer_lock;
	pthread_mutex_t wait_lock;
	pthread_cond_t wait_cond;
	int event_fd; /* readable after a wakeup, for epoll-based consumers; -1 if none */
};

struct record_header {
	uint32_t len;
	uint32_t pg_off;
};

static size_t page_size(void)
{
	long p = sysconf(_SC_PAGESIZE);
	return p > 0 ? (size_t)p : 4096;
}

/* The kernel's rules: no key or value, a power-of-two size that is a multiple of pages. */
static int ringbuf_check(const struct bpfaot_map *map)
{
	uint32_t size = map->max_entries;
	if (map->key_size || map->value_size || size == 0 || (size & (size - 1)))
		return -EINVAL;
	return size % page_size() == 0 ? 0 : -EINVAL;
}

static void *ringbuf_create(struct bpfaot_map *map)
{
	size_t page = page_size();
	size_t size = map->max_entries;
	size_t control = RT_ROUND_UP(sizeof(struct rt_ringbuf), page);
	size_t total = control + 2 * size;
	char *base = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (base == MAP_FAILED)
		return NULL;
	int fd = memfd_create("bpfaot-ringbuf", MFD_CLOEXEC);
	bool ok = fd >= 0 && ftruncate(fd, (off_t)size) == 0 &&
		  mmap(base, control, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0) != MAP_FAILED &&
		  mmap(base + control, size, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_SHARED, fd, 0) !=
			  MAP_FAILED &&
		  mmap(base + control + size, size, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_SHARED, fd,
		       0) != MAP_FAILED;
	if (fd >= 0)
		close(fd);
	if (!ok) {
		munmap(base, total);
		return NULL;
	}
	struct rt_ringbuf *rb = (struct rt_ringbuf *)base;
	rb->mask = size - 1;
	rb->data = base + control;
	rb->mapping_size = total;
	rb->page_size = page;
	pthread_mutex_init(&rb->producer_lock, NULL);
	pthread_mutex_init(&rb->consumer_lock, NULL);
	pthread_mutex_init(&rb->wait_lock, NULL);
	pthread_condattr_t attr;
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&rb->wait_cond, &attr);
	pthread_condattr_destroy(&attr);
	rb->event_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	return rb;
}

static void ringbuf_destroy(struct bpfaot_map *map, void *state)
{
	(void)map;
	struct rt_ringbuf *rb = state;
	if (rb->event_fd >= 0)
		close(rb->event_fd);
	munmap(rb, rb->mapping_size);
}

const struct rt_map_ops rt_ringbuf_ops = {
	.check = ringbuf_check,
	.create = ringbuf_create,
	.destroy = ringbuf_destroy,
};

static struct rt_ringbuf *ringbuf_of(struct bpfaot_map *map)
{
	if (!map || map->type != BPFAOT_MAP_TYPE_RINGBUF)
		return NULL;
	return rt_map_state(map);
}

static uint32_t record_space(uint32_t len)
{
	return RT_ROUND_UP((len & ~(BUSY_BIT | DISCARD_BIT)) + HDR_SIZE, 8);
}

static void wake_consumers(struct rt_ringbuf *rb)
{
	pthread_mutex_lock(&rb->wait_lock);
	pthread_cond_broadcast(&rb->wait_cond);
	pthread_mutex_unlock(&rb->wait_lock);
	if (rb->event_fd >= 0) {
		uint64_t one = 1;
		ssize_t ignored = write(rb->event_fd, &one, sizeof(one));
		(void)ignored;
	}
}

void *rt_ringbuf_reserve(struct bpfaot_map *map, uint64_t size, uint64_t flags)
{
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!rb || flags || size > MAX_RECORD_SIZE)
		return NULL;
	uint64_t len = RT_ROUND_UP(size + HDR_SIZE, 8);
	if (len > rb->mask + 1)
		return NULL;
	uint64_t cons = __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE);
	pthread_mutex_lock(&rb->producer_lock);
	uint64_t prod = rb->producer_pos;
	uint64_t pend = rb->pending_pos;
	while (pend < prod) { /* skip records committed since the last reserve */
		struct record_header *h = (void *)(rb->data + (pend & rb->mask));
		uint32_t hdr_len = __atomic_load_n(&h->len, __ATOMIC_ACQUIRE);
		if (hdr_len & BUSY_BIT)
			break;
		pend += record_space(hdr_len);
	}
	rb->pending_pos = pend;
	uint64_t new_prod = prod + len;
	/* Neither the unconsumed data nor the span from the oldest uncommitted record may
	 * reach the ring's size. */
	if (new_prod - cons > rb->mask || new_prod - pend > rb->mask) {
		pthread_mutex_unlock(&rb->producer_lock);
		return NULL;
	}
	struct record_header *h = (void *)(rb->data + (prod & rb->mask));
	uintptr_t page_start = (uintptr_t)h & ~(uintptr_t)(rb->page_size - 1);
	h->pg_off = (uint32_t)((page_start - (uintptr_t)rb) / rb->page_size);
	__atomic_store_n(&h->len, (uint32_t)size | BUSY_BIT, __ATOMIC_RELAXED);
	__atomic_store_n(&rb->producer_pos, new_prod, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&rb->producer_lock);
	return h + 1;
}

void rt_ringbuf_commit(void *sample, uint64_t flags, bool discard)
{
	struct record_header *h = (struct record_header *)sample - 1;
	uintptr_t page_start = (uintptr_t)h & ~(uintptr_t)(page_size() - 1);
	struct rt_ringbuf *rb = (void *)(page_start - (uintptr_t)h->pg_off * page_size());
	uint32_t new_len = __atomic_load_n(&h->len, __ATOMIC_RELAXED) & ~BUSY_BIT;
	if (discard)
		new_len |= DISCARD_BIT;
	__atomic_exchange_n(&h->len, new_len, __ATOMIC_ACQ_REL);
	/* Wake consumers if they had caught up with this record (or when forced). */
	uint64_t rec_pos = (uint64_t)((char *)h - rb->data);
	uint64_t cons_pos = __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE) & rb->mask;
	if ((flags & BPFAOT_RB_FORCE_WAKEUP) ||
	    (cons_pos == rec_pos && !(flags & BPFAOT_RB_NO_WAKEUP)))
		wake_consumers(rb);
}

uint64_t rt_ringbuf_query(struct bpfaot_map *map, uint64_t flags)
{
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!rb)
		return 0;
	uint64_t cons = __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE);
	uint64_t prod = __atomic_load_n(&rb->producer_pos, __ATOMIC_ACQUIRE);
	switch (flags) {
	case BPFAOT_RB_AVAIL_DATA:
		return prod - cons;
	case BPFAOT_RB_RING_SIZE:
		return rb->mask + 1;
	case BPFAOT_RB_CONS_POS:
		return cons;
	case BPFAOT_RB_PROD_POS:
		return prod;
	default:
		return 0;
	}
}

uint64_t rt_ringbuf_pending_records(struct bpfaot_map *map)
{
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!rb)
		return 0;
	uint64_t records = 0;
	uint64_t pos = __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE);
	uint64_t prod = __atomic_load_n(&rb->producer_pos, __ATOMIC_ACQUIRE);
	while (pos < prod) {
		struct record_header *h = (void *)(rb->data + (pos & rb->mask));
		uint32_t len = __atomic_load_n(&h->len, __ATOMIC_ACQUIRE);
		if (!(len & (BUSY_BIT | DISCARD_BIT)))
			records++;
		pos += record_space(len);
	}
	return records;
}

/* One pass over the records available now (consumer lock held). */
static int consume_locked(struct rt_ringbuf *rb, bpfaot_ringbuf_sample_fn fn, void *ctx)
{
	int count = 0;
	uint64_t cons = __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE);
	for (;;) {
		uint64_t prod = __atomic_load_n(&rb->producer_pos, __ATOMIC_ACQUIRE);
		if (cons >= prod)
			return count;
		while (cons < prod) {
			struct record_header *h = (void *)(rb->data + (cons & rb->mask));
			uint32_t len = __atomic_load_n(&h->len, __ATOMIC_ACQUIRE);
			if (len & BUSY_BIT)
				return count;
			cons += record_space(len);
			int err = 0;
			if (!(len & DISCARD_BIT)) {
				if (count < INT32_MAX)
					count++;
				err = fn(ctx, h + 1, len & ~DISCARD_BIT);
			}
			__atomic_store_n(&rb->consumer_pos, cons, __ATOMIC_RELEASE);
			if (err < 0)
				return err;
		}
	}
}

int bpfaot_ringbuf_consume(struct bpfaot_map *map, bpfaot_ringbuf_sample_fn fn, void *ctx)
{
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!map || map->type != BPFAOT_MAP_TYPE_RINGBUF || !fn)
		return -EINVAL;
	if (!rb)
		return ringbuf_check(map) ? -EINVAL : -ENOMEM;
	pthread_mutex_lock(&rb->consumer_lock);
	if (rb->event_fd >= 0) { /* this consumption answers every wakeup so far */
		uint64_t count;
		ssize_t ignored = read(rb->event_fd, &count, sizeof(count));
		(void)ignored;
	}
	int ret = consume_locked(rb, fn, ctx);
	pthread_mutex_unlock(&rb->consumer_lock);
	return ret;
}

int bpfaot_ringbuf_fd(struct bpfaot_map *map)
{
	if (!map || map->type != BPFAOT_MAP_TYPE_RINGBUF)
		return -EINVAL;
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!rb)
		return ringbuf_check(map) ? -EINVAL : -ENOMEM;
	return rb->event_fd >= 0 ? rb->event_fd : -ENOSYS;
}

static bool has_data(struct rt_ringbuf *rb)
{
	return __atomic_load_n(&rb->producer_pos, __ATOMIC_ACQUIRE) !=
	       __atomic_load_n(&rb->consumer_pos, __ATOMIC_ACQUIRE);
}

int bpfaot_ringbuf_poll(struct bpfaot_map *map, bpfaot_ringbuf_sample_fn fn, void *ctx,
			int timeout_ms)
{
	struct rt_ringbuf *rb = ringbuf_of(map);
	if (!map || map->type != BPFAOT_MAP_TYPE_RINGBUF || !fn)
		return -EINVAL;
	if (!rb)
		return ringbuf_check(map) ? -EINVAL : -ENOMEM;
	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	if (timeout_ms > 0) {
		deadline.tv_sec += timeout_ms / 1000;
		deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
		if (deadline.tv_nsec >= 1000000000L) {
			deadline.tv_sec++;
			deadline.tv_nsec -= 1000000000L;
		}
	}
	pthread_mutex_lock(&rb->wait_lock);
	while (!has_data(rb) && timeout_ms != 0) {
		int err = timeout_ms < 0 ? pthread_cond_wait(&rb->wait_cond, &rb->wait_lock)
					 : pthread_cond_timedwait(&rb->wait_cond, &rb->wait_lock,
								  &deadline);
		if (err == ETIMEDOUT)
			break;
	}
	pthread_mutex_unlock(&rb->wait_lock);
	if (!has_data(rb))
		return 0;
	return bpfaot_ringbuf_consume(map, fn, ctx);
}

/* ---- Helpers 130-134 ---------------------------------------------------------------- */

uint64_t bpfaot_helper_ringbuf_output(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				      uint64_t r5)
{
	(void)r5;
	if (r4 & ~(uint64_t)(BPFAOT_RB_NO_WAKEUP | BPFAOT_RB_FORCE_WAKEUP))
		return RT_ERR(-EINVAL);
	void *rec = rt_ringbuf_reserve((struct bpfaot_map *)(uintptr_t)r1, r3, 0);
	if (!rec)
		return RT_ERR(-EAGAIN);
	memcpy(rec, (const void *)(uintptr_t)r2, r3);
	rt_ringbuf_commit(rec, r4, false);
	return 0;
}

uint64_t bpfaot_helper_ringbuf_reserve(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r4, (void)r5;
	return (uint64_t)(uintptr_t)rt_ringbuf_reserve((struct bpfaot_map *)(uintptr_t)r1, r2, r3);
}

uint64_t bpfaot_helper_ringbuf_submit(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				      uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	rt_ringbuf_commit((void *)(uintptr_t)r1, r2, false);
	return 0;
}

uint64_t bpfaot_helper_ringbuf_discard(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	rt_ringbuf_commit((void *)(uintptr_t)r1, r2, true);
	return 0;
}

uint64_t bpfaot_helper_ringbuf_query(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				     uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	return rt_ringbuf_query((struct bpfaot_map *)(uintptr_t)r1, r2);
}
