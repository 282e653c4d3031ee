/* flowcount.c - the example daemon: BPF programs linked in as native code.
 *
 * Reads Ethernet frames from a pcap file, runs the XDP program `classify` on each one
 * (which tail-calls a per-protocol handler), and prints what the programs counted in their
 * maps, and the connection attempts it sent through a ring buffer. Everything BPF-side is
 * reached through the skeleton that `bpfaot compile --header` wrote (flowcount.aot.h):
 * typed maps, global variables, prog arrays, ring buffers and program calls.
 *
 * usage: flowcount [--drop-udp-port PORT] [--threads N] [--repeat N] [--dump] FILE.pcap
 *   --threads N  share the frames among N threads running the programs concurrently
 *   --repeat N   run every frame N times
 *   --dump       print the raw maps (counters by index, flows as hex) instead of the
 *                summary; the kernel-differential test compares this with the kernel's.
 */
#include "flowcount.aot.h"
#include "flowcount.h"

#include <arpa/inet.h>
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XDP_HEADROOM 256 /* what the kernel reserves in front of an XDP packet */
#define MAX_FRAME 65535

static const char *const verdict_names[] = {"aborted", "drop", "pass", "tx", "redirect"};
#define N_VERDICTS 5

/* ---- pcap (the classic format; both byte orders, micro- or nanosecond stamps) ---- */

struct pcap {
	FILE *f;
	bool swapped;
};

static uint32_t pcap_u32(const struct pcap *p, const unsigned char *b)
{
	uint32_t v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
	return p->swapped ? __builtin_bswap32(v) : v;
}

static int pcap_open(struct pcap *p, const char *path)
{
	unsigned char hdr[24];
	p->f = fopen(path, "rb");
	if (!p->f) {
		fprintf(stderr, "flowcount: %s: %s\n", path, strerror(errno));
		return -1;
	}
	p->swapped = false;
	if (fread(hdr, 1, sizeof(hdr), p->f) != sizeof(hdr)) {
		fprintf(stderr, "flowcount: %s: not a pcap file (too short)\n", path);
		return -1;
	}
	uint32_t magic = pcap_u32(p, hdr);
	if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
		p->swapped = true;
		magic = pcap_u32(p, hdr);
	}
	if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
		fprintf(stderr, "flowcount: %s: not a pcap file (magic 0x%08x)\n", path, magic);
		return -1;
	}
	if (pcap_u32(p, hdr + 20) != 1) {
		fprintf(stderr, "flowcount: %s: link type %u, only Ethernet (1) is supported\n", path,
			pcap_u32(p, hdr + 20));
		return -1;
	}
	return 0;
}

/* The next frame into buf: its length, 0 at the end, -1 on a broken file. */
static long pcap_next(struct pcap *p, unsigned char *buf, size_t cap)
{
	unsigned char rec[16];
	size_t got = fread(rec, 1, sizeof(rec), p->f);
	if (got == 0)
		return 0;
	uint32_t len = pcap_u32(p, rec + 8);
	if (got != sizeof(rec) || len > cap || fread(buf, 1, len, p->f) != len)
		return -1;
	return (long)len;
}

/* ---- running the program ---- */

struct frames {
	unsigned char **data;
	uint32_t *len;
	size_t n;
};

static int read_frames(const char *path, struct frames *out)
{
	struct pcap p;
	memset(out, 0, sizeof(*out));
	if (pcap_open(&p, path)) {
		if (p.f)
			fclose(p.f);
		return -1;
	}
	static unsigned char frame[MAX_FRAME];
	size_t cap = 0;
	long len;
	while ((len = pcap_next(&p, frame, MAX_FRAME)) > 0) {
		if (out->n == cap) {
			cap = cap ? 2 * cap : 64;
			out->data = (unsigned char **)realloc(out->data, cap * sizeof(*out->data));
			out->len = (uint32_t *)realloc(out->len, cap * sizeof(*out->len));
			if (!out->data || !out->len)
				len = -2;
		}
		if (len < 0 || !(out->data[out->n] = (unsigned char *)malloc((size_t)len)))
			break;
		memcpy(out->data[out->n], frame, (size_t)len);
		out->len[out->n++] = (uint32_t)len;
	}
	fclose(p.f);
	if (len < 0) {
		fprintf(stderr, "flowcount: %s: %s\n", path, len == -1 ? "truncated pcap record" : "out of memory");
		return -1;
	}
	return 0;
}

