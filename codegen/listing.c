/* listing.c - the -S listing through LLVM MC's C disassembler API (see listing.h).
 *
 *   prog__entry:                         ; section "xdp", tail-call entry at +0x14
 *   ; 0: r0 = 0x1                        <- the BPF instruction (LLVM's BPF disassembler)
 *   ; prog.bpf.c:12                      <- when the source line changes
 *       0000:  b8 01 00 00 00          mov eax, 0x1
 *       0005:  e8 00 00 00 00          call 0x0  ; -> bpfaot_helper_ktime_get_ns-4
 */
#include "listing.h"

#include "diag.h"
#include "util.h"

#include <dlfcn.h>
#include <llvm-c/Disassembler.h>
#include <llvm-c/Target.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

struct disasm {
	LLVMDisasmContextRef ctx;
	char target[32]; /* the last branch target's name, see branch_target_name() */
};

/* LLVM's shared library is loaded when the first disassembler is made, not at start-up:
 * relocating and initialising it costs more than compiling a small object, and only
 * listings need it. BPFAOT_LLVM_LIB is its path, from llvm-config (meson.build). */
static struct {
	LLVMDisasmContextRef (*create_cpu)(const char *triple, const char *cpu, void *info,
					   int tag_type, LLVMOpInfoCallback get_op_info,
					   LLVMSymbolLookupCallback symbol_lookup);
	int (*set_options)(LLVMDisasmContextRef ctx, uint64_t options);
	size_t (*instruction)(LLVMDisasmContextRef ctx, uint8_t *bytes, uint64_t size, uint64_t pc,
			      char *out, size_t out_size);
	void (*dispose)(LLVMDisasmContextRef ctx);
} llvm;

/* A function of the library, or NULL (dlsym returns it as an object pointer). */
static void *llvm_function(void *lib, const char *name, bool *missing)
{
	void *f = dlsym(lib, name);
	*missing |= !f;
	return f;
}

static void llvm_call(void *lib, const char *name, bool *missing)
{
	void (*init)(void);
	void *f = llvm_function(lib, name, missing);
	memcpy(&init, &f, sizeof(init));
	if (init)
		init();
}

