/* tailcall.c - the three tail-call sequences (static, dynamic, direct).
 *
 * A prog array with max_entries N has 2N pointer slots at OBJ__map__MAP__storage; slot
 * N + i is the cached target of index i (its program's tail-call entry, or NULL). The key
 * is always the low 32 bits of r3 (edx). At most MAX_TAIL_CALL_CNT successful tail calls
 * per invocation: the counter is the dword r12 points at (see prologue.c). Every failure
 * falls through to the next BPF instruction.
 */
#include "x86.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "symbols.h"

#include <stdlib.h>

#define SLOT_SIZE 8

struct fallthrough {
	size_t jumps[4];
	int n;
};

static void jump_out(struct prog_code *c, struct fallthrough *out, enum x86_cc cc)
{
	out->jumps[out->n++] = x86_jcc_forward(c, cc);
}

/* r11 holds the cached target:
 *     test r11, r11
 *     je .Lout                     ; empty slot
 *     cmp dword [r12], 33
 *     jae .Lout                    ; budget spent
 *     inc dword [r12]
 *     pop ...; leave               ; unwind this function's frame
 *     jmp r11
 *   .Lout:
 */
static void emit_counted_jump(struct x86_ctx *x, struct fallthrough *out)
{
	struct prog_code *c = x->code;
	x86_alu_rr(c, X86_TEST, true, X86_TMP, X86_TMP);
	jump_out(c, out, CC_E);
	x86_cmp_mem32_imm8(c, X86_TCC_PTR, 0, MAX_TAIL_CALL_CNT);
	jump_out(c, out, CC_AE);
	x86_inc_mem32(c, X86_TCC_PTR, 0);
	x86_emit_frame_unwind(x, x->func);
	x86_jmp_reg(c, X86_TMP);
	for (int i = 0; i < out->n; i++)
		x86_patch_forward(c, out->jumps[i]);
}

/* One prog array on every path: the bound is an immediate.
 *     cmp edx, N
 *     jae .Lout
 *     mov edx, edx                 ; the key, zero-extended
 *     lea r11, [rip + STORAGE]
 *     mov r11, [r11 + rdx*8 + 8*N] ; cached target of slot N + key
 */
static void emit_static(struct x86_ctx *x, const char *storage, uint32_t n)
{
	struct prog_code *c = x->code;
	struct fallthrough out = {.n = 0};
	x86_alu_ri(c, X86_CMP, false, RDX, (int32_t)n);
	jump_out(c, &out, CC_AE);
	x86_alu_rr(c, X86_MOV, false, RDX, RDX);
	x86_lea_rip(c, X86_TMP, storage, 0);
	x86_load_indexed(c, X86_TMP, X86_TMP, RDX, (int32_t)(SLOT_SIZE * n));
	emit_counted_jump(x, &out);
}

/* Different maps reach the site: r2 (rsi) is the struct bpfaot_map.
 *     cmp edx, dword [rsi + 12]    ; max_entries
 *     jae .Lout
 *     mov edx, edx
 *     mov eax, dword [rsi + 12]
 *     add rdx, rax                 ; N + key
 *     mov r11, [rsi + 40]          ; storage
 *     mov r11, [r11 + rdx*8]
 */
static void emit_dynamic(struct x86_ctx *x)
{
	struct prog_code *c = x->code;
	struct fallthrough out = {.n = 0};
	x86_alu_rm(c, X86_CMP, false, RDX, RSI, BPFAOT_MAP_OFF_MAX_ENTRIES);
	jump_out(c, &out, CC_AE);
	x86_alu_rr(c, X86_MOV, false, RDX, RDX);
	x86_alu_rm(c, X86_MOV, false, RAX, RSI, BPFAOT_MAP_OFF_MAX_ENTRIES);
	x86_alu_rr(c, X86_ADD, true, RDX, RAX);
	x86_alu_rm(c, X86_MOV, true, X86_TMP, RSI, BPFAOT_MAP_OFF_STORAGE);
	x86_load_indexed(c, X86_TMP, X86_TMP, RDX, 0);
	emit_counted_jump(x, &out);
}

/* One prog array and one in-range constant key: the slot is a link-time constant.
 *     mov r11, [rip + STORAGE + 8*(N + key)]
 */
static void emit_direct(struct x86_ctx *x, const char *storage, uint32_t n, uint32_t key)
{
	struct fallthrough out = {.n = 0};
	x86_load_rip(x->code, X86_TMP, storage, (int64_t)SLOT_SIZE * ((int64_t)n + key));
	emit_counted_jump(x, &out);
}

int x86_emit_tail_call(struct x86_ctx *x, uint32_t i)
{
	const struct codegen_input *in = x->in;
	const struct prog_analysis *a = in->analysis;
	uint32_t imm = (uint32_t)in->prog->insns[i].imm;
	if (tail_call_imm_dynamic(imm)) {
		emit_dynamic(x);
		return 0;
	}
	int32_t poke = tail_call_imm_poke(imm);
	uint32_t slot = tail_call_imm_map_slot(imm);
	uint32_t map_index;
	if (poke >= 0) {
		if (!a || (uint32_t)poke >= a->n_pokes) {
			diag_insn(in->module, in->prog, i, "tail call names poke descriptor %d, which does not exist", poke);
			return -1;
		}
		map_index = a->pokes[poke].map;
	} else {
		if (!a || slot >= a->n_used_maps) {
			diag_insn(in->module, in->prog, i, "tail call names used map %u, which does not exist", slot);
			return -1;
		}
		map_index = a->used_maps[slot];
	}
	const struct map *map = &in->module->maps[map_index];
	if (map->type != BPF_MAP_TYPE_PROG_ARRAY) {
		diag_insn(in->module, in->prog, i, "tail call through map %s, which is not a prog array", map->name);
		return -1;
	}
	if ((uint64_t)map->max_entries * 2 * SLOT_SIZE > INT32_MAX) {
		diag_insn(in->module, in->prog, i, "prog array %s is too large (%u entries)", map->name,
			  map->max_entries);
		return -1;
	}
	char *storage = sym_map_storage(in->obj_name, map);
	if (poke >= 0)
		emit_direct(x, storage, map->max_entries, a->pokes[poke].key);
	else
		emit_static(x, storage, map->max_entries);
	free(storage);
	return 0;
}