struct run_totals {
	uint64_t verdicts[N_VERDICTS + 1]; /* the last one: anything else */
	struct syn_event *events;          /* from the ring buffer */
	size_t n_events, cap_events;
};

/* Ring buffer callback: one record per connection attempt. */
static int on_syn_event(void *ctx, void *data, size_t size)
{
	struct run_totals *t = (struct run_totals *)ctx;
	if (size != sizeof(struct syn_event))
		return 0;
	if (t->n_events == t->cap_events) {
		size_t cap = t->cap_events ? 2 * t->cap_events : 16;
		struct syn_event *bigger = (struct syn_event *)realloc(t->events, cap * sizeof(*bigger));
		if (!bigger)
			return -ENOMEM;
		t->events = bigger;
		t->cap_events = cap;
	}
	memcpy(&t->events[t->n_events++], data, sizeof(struct syn_event));
	return 0;
}

struct worker {
	pthread_t thread;
	struct flowcount *skel;
	const struct frames *frames;
	unsigned index, n_workers, repeat;
	struct run_totals totals;
	int err;
};

/* Run classify on this worker's share of the frames (every n_workers-th), repeat times. */
static void *work(void *arg)
{
	struct worker *w = (struct worker *)arg;
	static __thread unsigned char frame[XDP_HEADROOM + MAX_FRAME];
	for (unsigned r = 0; r < w->repeat; r++) {
		for (size_t i = w->index; i < w->frames->n; i += w->n_workers) {
			uint32_t len = w->frames->len[i];
			memcpy(frame + XDP_HEADROOM, w->frames->data[i], len);
			/* The context an XDP program sees: native pointers into our buffer. */
			struct bpfaot_xdp_ctx ctx;
			memset(&ctx, 0, sizeof(ctx));
			ctx.data_hard_start = frame;
			ctx.data = frame + XDP_HEADROOM;
			ctx.data_meta = ctx.data;
			ctx.data_end = frame + XDP_HEADROOM + len;
			ctx.frame_size = (uint32_t)sizeof(frame);
			ctx.ingress_ifindex = 1;
			uint32_t verdict = flowcount__classify__run(w->skel, &ctx);
			w->totals.verdicts[verdict < N_VERDICTS ? verdict : N_VERDICTS]++;
			/* what the programs sent while handling this packet */
			int err = bpfaot_ringbuf_consume(w->skel->maps.syn_events, on_syn_event, &w->totals);
			if (err < 0) {
				w->err = err;
				return NULL;
			}
		}
	}
	return NULL;
}

/* Run every frame through the programs on n_workers threads; totals summed. */
static int run_frames(struct flowcount *skel, const struct frames *frames, unsigned n_workers, unsigned repeat,
		      struct run_totals *totals)
{
	struct worker *workers = (struct worker *)calloc(n_workers, sizeof(*workers));
	if (!workers)
		return -ENOMEM;
	int err = 0;
	unsigned started = 0;
	for (; started < n_workers; started++) {
		struct worker *w = &workers[started];
		w->skel = skel;
		w->frames = frames;
		w->index = started;
		w->n_workers = n_workers;
		w->repeat = repeat;
		if ((err = -pthread_create(&w->thread, NULL, work, w)))
			break;
	}
	for (unsigned i = 0; i < started; i++) {
		struct worker *w = &workers[i];
		pthread_join(w->thread, NULL);
		for (int v = 0; v <= N_VERDICTS; v++)
			totals->verdicts[v] += w->totals.verdicts[v];
		for (size_t e = 0; e < w->totals.n_events && !err; e++)
			err = on_syn_event(totals, &w->totals.events[e], sizeof(struct syn_event));
		if (w->err && !err)
			err = w->err;
		free(w->totals.events);
	}
	free(workers);
	return err;
}