/* What LLVMInitializeAllTargetInfos/TargetMCs/Disassemblers do, through dlsym. */
static bool llvm_init_targets(void *lib)
{
	bool missing = false;
#define LLVM_TARGET(name) \
	llvm_call(lib, "LLVMInitialize" #name "TargetInfo", &missing); \
	llvm_call(lib, "LLVMInitialize" #name "TargetMC", &missing);
#include "llvm/Config/Targets.def"
#undef LLVM_TARGET
#define LLVM_DISASSEMBLER(name) llvm_call(lib, "LLVMInitialize" #name "Disassembler", &missing);
#include "llvm/Config/Disassemblers.def"
#undef LLVM_DISASSEMBLER
	return !missing;
}

static bool load_llvm(void)
{
	static int loaded; /* 1 loaded, -1 failed */
	if (loaded)
		return loaded > 0;
	loaded = -1;
	void *lib = dlopen(BPFAOT_LLVM_LIB, RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		diag_file(BPFAOT_LLVM_LIB, "cannot load LLVM for the listing: %s", dlerror());
		return false;
	}
	bool missing = false;
	void *f[4] = {llvm_function(lib, "LLVMCreateDisasmCPU", &missing),
		      llvm_function(lib, "LLVMSetDisasmOptions", &missing),
		      llvm_function(lib, "LLVMDisasmInstruction", &missing),
		      llvm_function(lib, "LLVMDisasmDispose", &missing)};
	memcpy(&llvm.create_cpu, &f[0], sizeof(f[0]));
	memcpy(&llvm.set_options, &f[1], sizeof(f[1]));
	memcpy(&llvm.instruction, &f[2], sizeof(f[2]));
	memcpy(&llvm.dispose, &f[3], sizeof(f[3]));
	if (missing || !llvm_init_targets(lib)) {
		diag_file(BPFAOT_LLVM_LIB, "a function of LLVM's C disassembler API is missing");
		return false;
	}
	loaded = 1;
	return true;
}

/* Branch and call targets print as the offset they reach ("jae 0x5f") instead of the
 * raw displacement; LLVM asks for a symbol name for each one. */
static const char *branch_target_name(void *info, uint64_t value, uint64_t *type, uint64_t pc,
				      const char **name)
{
	struct disasm *d = info;
	(void)pc;
	*name = NULL;
	if (*type != LLVMDisassembler_ReferenceType_In_Branch) {
		*type = LLVMDisassembler_ReferenceType_InOut_None;
		return NULL;
	}
	*type = LLVMDisassembler_ReferenceType_InOut_None;
	snprintf(d->target, sizeof(d->target), "0x%" PRIx64, value);
	return d->target;
}

struct disasm *disasm_new(const char *triple, const char *cpu)
{
	if (!load_llvm())
		return NULL;
	struct disasm *d = xcalloc(1, sizeof(*d));
	LLVMDisasmContextRef ctx = llvm.create_cpu(triple, cpu ? cpu : "", d, 0, NULL, branch_target_name);
	if (!ctx) {
		free(d);
		return NULL;
	}
	/* Intel syntax on x86 (the variant is ignored elsewhere), hex immediates. */
	llvm.set_options(ctx, LLVMDisassembler_Option_PrintImmHex | LLVMDisassembler_Option_AsmPrinterVariant);
	d->ctx = ctx;
	return d;
}

static size_t disasm_raw(struct disasm *d, const uint8_t *bytes, size_t n, uint64_t pc, char *buf, size_t size)
{
	buf[0] = 0;
	size_t len = llvm.instruction(d->ctx, (uint8_t *)bytes, n, pc, buf, size);
	/* LLVM starts with a tab and separates mnemonic and operands with one. */
	char *s = buf;
	while (*s == '\t' || *s == ' ')
		s++;
	memmove(buf, s, strlen(s) + 1);
	for (char *p = buf; *p; p++)
		if (*p == '\t')
			*p = ' ';
	return len;
}

size_t disasm_one(struct disasm *d, const uint8_t *bytes, size_t n, uint64_t pc, char *buf, size_t size)
{
	size_t len = disasm_raw(d, bytes, n, pc, buf, size);
	/* LLVM decodes a lock prefix as an instruction of its own: join it to the next. */
	if (len && len < n && !strcmp(buf, "lock")) {
		size_t used = strlen(buf);
		buf[used++] = ' ';
		size_t more = disasm_raw(d, bytes + len, n - len, pc + len, buf + used, size - used);
		if (!more)
			buf[used - 1] = 0;
		len += more;
	}
	return len;
}

void disasm_free(struct disasm *d)
{
	if (!d)
		return;
	llvm.dispose(d->ctx);
	free(d);
}

/* ---- the BPF side ---- */

static void print_bpf_insn(FILE *out, struct disasm *bpf, const struct module *m, const struct prog *p,
			   uint32_t i)
{
	const struct bpf_insn *insn = &p->insns[i];
	char text[256];
	size_t n = insn_is_ld_imm64(insn) && i + 1 < p->n_insns ? 16 : 8;
	if (insn->code == (BPF_JMP | BPF_TAIL_CALL)) {
		snprintf(text, sizeof(text), "tail_call imm=0x%x", (uint32_t)insn->imm);
	} else if (!bpf || !disasm_one(bpf, (const uint8_t *)insn, n, (uint64_t)i * 8, text, sizeof(text))) {
		snprintf(text, sizeof(text), "(opcode 0x%02x dst r%u src r%u off %d imm %d)", insn->code,
			 insn->dst_reg, insn->src_reg, insn->off, insn->imm);
	}
	fprintf(out, "; %u: %s", i, text);
	if (insn_is_ld_imm64(insn) && insn->src_reg != 0 && insn->imm >= 0 && (uint32_t)insn->imm < m->n_maps) {
		fprintf(out, "  ; map %s", m->maps[insn->imm].name);
		if (insn->src_reg == BPF_PSEUDO_MAP_VALUE && i + 1 < p->n_insns)
			fprintf(out, " value+%u", (uint32_t)insn[1].imm);
	}
	fputc('\n', out);
}

/* The relocation whose field starts inside [from, to), if any. */
static const struct code_reloc *reloc_in(const struct prog_code *code, uint32_t from, uint32_t to)
{
	for (size_t r = 0; r < code->n_relocs; r++)
		if (code->relocs[r].offset >= from && code->relocs[r].offset < to)
			return &code->relocs[r];
	return NULL;
}

/* Native instructions in [from, to) of one program's code. */
static int print_native(FILE *out, struct disasm *nat, const struct prog_code *code, uint32_t from, uint32_t to)
{
	uint32_t at = from;
	while (at < to) {
		if (at == code->tail_entry && at != 0)
			fprintf(out, "  .Ltail_entry:\n");
		char text[256];
		size_t len = disasm_one(nat, code->bytes + at, to - at, at, text, sizeof(text));
		if (!len) {
			snprintf(text, sizeof(text), "(bad)");
			len = 1;
		}
		char hex[64] = "";
		for (size_t k = 0; k < len && k < 12; k++)
			snprintf(hex + 3 * k, sizeof(hex) - 3 * k, "%02x ", code->bytes[at + k]);
		fprintf(out, "    %04x:  %-30s %s", at, hex, text);
		const struct code_reloc *r = reloc_in(code, at, at + (uint32_t)len);
		if (r)
			fprintf(out, "  ; -> %s%+lld", r->symbol, (long long)r->addend);
		fputc('\n', out);
		at += (uint32_t)len;
	}
	return 0;
}

static uint32_t next_listed(const struct prog *p, uint32_t i)
{
	return i + (insn_is_ld_imm64(&p->insns[i]) && i + 1 < p->n_insns ? 2 : 1);
}

static void print_prog(FILE *out, const struct objwriter_input *in, uint32_t pi, struct disasm *nat,
		       struct disasm *bpf)
{
	const struct module *m = in->module;
	const struct prog *p = &m->progs[pi];
	const struct prog_code *code = &in->code[pi];
	fprintf(out, "%s__%s:  ; section %s, %zu bytes, tail-call entry at +0x%x\n", in->obj_name, p->name,
		p->section ? p->section : "?", code->size, code->tail_entry);
	const char *last_file = NULL;
	uint32_t last_line = 0;
	uint32_t f = 0;
	for (uint32_t i = 0; i < p->n_insns; i = next_listed(p, i)) {
		while (f < p->n_subprogs && p->subprogs[f].start == i) {
			if (f > 0)
				fprintf(out, "; subprogram %s\n", p->subprogs[f].name);
			f++;
		}
		struct insn_origin o = insn_origin_at(m, p, i);
		if (o.file && o.line && (o.line != last_line || o.file != last_file)) {
			fprintf(out, "; %s:%u\n", o.file, o.line);
			last_file = o.file;
			last_line = o.line;
		}
		print_bpf_insn(out, bpf, m, p, i);
		uint32_t next = next_listed(p, i);
		uint32_t to = next < p->n_insns ? code->insn_offset[next] : (uint32_t)code->size;
		print_native(out, nat, code, code->insn_offset[i], to);
	}
	fputc('\n', out);
}

int listing_write(FILE *out, const struct objwriter_input *in)
{
	if (!load_llvm())
		return -1;
	struct disasm *nat = disasm_new(in->target->llvm_triple, in->target->llvm_cpu);
	if (!nat) {
		diag_file(in->module->path, "LLVM has no disassembler for %s", in->target->llvm_triple);
		return -1;
	}
	struct disasm *bpf = disasm_new("bpfel", "v4");
	const char *base = strrchr(in->module->path, '/');
	fprintf(out, "; bpfaot listing of %s for %s\n\n", base ? base + 1 : in->module->path, in->target->name);
	for (uint32_t p = 0; p < in->module->n_progs; p++)
		print_prog(out, in, p, nat, bpf);
	disasm_free(bpf);
	disasm_free(nat);
	return 0;
}
