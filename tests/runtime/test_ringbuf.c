/* Ring buffers against the kernel's semantics (kernel/bpf/ringbuf.c): record layout and
 * flags, space accounting, reserve/submit/discard/output/query, consumption in order,
 * wrap-around, and producers on several threads with a polling consumer. */
#include "rt_test.h"

#include <linux/bpf.h>
#include <poll.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#define RING 4096

static void *reserve(struct bpfaot_map *m, uint64_t size)
{
	return (void *)(uintptr_t)H3(bpfaot_helper_ringbuf_reserve, m, size, 0);
}

static int64_t output(struct bpfaot_map *m, const void *data, uint64_t size, uint64_t flags)
{
	return (int64_t)H4(bpfaot_helper_ringbuf_output, m, data, size, flags);
}

static uint64_t query(struct bpfaot_map *m, uint64_t flags)
{
	return H2(bpfaot_helper_ringbuf_query, m, flags);
}

struct collected {
	int n;
	size_t sizes[64];
	unsigned char first[64];
	int stop_at; /* return -1 at this record */
};

static int collect(void *ctx, void *data, size_t size)
{
	struct collected *c = ctx;
	if (c->n < 64) {
		c->sizes[c->n] = size;
		c->first[c->n] = size ? *(unsigned char *)data : 0;
	}
	c->n++;
	return c->n == c->stop_at ? -1 : 0;
}

static void test_definitions(void)
{
	struct bpfaot_map not_pow2 = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 3 * 4096, NULL);
	struct bpfaot_map too_small = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 64, NULL);
	struct bpfaot_map with_key = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 4, 0, RING, NULL);
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_consume(&not_pow2, collect, &c), -EINVAL);
	CHECK_EQ(bpfaot_ringbuf_consume(&with_key, collect, &c), -EINVAL);
	CHECK(reserve(&too_small, 8) == NULL);
	CHECK_EQ(output(&not_pow2, "x", 1, 0), -EAGAIN);
	struct bpfaot_map array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 4, 1, NULL);
	CHECK_EQ(bpfaot_ringbuf_consume(&array, collect, &c), -EINVAL);
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	uint32_t k = 0, v = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&rb, &k, 0, &v, 0, 0), -EOPNOTSUPP);
	CHECK_EQ(bpfaot_map_get_next_key(&rb, NULL, &k, 0), -EOPNOTSUPP);
	bpfaot_map_free(&not_pow2);
	bpfaot_map_free(&too_small);
	bpfaot_map_free(&with_key);
	bpfaot_map_free(&array);
	bpfaot_map_free(&rb);
}

static void test_record_layout_and_query(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	CHECK_EQ(query(&rb, BPF_RB_RING_SIZE), RING);
	CHECK_EQ(query(&rb, BPF_RB_AVAIL_DATA), 0);
	unsigned char *rec = reserve(&rb, 10);
	CHECK(rec != NULL);
	if (!rec)
		return;
	uint32_t *hdr = (uint32_t *)(rec - 8);
	CHECK_EQ(hdr[0], 10u | BPF_RINGBUF_BUSY_BIT); /* reserved: BUSY */
	CHECK_EQ(query(&rb, BPF_RB_PROD_POS), 24);    /* round_up(10 + 8, 8) */
	CHECK_EQ(query(&rb, BPF_RB_AVAIL_DATA), 24);
	CHECK_EQ(query(&rb, BPF_RB_CONS_POS), 0);
	CHECK_EQ(query(&rb, 99), 0);
	memcpy(rec, "abcdefghij", 10);
	H2(bpfaot_helper_ringbuf_submit, rec, 0);
	CHECK_EQ(hdr[0], 10);
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 1);
	CHECK_EQ(c.sizes[0], 10);
	CHECK_EQ(c.first[0], 'a');
	CHECK_EQ(query(&rb, BPF_RB_CONS_POS), 24);
	CHECK_EQ(query(&rb, BPF_RB_AVAIL_DATA), 0);
	/* discard: the record is skipped, its header says so */
	rec = reserve(&rb, 3);
	hdr = (uint32_t *)(rec - 8);
	H2(bpfaot_helper_ringbuf_discard, rec, 0);
	CHECK_EQ(hdr[0], 3u | BPF_RINGBUF_DISCARD_BIT);
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 0);
	CHECK_EQ(query(&rb, BPF_RB_CONS_POS), 24 + 16);
	/* flags */
	CHECK(H3(bpfaot_helper_ringbuf_reserve, &rb, 8, 1) == 0);
	CHECK_EQ(output(&rb, "x", 1, 4), -EINVAL);
	CHECK_EQ(output(&rb, "x", 1, BPF_RB_NO_WAKEUP | BPF_RB_FORCE_WAKEUP), 0);
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 1);
	/* a zero-length record is a record */
	CHECK_EQ(output(&rb, "", 0, 0), 0);
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 1);
	CHECK_EQ(c.sizes[2], 0);
	bpfaot_map_free(&rb);
}

