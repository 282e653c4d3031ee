/* elf_file.c - open a BPF ELF object: header, sections, symbols and relocations.
 *
 * libelf walks the structure, but it does not check that section contents lie inside
 * the file; every header field that points into the file is checked here first, against
 * the file size, before libelf or anyone else touches what it points to.
 */
#include "frontend.h"

#include "diag.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EM_BPF
#define EM_BPF 247
#endif

/* Map the whole file (private and writable: libelf may convert in place). Only the
 * pages of the sections that are read get touched; debug info never is. */
static int map_file(struct elf_object *o, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		diag_file(path, "cannot open: %s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		diag_file(path, "not a regular file");
		close(fd);
		return -1;
	}
	size_t size = (size_t)st.st_size;
	void *buf = NULL;
	if (size) {
		buf = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
		if (buf == MAP_FAILED) {
			diag_file(path, "cannot read: %s", strerror(errno));
			close(fd);
			return -1;
		}
	}
	close(fd);
	o->buf = buf;
	o->size = size;
	return 0;
}

static const char *machine_name(unsigned machine)
{
	switch (machine) {
	case EM_386: return "i386";
	case EM_X86_64: return "x86-64";
	case EM_ARM: return "ARM";
	case EM_AARCH64: return "AArch64";
	case EM_RISCV: return "RISC-V";
	case EM_PPC64: return "PowerPC64";
	case EM_S390: return "s390";
	case EM_MIPS: return "MIPS";
	default: return "unknown machine";
	}
}

/* True when [off, off + len) lies inside a file of size bytes. */
static bool in_file(uint64_t off, uint64_t len, size_t size)
{
	return off <= size && len <= size - off;
}

/* The ELF identification and header, before libelf sees the file. */
static int check_header(const struct elf_object *o, Elf64_Ehdr *eh)
{
	const uint8_t *b = o->buf;
	if (o->size < SELFMAG || memcmp(b, ELFMAG, SELFMAG)) {
		diag_file(o->path, "not an ELF file");
		return -1;
	}
	if (o->size < EI_NIDENT) {
		diag_file(o->path, "truncated ELF file: %zu bytes, the ELF identification needs %d",
			  o->size, EI_NIDENT);
		return -1;
	}
	if (b[EI_CLASS] != ELFCLASS64) {
		/* e_machine is at the same offset in both classes. */
		unsigned machine = o->size >= 20 ? (unsigned)(b[18] | b[19] << 8) : 0;
		if (machine != EM_BPF && b[EI_DATA] == ELFDATA2LSB && o->size >= 20)
			diag_file(o->path, "ELF for %s (machine %u), not BPF", machine_name(machine),
				  machine);
		else
			diag_file(o->path, "%s ELF file, BPF objects are ELF64",
				  b[EI_CLASS] == ELFCLASS32 ? "32-bit" : "unknown class of");
		return -1;
	}
	if (b[EI_DATA] != ELFDATA2LSB) {
		diag_file(o->path, "%s ELF file: only little-endian BPF objects are supported",
			  b[EI_DATA] == ELFDATA2MSB ? "big-endian" : "unknown byte order of");
		return -1;
	}
	if (o->size < sizeof(*eh)) {
		diag_file(o->path, "truncated ELF file: %zu bytes, the ELF header needs %zu", o->size,
			  sizeof(*eh));
		return -1;
	}
	memcpy(eh, b, sizeof(*eh));
	if (eh->e_machine != EM_BPF) {
		diag_file(o->path, "ELF for %s (machine %u), not BPF", machine_name(eh->e_machine),
			  eh->e_machine);
		return -1;
	}
	if (eh->e_type != ET_REL) {
		diag_file(o->path, "not a relocatable object (ELF type %u)", eh->e_type);
		return -1;
	}
	return 0;
}

