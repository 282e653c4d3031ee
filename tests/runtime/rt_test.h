/* rt_test.h - a small harness for the runtime's tests: checks that report and count. */
#ifndef RT_TEST_H
#define RT_TEST_H

#include "bpfaot.h"

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_failures __attribute__((unused));

#define CHECK(cond)                                                                        \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,   \
				#cond);                                                    \
			test_failures++;                                                   \
		}                                                                          \
	} while (0)

/* Integers compared as long long, both printed on failure. */
#define CHECK_EQ(actual, expected)                                                         \
	do {                                                                               \
		long long a_ = (long long)(actual), e_ = (long long)(expected);            \
		if (a_ != e_) {                                                            \
			fprintf(stderr, "%s:%d: %s is %lld, expected %s = %lld\n", __FILE__, \
				__LINE__, #actual, a_, #expected, e_);                     \
			test_failures++;                                                   \
		}                                                                          \
	} while (0)

#define RUN(test)                                                                          \
	do {                                                                               \
		int before_ = test_failures;                                               \
		test();                                                                    \
		printf("%s %s\n", test_failures == before_ ? "ok  " : "FAIL", #test);     \
	} while (0)

#define TEST_EXIT() (test_failures ? 1 : 0)

/* A map as the compiler emits it: owner unset, storage where the size is static. */
#define MAP_INIT(type_, key_, value_, max_, storage_)                                      \
	{                                                                                  \
		.type = (type_), .key_size = (key_), .value_size = (value_),               \
		.max_entries = (max_), .owner_prog_type = BPFAOT_OWNER_UNSET,              \
		.owner_attach_type = BPFAOT_OWNER_UNSET, .name = #type_, .storage = (storage_) \
	}

/* Helpers are called with five registers; these spell the common shapes. */
#define H2(fn, a, b) fn((uint64_t)(uintptr_t)(a), (uint64_t)(uintptr_t)(b), 0, 0, 0)
#define H3(fn, a, b, c) \
	fn((uint64_t)(uintptr_t)(a), (uint64_t)(uintptr_t)(b), (uint64_t)(uintptr_t)(c), 0, 0)
#define H4(fn, a, b, c, d)                                                                 \
	fn((uint64_t)(uintptr_t)(a), (uint64_t)(uintptr_t)(b), (uint64_t)(uintptr_t)(c),   \
	   (uint64_t)(d), 0)

#endif