static void test_space(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	/* the producer may get at most size - 1 bytes ahead: 4080 + 8 = 4088 fits, 4081 does not */
	CHECK(reserve(&rb, RING - 15) == NULL);
	unsigned char *big = reserve(&rb, RING - 16);
	CHECK(big != NULL);
	CHECK(reserve(&rb, 1) == NULL);
	CHECK_EQ(output(&rb, "x", 1, 0), -EAGAIN);
	H2(bpfaot_helper_ringbuf_submit, big, 0);
	CHECK(reserve(&rb, 1) == NULL); /* submitted, not consumed: still no room */
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 1);
	CHECK(reserve(&rb, 1 << 30) == NULL);
	void *r = reserve(&rb, 100);
	CHECK(r != NULL);
	H2(bpfaot_helper_ringbuf_discard, r, 0);
	bpfaot_map_free(&rb);
}

static void test_busy_record_blocks_later_ones(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	unsigned char *first = reserve(&rb, 4);
	first[0] = 1;
	unsigned char two = 2;
	CHECK_EQ(output(&rb, &two, 1, 0), 0);
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 0);
	H2(bpfaot_helper_ringbuf_submit, first, 0);
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 2);
	CHECK_EQ(c.first[0], 1);
	CHECK_EQ(c.first[1], 2);
	bpfaot_map_free(&rb);
}

static void test_callback_stops(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	for (unsigned char i = 1; i <= 3; i++)
		CHECK_EQ(output(&rb, &i, 1, 0), 0);
	struct collected c = {.stop_at = 2};
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), -1);
	CHECK_EQ(c.n, 2);
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 1); /* the third */
	CHECK_EQ(c.first[2], 3);
	bpfaot_map_free(&rb);
}

/* Records of 1000 bytes wrap around the end of a 4096-byte ring: still contiguous. */
struct pattern_check {
	uint32_t next_seq;
	int bad;
};

static int check_pattern(void *ctx, void *data, size_t size)
{
	struct pattern_check *p = ctx;
	unsigned char *b = data;
	uint32_t seq;
	memcpy(&seq, b, 4);
	if (size != 1000 || seq != p->next_seq)
		p->bad++;
	for (size_t i = 4; i < size; i++)
		if (b[i] != (unsigned char)(seq + i))
			p->bad++;
	p->next_seq++;
	return 0;
}

static void test_wrap_around(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	struct pattern_check p = {0};
	unsigned char buf[1000];
	for (uint32_t seq = 0; seq < 100; seq++) {
		memcpy(buf, &seq, 4);
		for (size_t i = 4; i < sizeof(buf); i++)
			buf[i] = (unsigned char)(seq + i);
		CHECK_EQ(output(&rb, buf, sizeof(buf), 0), 0);
		if (seq % 3 == 2)
			CHECK_EQ(bpfaot_ringbuf_consume(&rb, check_pattern, &p), 3);
	}
	bpfaot_ringbuf_consume(&rb, check_pattern, &p);
	CHECK_EQ(p.next_seq, 100);
	CHECK_EQ(p.bad, 0);
	bpfaot_map_free(&rb);
}

/* Several producers, one polling consumer: every record arrives once, each producer's in
 * order. */
#define PRODUCERS 2
#define PER_PRODUCER 20000
static struct bpfaot_map shared_rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 4 * RING, NULL);
static int producers_done;

static void *producer(void *arg)
{
	uint32_t id = (uint32_t)(uintptr_t)arg;
	for (uint32_t i = 0; i < PER_PRODUCER;) {
		uint32_t rec[2] = {id, i};
		if (i % 2) {
			uint32_t *r = reserve(&shared_rb, sizeof(rec));
			if (!r)
				continue; /* full: retry */
			memcpy(r, rec, sizeof(rec));
			H2(bpfaot_helper_ringbuf_submit, r, 0);
		} else if (output(&shared_rb, rec, sizeof(rec), 0) != 0) {
			continue;
		}
		i++;
	}
	__atomic_add_fetch(&producers_done, 1, __ATOMIC_RELEASE);
	return NULL;
}

