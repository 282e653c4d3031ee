/* rt_object.c - objects as the compiler emits them, and running their programs. */
#include "rt.h"

#include <string.h>

int bpfaot_object_open(struct bpfaot_object *obj)
{
	if (!obj || obj->abi_version != BPFAOT_ABI_VERSION)
		return -EINVAL;
	if ((obj->n_progs && !obj->progs) || (obj->n_maps && !obj->maps))
		return -EINVAL;
	for (uint32_t i = 0; i < obj->n_maps; i++) {
		struct bpfaot_map *map = obj->maps[i];
		const struct rt_map_ops *ops = map ? rt_map_ops(map->type) : NULL;
		if (!ops || ops->check(map) != 0)
			return -EINVAL;
		if (!rt_map_state(map))
			return -ENOMEM;
	}
	return 0;
}

void bpfaot_object_close(struct bpfaot_object *obj)
{
	if (!obj || !obj->maps)
		return;
	for (uint32_t i = 0; i < obj->n_maps; i++)
		bpfaot_map_free(obj->maps[i]);
}

/* "bss" also finds ".bss": the symbol names the compiler derives drop the dot. */
static bool name_matches(const char *have, const char *want)
{
	if (!have || !want)
		return false;
	if (strcmp(have, want) == 0)
		return true;
	return have[0] == '.' && want[0] != '.' && strcmp(have + 1, want) == 0;
}

struct bpfaot_map *bpfaot_object_find_map(const struct bpfaot_object *obj, const char *name)
{
	if (!obj || !name)
		return NULL;
	for (uint32_t i = 0; i < obj->n_maps; i++)
		if (obj->maps[i] && strcmp(obj->maps[i]->name ? obj->maps[i]->name : "", name) == 0)
			return obj->maps[i];
	for (uint32_t i = 0; i < obj->n_maps; i++)
		if (obj->maps[i] && name_matches(obj->maps[i]->name, name))
			return obj->maps[i];
	return NULL;
}

struct bpfaot_prog *bpfaot_object_find_prog(const struct bpfaot_object *obj, const char *name)
{
	if (!obj || !name)
		return NULL;
	for (uint32_t i = 0; i < obj->n_progs; i++)
		if (obj->progs[i].name && strcmp(obj->progs[i].name, name) == 0)
			return &obj->progs[i];
	return NULL;
}

/* Compiled programs take BPF r1-r5 in the native argument registers, so calling the entry
 * with two arguments sets r1 and r2 (the C prototype names only the context). */
typedef uint64_t (*entry_r1_r2)(void *r1, uint64_t r2);

#if defined(__clang__)
__attribute__((no_sanitize("function"))) /* the two-argument call above is deliberate */
#endif
int bpfaot_prog_run(const struct bpfaot_prog *prog, void *ctx, uint64_t ctx_size,
		    uint64_t *retval)
{
	if (!prog || !prog->func || !retval)
		return -EINVAL;
	bool had_cpu = rt_cpu_owned();
	entry_r1_r2 entry = (entry_r1_r2)(void (*)(void))prog->func;
	*retval = entry(ctx, ctx_size);
	/* A slot this invocation acquired is a lease for the invocation only, so that more
	 * threads than slots can take turns. */
	if (!had_cpu)
		bpfaot_cpu_release();
	return 0;
}

/* Program types whose context the compiler rewrites (XDP, tc, socket filters) get the
 * runtime's context structs built around the packet (rt_ctx.c). */
int bpfaot_prog_test_run(const struct bpfaot_prog *prog, void *data, size_t size,
			 uint64_t *retval)
{
	if (!prog || !retval || (!data && size))
		return -EINVAL;
	switch (prog->ctx_kind) {
	case BPFAOT_CTX_RAW:
		return bpfaot_prog_run(prog, data, size, retval);
	case BPFAOT_CTX_XDP:
	case BPFAOT_CTX_SKB:
		return rt_test_run_packet(prog, data, size, retval); /* rt_ctx.c */
	default:
		return -EOPNOTSUPP;
	}
}
