/* tailcall.c - the three tail-call sequences (DESIGN.md, "Tail calls").
 *
 * BPF r1 = x0 (ctx, passed on untouched), r2 = x1 (the map), r3 = x2 (the key: its low
 * 32 bits, w2). A prog array of N entries has 2N slots in OBJ__map__MAP__storage; slot
 * N + key holds the cached target (the program's tail-call entry) or NULL.
 *
 * static (map known, key not constant):
 *     cmp   w2, #N                   (#N >> 12, lsl #12 when N is a multiple of 4096 below
 *                                     2^24; else mov w10, #N (+ movk); cmp w2, w10)
 *     b.hs  out
 *     ldr   w10, [x26]               tail-call counter
 *     cmp   w10, #33
 *     b.hs  out
 *     adrp  x11, storage + 8N
 *     add   x11, x11, :lo12:storage + 8N
 *     ldr   x11, [x11, w2, uxtw #3]  the cached target
 *     cbz   x11, out
 * dynamic (map only known at run time, from struct bpfaot_map in x1):
 *     ldr   w12, [x1, #12]           max_entries
 *     cmp   w2, w12
 *     b.hs  out
 *     <counter check>
 *     ldr   x11, [x1, #40]           storage
 *     add   x12, x12, w2, uxtw       N + key
 *     ldr   x11, [x11, x12, lsl #3]
 *     cbz   x11, out
 * direct (map and key link-time constants, key < N: no bounds check):
 *     <counter check>
 *     adrp  x11, storage + 8(N + key)
 *     ldr   x11, [x11, :lo12:storage + 8(N + key)]
 *     cbz   x11, out
 * then, for all three:
 *     add   w10, w10, #1
 *     str   w10, [x26]
 *     <unwind this frame>
 *     br    x11
 * out:
 * A call that falls through leaves the counter alone.
 */
#include "a64.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "symbols.h"

#include <elf.h>
#include <stdlib.h>

/* Pending "b.hs out" / "cbz out" branches of one sequence. */
struct fallthrough {
	uint32_t at[4];
	unsigned n;
};

static void branch_out(struct a64_ctx *c, struct fallthrough *f, uint32_t word)
{
	f->at[f->n++] = a64_emit_forward(c, word);
}

/* w2 >= N (unsigned) -> out. */
static void emit_bound_check_imm(struct a64_ctx *c, struct fallthrough *f, uint32_t n)
{
	if (n < 4096) {
		a64_emit(c, a64_addsub_imm(A64_SUBS, false, A64_ZR, 2, n, false));
	} else if ((n & 0xfff) == 0 && n < (1u << 24)) {
		a64_emit(c, a64_addsub_imm(A64_SUBS, false, A64_ZR, 2, n >> 12, true));
	} else {
		a64_emit_mov_imm(c, false, A64_TMP, n);
		a64_emit(c, a64_addsub_reg(A64_SUBS, false, A64_ZR, 2, A64_TMP));
	}
	branch_out(c, f, a64_bcond(A64_HS, 0));
}

/* counter >= MAX_TAIL_CALL_CNT -> out; leaves the counter in w10. */
static void emit_counter_check(struct a64_ctx *c, struct fallthrough *f)
{
	a64_emit(c, a64_ldr_uimm(A64_W, false, A64_TMP, A64_TCC_PTR, 0));
	a64_emit(c, a64_addsub_imm(A64_SUBS, false, A64_ZR, A64_TMP, MAX_TAIL_CALL_CNT, false));
	branch_out(c, f, a64_bcond(A64_HS, 0));
}

/* The target is in x11 and not NULL: count it, drop the frame, jump. */
static void emit_jump(struct a64_ctx *c)
{
	a64_emit(c, a64_addsub_imm(A64_ADD, false, A64_TMP, A64_TMP, 1, false));
	a64_emit(c, a64_str_uimm(A64_W, A64_TMP, A64_TCC_PTR, 0));
	a64_emit_unwind(c);
	a64_emit(c, a64_br(A64_TMP2));
}