struct tally {
	uint32_t next[PRODUCERS];
	int bad;
};

static int tally(void *ctx, void *data, size_t size)
{
	struct tally *t = ctx;
	uint32_t rec[2];
	if (size != sizeof(rec)) {
		t->bad++;
		return 0;
	}
	memcpy(rec, data, sizeof(rec));
	if (rec[0] >= PRODUCERS || rec[1] != t->next[rec[0]])
		t->bad++;
	else
		t->next[rec[0]]++;
	return 0;
}

static void test_producers_and_poller(void)
{
	pthread_t t[PRODUCERS];
	for (uintptr_t i = 0; i < PRODUCERS; i++)
		pthread_create(&t[i], NULL, producer, (void *)i);
	struct tally tl = {{0}, 0};
	long total = 0;
	while (__atomic_load_n(&producers_done, __ATOMIC_ACQUIRE) < PRODUCERS ||
	       query(&shared_rb, BPF_RB_AVAIL_DATA) > 0) {
		int n = bpfaot_ringbuf_poll(&shared_rb, tally, &tl, 10);
		CHECK(n >= 0);
		total += n > 0 ? n : 0;
	}
	for (int i = 0; i < PRODUCERS; i++)
		pthread_join(t[i], NULL);
	total += bpfaot_ringbuf_consume(&shared_rb, tally, &tl);
	CHECK_EQ(total, PRODUCERS * PER_PRODUCER);
	CHECK_EQ(tl.bad, 0);
	for (int i = 0; i < PRODUCERS; i++)
		CHECK_EQ(tl.next[i], PER_PRODUCER);
}

static struct bpfaot_map wake_rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);

static void *late_producer(void *arg)
{
	(void)arg;
	usleep(50 * 1000);
	output(&wake_rb, "w", 1, 0);
	return NULL;
}

static void test_poll_wakes_and_times_out(void)
{
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_poll(&wake_rb, collect, &c, 0), 0);
	CHECK_EQ(bpfaot_ringbuf_poll(&wake_rb, collect, &c, 20), 0);
	pthread_t t;
	pthread_create(&t, NULL, late_producer, NULL);
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	CHECK_EQ(bpfaot_ringbuf_poll(&wake_rb, collect, &c, 10000), 1);
	clock_gettime(CLOCK_MONOTONIC, &b);
	pthread_join(t, NULL);
	CHECK(b.tv_sec - a.tv_sec < 5); /* woken, not timed out */
	CHECK_EQ(c.first[0], 'w');
	/* data already there: no waiting */
	output(&wake_rb, "z", 1, BPF_RB_NO_WAKEUP);
	CHECK_EQ(bpfaot_ringbuf_poll(&wake_rb, collect, &c, -1), 1);
}

static bool readable(int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	return poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

static void test_event_fd(void)
{
	struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, RING, NULL);
	struct bpfaot_map array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 4, 1, NULL);
	CHECK_EQ(bpfaot_ringbuf_fd(&array), -EINVAL);
	int fd = bpfaot_ringbuf_fd(&rb);
	CHECK(fd >= 0);
	CHECK(!readable(fd));
	CHECK_EQ(output(&rb, "a", 1, 0), 0); /* the consumer had caught up: wakeup */
	CHECK(readable(fd));
	CHECK_EQ(output(&rb, "b", 1, 0), 0); /* not caught up: no new wakeup needed */
	struct collected c = {0};
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 2);
	CHECK(!readable(fd)); /* consume answered the wakeups */
	CHECK_EQ(output(&rb, "c", 1, BPF_RB_NO_WAKEUP), 0);
	CHECK(!readable(fd));
	CHECK_EQ(output(&rb, "d", 1, BPF_RB_FORCE_WAKEUP), 0);
	CHECK(readable(fd));
	CHECK_EQ(bpfaot_ringbuf_consume(&rb, collect, &c), 2);
	bpfaot_map_free(&rb);
	bpfaot_map_free(&array);
}

int main(void)
{
	RUN(test_definitions);
	RUN(test_record_layout_and_query);
	RUN(test_space);
	RUN(test_busy_record_blocks_later_ones);
	RUN(test_callback_stops);
	RUN(test_wrap_around);
	RUN(test_producers_and_poller);
	RUN(test_poll_wakes_and_times_out);
	RUN(test_event_fd);
	return TEST_EXIT();
}