/* ---- reading the maps ---- */

struct flow {
	struct flow_key key;
	struct flow_stats stats;
	char text[160]; /* "tcp 10.0.0.1:80 -> 10.0.0.2:4000" */
};

static const char *proto_name(const struct flow_key *k)
{
	switch (k->proto) {
	case IPPROTO_TCP: return "tcp";
	case IPPROTO_UDP: return "udp";
	case IPPROTO_ICMP: return "icmp";
	case IPPROTO_ICMPV6: return "icmp6";
	default: return NULL;
	}
}

static void flow_describe(struct flow *f)
{
	const struct flow_key *k = &f->key;
	char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN], proto[16];
	int af = k->family == 4 ? AF_INET : AF_INET6;
	const void *s = k->family == 4 ? (const void *)&k->saddr[12] : (const void *)k->saddr;
	const void *d = k->family == 4 ? (const void *)&k->daddr[12] : (const void *)k->daddr;
	inet_ntop(af, s, src, sizeof(src));
	inet_ntop(af, d, dst, sizeof(dst));
	const char *name = proto_name(k);
	if (name)
		snprintf(proto, sizeof(proto), "%s", name);
	else
		snprintf(proto, sizeof(proto), "proto-%u", k->proto);
	if (k->proto == IPPROTO_ICMP || k->proto == IPPROTO_ICMPV6)
		snprintf(f->text, sizeof(f->text), "%-5s %s -> %s type %u code %u", proto, src, dst, k->sport, k->dport);
	else if (k->family == 6 && name)
		snprintf(f->text, sizeof(f->text), "%-5s [%s]:%u -> [%s]:%u", proto, src, k->sport, dst, k->dport);
	else if (name)
		snprintf(f->text, sizeof(f->text), "%-5s %s:%u -> %s:%u", proto, src, k->sport, dst, k->dport);
	else
		snprintf(f->text, sizeof(f->text), "%-5s %s -> %s", proto, src, dst);
}

/* Most bytes first; ties by the text, so the order does not depend on the hash map's. */
static int flow_order(const void *a, const void *b)
{
	const struct flow *x = (const struct flow *)a, *y = (const struct flow *)b;
	if (x->stats.bytes != y->stats.bytes)
		return x->stats.bytes > y->stats.bytes ? -1 : 1;
	return strcmp(x->text, y->text);
}

static int read_flows(struct flowcount *skel, struct flow **out, size_t *n_out)
{
	size_t n = 0, cap = 16;
	struct flow *flows = (struct flow *)malloc(cap * sizeof(*flows));
	struct flow_key key;
	const struct flow_key *prev = NULL;
	int err;
	if (!flows)
		return -ENOMEM;
	while (!(err = flowcount__flows__next_key(skel, prev, &key))) {
		if (n == cap) {
			struct flow *bigger = (struct flow *)realloc(flows, 2 * cap * sizeof(*flows));
			if (!bigger) {
				free(flows);
				return -ENOMEM;
			}
			flows = bigger;
			cap *= 2;
		}
		flows[n].key = key;
		err = flowcount__flows__lookup(skel, &key, &flows[n].stats);
		if (err) {
			free(flows);
			return err;
		}
		flow_describe(&flows[n]);
		prev = &flows[n].key;
		n++;
	}
	if (err != -ENOENT) {
		free(flows);
		return err;
	}
	qsort(flows, n, sizeof(*flows), flow_order);
	*out = flows;
	*n_out = n;
	return 0;
}

