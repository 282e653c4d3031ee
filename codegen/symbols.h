/* symbols.h - the names of what an output object defines and references.
 * One place, so that the backends, the object writer and the skeleton agree
 * (the layouts behind the names are in runtime/bpfaot_abi.h). All return malloc'd strings. */
#ifndef BPFAOT_SYMBOLS_H
#define BPFAOT_SYMBOLS_H

#include "module.h"

char *sym_prog(const char *obj, const struct prog *p);        /* OBJ__PROG: the function */
char *sym_map(const char *obj, const struct map *map);        /* OBJ__map__MAP: struct bpfaot_map */
char *sym_map_storage(const char *obj, const struct map *map);/* OBJ__map__MAP__storage */
char *sym_progs(const char *obj);                             /* OBJ__progs: struct bpfaot_prog[] */
char *sym_maps(const char *obj);                              /* OBJ__maps */
char *sym_object(const char *obj);                            /* OBJ__object */
/* The C identifier a map is known by in symbols: ".rodata.str1.1" -> "rodata_str1_1". */
char *map_identifier(const struct map *map);

/* The runtime function implementing helper `id`, or NULL when the runtime has none:
 * such calls go through HELPER_CALL_GENERIC with the id as a sixth argument. */
const char *helper_symbol(int32_t id);
const char *helper_name(int32_t id); /* "map_lookup_elem", or NULL */
#define HELPER_CALL_GENERIC "bpfaot_helper_call"
/* The ELF symbol type (STT_*) of an undefined runtime symbol that code references:
 * STT_TLS for the thread's CPU slot (linkers require TLS relocations to name TLS symbols),
 * else STT_NOTYPE. */
unsigned char runtime_symbol_type(const char *symbol);

#endif