/* Section header table and every section's contents inside the file. */
static int check_sections(const struct elf_object *o, const Elf64_Ehdr *eh)
{
	if (eh->e_shoff == 0) {
		diag_file(o->path, "ELF file has no section headers");
		return -1;
	}
	if (eh->e_shentsize != sizeof(Elf64_Shdr)) {
		diag_file(o->path, "bad ELF section header size %u", eh->e_shentsize);
		return -1;
	}
	if (!in_file(eh->e_shoff, sizeof(Elf64_Shdr), o->size)) {
		diag_file(o->path, "truncated ELF file: section headers at 0x%llx, file size 0x%zx",
			  (unsigned long long)eh->e_shoff, o->size);
		return -1;
	}
	Elf64_Shdr first;
	memcpy(&first, o->buf + eh->e_shoff, sizeof(first));
	uint64_t n = eh->e_shnum ? eh->e_shnum : first.sh_size; /* extended numbering */
	if (n == 0 || n > (o->size - eh->e_shoff) / sizeof(Elf64_Shdr)) {
		diag_file(o->path, "truncated ELF file: %llu section headers at 0x%llx, file size 0x%zx",
			  (unsigned long long)n, (unsigned long long)eh->e_shoff, o->size);
		return -1;
	}
	for (uint64_t i = 0; i < n; i++) {
		Elf64_Shdr sh;
		memcpy(&sh, o->buf + eh->e_shoff + i * sizeof(sh), sizeof(sh));
		if (sh.sh_type != SHT_NOBITS && sh.sh_type != SHT_NULL &&
		    !in_file(sh.sh_offset, sh.sh_size, o->size)) {
			diag_file(o->path,
				  "truncated ELF file: section %llu ends at 0x%llx, file size 0x%zx",
				  (unsigned long long)i,
				  (unsigned long long)sh.sh_offset + (unsigned long long)sh.sh_size,
				  o->size);
			return -1;
		}
	}
	return 0;
}

/* A NUL-terminated string at off in string table section idx, or NULL. */
static const char *string_at(const struct elf_object *o, size_t idx, uint64_t off)
{
	if (idx >= o->n_secs)
		return NULL;
	const struct elf_section *s = &o->secs[idx];
	if (s->type != SHT_STRTAB || !s->data || off >= s->size)
		return NULL;
	const char *p = (const char *)s->data + off;
	if (!memchr(p, '\0', s->size - off))
		return NULL;
	return p;
}

static int map_section_kind(const struct elf_section *s)
{
	const char *n = s->name;
	if (!strcmp(n, ".maps"))
		return ELF_SEC_BTF_MAPS;
	if (!strcmp(n, "maps"))
		return ELF_SEC_LEGACY_MAPS;
	if (s->type == SHT_PROGBITS && (!strcmp(n, ".data") || !strncmp(n, ".data.", 6)))
		return ELF_SEC_DATA;
	if (s->type == SHT_PROGBITS && (!strcmp(n, ".rodata") || !strncmp(n, ".rodata.", 8)))
		return ELF_SEC_RODATA;
	if (s->type == SHT_NOBITS && (!strcmp(n, ".bss") || !strncmp(n, ".bss.", 5)))
		return ELF_SEC_BSS;
	return ELF_SEC_OTHER;
}

static int read_sections(struct elf_object *o)
{
	size_t n, shstrndx;
	if (elf_getshdrnum(o->elf, &n) || elf_getshdrstrndx(o->elf, &shstrndx)) {
		diag_file(o->path, "bad ELF section table: %s", elf_errmsg(-1));
		return -1;
	}
	o->secs = xcalloc(n, sizeof(*o->secs));
	o->n_secs = n;
	for (size_t i = 0; i < n; i++) {
		Elf_Scn *scn = elf_getscn(o->elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh)) {
			diag_file(o->path, "bad ELF section header %zu: %s", i, elf_errmsg(-1));
			return -1;
		}
		struct elf_section *s = &o->secs[i];
		s->type = sh.sh_type;
		s->flags = sh.sh_flags;
		s->offset = sh.sh_offset;
		s->size = sh.sh_size;
		s->entsize = sh.sh_entsize;
		s->link = sh.sh_link;
		s->info = sh.sh_info;
		s->name = NULL;
		/* Checked against the file size in check_sections(). */
		if (sh.sh_type != SHT_NOBITS && sh.sh_type != SHT_NULL && sh.sh_size)
			s->data = o->buf + sh.sh_offset;
	}
	for (size_t i = 0; i < n; i++) {
		GElf_Shdr sh;
		gelf_getshdr(elf_getscn(o->elf, i), &sh);
		const char *name = string_at(o, shstrndx, sh.sh_name);
		if (!name || !elf_name_is_printable(name)) {
			diag_file(o->path, "section %zu has a bad name (offset 0x%x)", i, sh.sh_name);
			return -1;
		}
		o->secs[i].name = name;
		o->secs[i].map_kind = map_section_kind(&o->secs[i]);
	}
	return 0;
}