static uint64_t counter(struct flowcount *skel, enum counter which)
{
	uint32_t key = which;
	__u64 value = 0;
	flowcount__counters__lookup(skel, &key, &value);
	return value;
}

static int text_order(const void *a, const void *b)
{
	return strcmp(((const struct flow *)a)->text, ((const struct flow *)b)->text);
}

static void event_describe(const struct syn_event *e, struct flow *f)
{
	memset(f, 0, sizeof(*f));
	memcpy(f->key.saddr, e->saddr, 16);
	memcpy(f->key.daddr, e->daddr, 16);
	f->key.sport = e->sport;
	f->key.dport = e->dport;
	f->key.family = e->family;
	f->key.proto = IPPROTO_TCP;
	flow_describe(f);
}

static void print_summary(struct flowcount *skel, const char *path, const struct run_totals *t,
			  const struct flow *flows, size_t n_flows)
{
	const char *base = strrchr(path, '/');
	printf("flowcount: %llu packets, %llu bytes from %s\n", (unsigned long long)counter(skel, C_PACKETS),
	       (unsigned long long)counter(skel, C_BYTES), base ? base + 1 : path);
	printf("verdicts:");
	for (int v = 0; v <= N_VERDICTS; v++)
		if (t->verdicts[v])
			printf(" %s %llu", v < N_VERDICTS ? verdict_names[v] : "other",
			       (unsigned long long)t->verdicts[v]);
	printf("\n");
	printf("layer 2: ipv4 %llu, ipv6 %llu, arp %llu, other %llu, vlan-tagged %llu, malformed %llu\n",
	       (unsigned long long)counter(skel, C_IPV4), (unsigned long long)counter(skel, C_IPV6),
	       (unsigned long long)counter(skel, C_ARP), (unsigned long long)counter(skel, C_OTHER_L2),
	       (unsigned long long)counter(skel, C_VLAN), (unsigned long long)counter(skel, C_MALFORMED));
	printf("layer 4: tcp %llu (syn %llu), udp %llu (dns %llu, dropped %llu), icmp %llu (echo requests %llu), "
	       "other %llu, unhandled %llu\n",
	       (unsigned long long)counter(skel, C_TCP), (unsigned long long)counter(skel, C_TCP_SYN),
	       (unsigned long long)counter(skel, C_UDP), (unsigned long long)counter(skel, C_DNS),
	       (unsigned long long)counter(skel, C_DROPPED), (unsigned long long)counter(skel, C_ICMP),
	       (unsigned long long)counter(skel, C_ICMP_ECHO), (unsigned long long)counter(skel, C_OTHER_L4),
	       (unsigned long long)counter(skel, C_UNHANDLED));
	printf("largest packet: %u bytes\n", skel->bss->largest_packet);
	printf("flows by bytes (%zu):\n", n_flows);
	for (size_t i = 0; i < n_flows; i++)
		printf("  %-44s %3llu packets %5llu bytes\n", flows[i].text,
		       (unsigned long long)flows[i].stats.packets, (unsigned long long)flows[i].stats.bytes);
	/* several threads may have consumed them: print them in one order */
	printf("connection attempts (%zu):\n", t->n_events);
	struct flow *attempts = (struct flow *)calloc(t->n_events + 1, sizeof(*attempts));
	for (size_t i = 0; attempts && i < t->n_events; i++)
		event_describe(&t->events[i], &attempts[i]);
	if (attempts)
		qsort(attempts, t->n_events, sizeof(*attempts), text_order);
	for (size_t i = 0; attempts && i < t->n_events; i++)
		printf("  %s\n", attempts[i].text);
	free(attempts);
}

static int event_order(const void *a, const void *b)
{
	return memcmp(a, b, sizeof(struct syn_event));
}

static int key_order(const void *a, const void *b)
{
	return memcmp(&((const struct flow *)a)->key, &((const struct flow *)b)->key, sizeof(struct flow_key));
}

