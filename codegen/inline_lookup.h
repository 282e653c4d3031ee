/* inline_lookup.h - which bpf_map_lookup_elem calls a backend may inline.
 *
 * Both backends inline lookups in array and per-CPU array maps whose map is static (the
 * analysis proves which map r1 holds, prog_analysis.call_map) and whose shape is one the
 * runtime accepts; each backend then decides what its instruction set can encode. One
 * function, so that the two targets and the runtime agree on when the helper is needed. */
#ifndef BPFAOT_INLINE_LOOKUP_H
#define BPFAOT_INLINE_LOOKUP_H

#include "target.h"

#include <stdint.h>

/* The array or per-CPU array map (BPF_MAP_TYPE_ARRAY, global data included, or
 * BPF_MAP_TYPE_PERCPU_ARRAY) that r1 holds on every path at helper call `insn`, with the
 * runtime's element size round_up(value_size, 8) (at most INT32_MAX) in *elem_size; NULL
 * when the lookup must go through bpfaot_helper_map_lookup_elem. The conditions are the
 * runtime's array_check() (key_size 4, value_size and max_entries non-zero), so that the
 * inlined code and the helper can never disagree. */
const struct map *inline_lookup_array(const struct codegen_input *in, uint32_t insn,
				      uint32_t *elem_size);

#endif