static void emit_static(struct a64_ctx *c, const struct map *map, const char *storage)
{
	struct fallthrough f = {0};
	emit_bound_check_imm(c, &f, map->max_entries);
	emit_counter_check(c, &f);
	a64_emit_adr_symbol(c, A64_TMP2, storage, 8 * (int64_t)map->max_entries);
	a64_emit(c, a64_ldr_uxtw_scaled(A64_TMP2, A64_TMP2, 2));
	branch_out(c, &f, a64_cbz(true, A64_TMP2, 0));
	emit_jump(c);
	for (unsigned i = 0; i < f.n; i++)
		a64_bind_forward(c, f.at[i]);
}

static void emit_dynamic(struct a64_ctx *c)
{
	struct fallthrough f = {0};
	a64_emit(c, a64_ldr_uimm(A64_W, false, A64_TMP3, 1, BPFAOT_MAP_OFF_MAX_ENTRIES));
	a64_emit(c, a64_addsub_reg(A64_SUBS, false, A64_ZR, 2, A64_TMP3));
	branch_out(c, &f, a64_bcond(A64_HS, 0));
	emit_counter_check(c, &f);
	a64_emit(c, a64_ldr_uimm(A64_X, false, A64_TMP2, 1, BPFAOT_MAP_OFF_STORAGE));
	a64_emit(c, a64_add_uxtw(A64_TMP3, A64_TMP3, 2, 0));
	a64_emit(c, a64_ldr_lsl3(A64_TMP2, A64_TMP2, A64_TMP3));
	branch_out(c, &f, a64_cbz(true, A64_TMP2, 0));
	emit_jump(c);
	for (unsigned i = 0; i < f.n; i++)
		a64_bind_forward(c, f.at[i]);
}

static void emit_direct(struct a64_ctx *c, const struct map *map, const char *storage,
			uint32_t key)
{
	struct fallthrough f = {0};
	int64_t addend = 8 * ((int64_t)map->max_entries + key);
	emit_counter_check(c, &f);
	uint32_t at = a64_here(c);
	code_add_reloc(c->code, at, R_AARCH64_ADR_PREL_PG_HI21, storage, addend);
	a64_emit(c, a64_adrp(A64_TMP2, 0));
	code_add_reloc(c->code, a64_here(c), R_AARCH64_LDST64_ABS_LO12_NC, storage, addend);
	a64_emit(c, a64_ldr_uimm(A64_X, false, A64_TMP2, A64_TMP2, 0));
	branch_out(c, &f, a64_cbz(true, A64_TMP2, 0));
	emit_jump(c);
	for (unsigned i = 0; i < f.n; i++)
		a64_bind_forward(c, f.at[i]);
}

int a64_emit_tail_call(struct a64_ctx *c, const struct bpf_insn *insn)
{
	const struct prog_analysis *an = c->in->analysis;
	uint32_t imm = (uint32_t)insn->imm;
	if (tail_call_imm_dynamic(imm)) {
		emit_dynamic(c);
		return 0;
	}
	uint32_t slot = tail_call_imm_map_slot(imm);
	int32_t poke = tail_call_imm_poke(imm);
	if (!an || slot >= an->n_used_maps || (poke >= 0 && (uint32_t)poke >= an->n_pokes)) {
		diag_insn(c->in->module, c->in->prog, c->insn, "tail call without its analysis");
		return -1;
	}
	const struct module *m = c->in->module;
	uint32_t map_index = poke >= 0 ? an->pokes[poke].map : an->used_maps[slot];
	const struct map *map = &m->maps[map_index];
	char *storage = sym_map_storage(c->in->obj_name, map);
	if (poke >= 0)
		emit_direct(c, map, storage, an->pokes[poke].key);
	else
		emit_static(c, map, storage);
	free(storage);
	return 0;
}