/* The raw maps, in a form the kernel-differential test produces too (flows by key bytes). */
static void print_dump(struct flowcount *skel, struct run_totals *t, struct flow *flows, size_t n_flows)
{
	qsort(flows, n_flows, sizeof(*flows), key_order);
	for (int v = 0; v <= N_VERDICTS; v++)
		printf("verdict %d: %llu\n", v, (unsigned long long)t->verdicts[v]);
	for (int c = 0; c < N_COUNTERS; c++)
		printf("counter %d: %llu\n", c, (unsigned long long)counter(skel, (enum counter)c));
	printf("largest_packet: %u\n", skel->bss->largest_packet);
	for (size_t i = 0; i < n_flows; i++) {
		printf("flow ");
		const unsigned char *b = (const unsigned char *)&flows[i].key;
		for (size_t j = 0; j < sizeof(flows[i].key); j++)
			printf("%02x", b[j]);
		printf(": %llu %llu\n", (unsigned long long)flows[i].stats.packets,
		       (unsigned long long)flows[i].stats.bytes);
	}
	qsort(t->events, t->n_events, sizeof(*t->events), event_order);
	for (size_t i = 0; i < t->n_events; i++) {
		printf("event ");
		const unsigned char *b = (const unsigned char *)&t->events[i];
		for (size_t j = 0; j < sizeof(t->events[i]); j++)
			printf("%02x", b[j]);
		printf("\n");
	}
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	long drop_port = -1, threads = 1, repeat = 1;
	bool dump = false;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--drop-udp-port") && i + 1 < argc)
			drop_port = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
			threads = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--dump"))
			dump = true;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else {
			fprintf(stderr, "usage: flowcount [--drop-udp-port PORT] [--threads N] [--repeat N] [--dump] FILE.pcap\n");
			return 2;
		}
	}
	if (!path || drop_port < -1 || drop_port > 65535 || threads < 1 || threads > 256 || repeat < 1 ||
	    repeat > 1000000) {
		fprintf(stderr, "usage: flowcount [--drop-udp-port PORT] [--threads N] [--repeat N] [--dump] FILE.pcap\n");
		return 2;
	}

	struct flowcount *skel = flowcount__open();
	if (!skel) {
		fprintf(stderr, "flowcount: cannot open the compiled BPF object: %s\n", strerror(errno));
		return 1;
	}
	/* Global variables are plain struct members; 0 turns dropping off. */
	if (drop_port >= 0)
		skel->data->drop_udp_port = (__u16)drop_port;
	/* Install the ICMP handler: a prog array update by member. */
	int err = flowcount__handlers__set(skel, SLOT_ICMP, skel->progs.handle_icmp);
	if (err) {
		fprintf(stderr, "flowcount: installing the ICMP handler: %s\n", strerror(-err));
		flowcount__destroy(skel);
		return 1;
	}

	struct frames frames;
	struct run_totals totals;
	memset(&totals, 0, sizeof(totals));
	struct flow *flows = NULL;
	size_t n_flows = 0;
	if (read_frames(path, &frames)) {
		flowcount__destroy(skel);
		return 1;
	}
	err = run_frames(skel, &frames, (unsigned)threads, (unsigned)repeat, &totals);
	if (err)
		fprintf(stderr, "flowcount: running the programs: %s\n", strerror(-err));
	else if ((err = read_flows(skel, &flows, &n_flows)))
		fprintf(stderr, "flowcount: reading the flow table: %s\n", strerror(-err));
	for (size_t i = 0; i < frames.n; i++)
		free(frames.data[i]);
	free(frames.data);
	free(frames.len);
	if (err) {
		free(totals.events);
		flowcount__destroy(skel);
		return 1;
	}
	if (dump)
		print_dump(skel, &totals, flows, n_flows);
	else
		print_summary(skel, path, &totals, flows, n_flows);
	free(flows);
	free(totals.events);
	flowcount__destroy(skel);
	return 0;
}