static int read_symbols(struct elf_object *o)
{
	size_t symtab = 0;
	for (size_t i = 1; i < o->n_secs && !symtab; i++)
		if (o->secs[i].type == SHT_SYMTAB)
			symtab = i;
	if (!symtab) {
		diag_file(o->path, "no symbol table");
		return -1;
	}
	const struct elf_section *s = &o->secs[symtab];
	if (s->entsize != sizeof(Elf64_Sym) || s->size % sizeof(Elf64_Sym)) {
		diag_file(o->path, "bad symbol table entry size %llu or size %llu",
			  (unsigned long long)s->entsize, (unsigned long long)s->size);
		return -1;
	}
	Elf_Data *data = elf_getdata(elf_getscn(o->elf, symtab), NULL);
	size_t n = s->size / sizeof(Elf64_Sym);
	if (n && (!data || data->d_size != s->size)) {
		diag_file(o->path, "cannot read the symbol table: %s", elf_errmsg(-1));
		return -1;
	}
	o->syms = xcalloc(n ? n : 1, sizeof(*o->syms));
	o->n_syms = n;
	for (size_t i = 0; i < n; i++) {
		GElf_Sym sym;
		if (!gelf_getsym(data, (int)i, &sym)) {
			diag_file(o->path, "cannot read symbol %zu: %s", i, elf_errmsg(-1));
			return -1;
		}
		struct elf_symbol *y = &o->syms[i];
		y->value = sym.st_value;
		y->size = sym.st_size;
		y->shndx = sym.st_shndx;
		y->type = GELF_ST_TYPE(sym.st_info);
		y->bind = GELF_ST_BIND(sym.st_info);
		y->name = sym.st_name ? string_at(o, s->link, sym.st_name) : "";
		if (!y->name || !elf_name_is_printable(y->name)) {
			diag_file(o->path, "symbol %zu has a bad name (offset 0x%x)", i, sym.st_name);
			return -1;
		}
		/* A section symbol is named after its section. */
		if (y->type == STT_SECTION && !*y->name && y->shndx < o->n_secs)
			y->name = o->secs[y->shndx].name;
	}
	return 0;
}

