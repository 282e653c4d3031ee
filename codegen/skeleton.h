/* skeleton.h - the skeleton header of a compiled object (`bpfaot compile --header`).
 *
 * In the spirit of `bpftool gen skeleton`, for object prefix OBJ the header declares:
 *   - the types the object's maps and global variables use (from BTF, by libbpf's btf_dump);
 *   - struct OBJ__data, OBJ__rodata, OBJ__bss (and .data.X ...): each global-data section
 *     as a typed struct laid out at the BTF/ELF offsets (checked by static asserts);
 *   - struct OBJ { obj; maps.NAME; progs.NAME; data; rodata; bss; } and
 *     OBJ__open() / OBJ__destroy();
 *   - typed map access: OBJ__MAP__lookup/update/delete/next_key; prog arrays:
 *     OBJ__MAP__set(skel, index, skel->progs.NAME) / OBJ__MAP__clear(skel, index);
 *   - OBJ__PROG__run(skel, ctx) with the program's context type.
 * The header compiles with -Wall -Wextra -Werror as C11 and C++17. docs/daemon.md
 * documents it for users.
 */
#ifndef BPFAOT_SKELETON_H
#define BPFAOT_SKELETON_H

#include "module.h"

#include <stdio.h>

/* Write the header for module m whose symbols carry the prefix obj. header_path names the
 * file in the include guard and the banner. Returns 0, or -1 after one diagnostic. */
int skeleton_write(FILE *out, const struct module *m, const char *obj, const char *header_path);

/* Write it to a file. Returns 0, or -1 after one diagnostic. */
int skeleton_write_file(const char *path, const struct module *m, const char *obj);

#endif