static int compare_relocs(const void *a, const void *b)
{
	const struct elf_reloc *x = a, *y = b;
	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Relocations that apply to code and to .maps (the BTF sections' own are not needed). */
static int read_relocations(struct elf_object *o)
{
	for (size_t i = 1; i < o->n_secs; i++) {
		const struct elf_section *rs = &o->secs[i];
		if (rs->type != SHT_REL && rs->type != SHT_RELA)
			continue;
		if (rs->info >= o->n_secs || rs->info == 0)
			continue;
		struct elf_section *target = &o->secs[rs->info];
		if (!elf_section_is_code(target) && target->map_kind != ELF_SEC_BTF_MAPS)
			continue;
		if (rs->type == SHT_RELA) {
			diag_file(o->path, "section %s: RELA relocations are not supported", rs->name);
			return -1;
		}
		if (rs->entsize != sizeof(Elf64_Rel) || rs->size % sizeof(Elf64_Rel)) {
			diag_file(o->path, "section %s: bad relocation entry size", rs->name);
			return -1;
		}
		if (target->relocs) {
			diag_file(o->path, "section %s has two relocation sections", target->name);
			return -1;
		}
		size_t n = rs->size / sizeof(Elf64_Rel);
		Elf_Data *data = elf_getdata(elf_getscn(o->elf, i), NULL);
		if (n && (!data || data->d_size != rs->size)) {
			diag_file(o->path, "cannot read %s: %s", rs->name, elf_errmsg(-1));
			return -1;
		}
		target->relocs = xcalloc(n ? n : 1, sizeof(*target->relocs));
		target->n_relocs = n;
		for (size_t k = 0; k < n; k++) {
			GElf_Rel rel;
			if (!gelf_getrel(data, (int)k, &rel)) {
				diag_file(o->path, "cannot read relocation %zu of %s", k, rs->name);
				return -1;
			}
			struct elf_reloc *r = &target->relocs[k];
			r->offset = rel.r_offset;
			r->sym = (uint32_t)GELF_R_SYM(rel.r_info);
			r->type = (uint32_t)GELF_R_TYPE(rel.r_info);
			/* An instruction, or a pointer in .maps. */
			if (r->offset % 8 || !in_file(r->offset, 8, target->size)) {
				diag_file(o->path, "%s: relocation %zu at offset 0x%llx is out of range",
					  rs->name, k, (unsigned long long)r->offset);
				return -1;
			}
			if (r->sym >= o->n_syms || r->sym == 0) {
				diag_file(o->path, "%s: relocation %zu at offset 0x%llx refers to missing symbol %u",
					  rs->name, k, (unsigned long long)r->offset, r->sym);
				return -1;
			}
		}
		qsort(target->relocs, n, sizeof(*target->relocs), compare_relocs);
		for (size_t k = 1; k < n; k++)
			if (target->relocs[k].offset == target->relocs[k - 1].offset) {
				diag_file(o->path, "%s: two relocations at offset 0x%llx", rs->name,
					  (unsigned long long)target->relocs[k].offset);
				return -1;
			}
	}
	return 0;
}

bool elf_name_is_printable(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return false;
	return true;
}

bool elf_section_is_code(const struct elf_section *s)
{
	return s->type == SHT_PROGBITS && (s->flags & SHF_EXECINSTR);
}

size_t elf_reloc_cursor(const struct elf_object *o, size_t sec, uint64_t offset)
{
	const struct elf_section *s = &o->secs[sec];
	size_t lo = 0, hi = s->n_relocs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->relocs[mid].offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct elf_reloc *elf_reloc_next(const struct elf_object *o, size_t sec, size_t *cursor,
				       uint64_t offset)
{
	const struct elf_section *s = &o->secs[sec];
	while (*cursor < s->n_relocs && s->relocs[*cursor].offset < offset)
		++*cursor;
	return *cursor < s->n_relocs && s->relocs[*cursor].offset == offset ? &s->relocs[*cursor]
									     : NULL;
}

/* The sections whose bytes the frontend reads (debug info is not among them). */
static bool section_is_read(const struct elf_section *s)
{
	return elf_section_is_code(s) || s->map_kind != ELF_SEC_OTHER || s->type == SHT_SYMTAB ||
	       s->type == SHT_STRTAB || s->type == SHT_REL || !strcmp(s->name, ".BTF") ||
	       !strcmp(s->name, ".BTF.ext") || !strcmp(s->name, "license");
}

int elf_open(struct elf_object *o, const char *path)
{
	memset(o, 0, sizeof(*o));
	o->path = path;
	if (map_file(o, path))
		return -1;
	Elf64_Ehdr eh;
	if (check_header(o, &eh) || check_sections(o, &eh))
		return -1;
	if (elf_version(EV_CURRENT) == EV_NONE) {
		diag_file(path, "libelf: %s", elf_errmsg(-1));
		return -1;
	}
	o->elf = elf_memory((char *)o->buf, o->size);
	if (!o->elf || elf_kind(o->elf) != ELF_K_ELF) {
		diag_file(path, "not an ELF file: %s", elf_errmsg(-1));
		return -1;
	}
	if (read_sections(o) || read_symbols(o) || read_relocations(o))
		return -1;
	for (size_t i = 1; i < o->n_secs; i++)
		if ((o->secs[i].flags & SHF_COMPRESSED) && section_is_read(&o->secs[i])) {
			diag_file(path, "section %s is compressed (SHF_COMPRESSED), not supported",
				  o->secs[i].name);
			return -1;
		}
	for (size_t i = 1; i < o->n_secs; i++)
		if (elf_section_is_code(&o->secs[i]) && o->secs[i].size % sizeof(struct bpf_insn)) {
			diag_file(path, "section %s: size %llu is not a multiple of 8 bytes",
				  o->secs[i].name, (unsigned long long)o->secs[i].size);
			return -1;
		}
	return 0;
}

void elf_close(struct elf_object *o)
{
	if (o->elf)
		elf_end(o->elf);
	for (size_t i = 0; i < o->n_secs; i++)
		free(o->secs[i].relocs);
	free(o->secs);
	free(o->syms);
	if (o->buf)
		munmap(o->buf, o->size);
	memset(o, 0, sizeof(*o));
}
