/* SPDX-License-Identifier: MIT */
/*
 * siov_test.h - test harness for siovdm host tests (OpenTitan OTTF style).
 *
 * A test is one C file that defines `bool test_main(void)` and, optionally, its configuration
 * with SIOV_TEST_CONFIG(...). The harness opens the device (the simulator's, or a board's with
 * --device), seeds the random stream, runs test_main, and reports PASS or FAIL with the seed and
 * the command that reruns it. CHECK macros stop the test at the first failure.
 *
 *   #include "siov_test.h"
 *   SIOV_TEST_CONFIG(.summary = "MSE gates MMIO");
 *   bool test_main(void)
 *   {
 *       uint32_t v;
 *       CHECK_OK(siov_mmio_read32(siov_test_dev(), 0, 0, &v));
 *       CHECK_EQ(v, 0x10000, "version");
 *       return true;
 *   }
 */
#ifndef SIOV_TESTS_SIOV_TEST_H_
#define SIOV_TESTS_SIOV_TEST_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "siov/siov.h"

struct siov_test_config {
	const char *summary;      /* one line: the behaviour the test proves */
	unsigned int open_flags;  /* siov_open flags (SIOV_OPEN_RAW: no firmware set-up) */
	bool no_open;             /* the test opens devices itself */
	bool sim_only;            /* needs the simulator's platform model (skipped on a board) */
};

/* Define the test's configuration (optional). */
#define SIOV_TEST_CONFIG(...) \
	const struct siov_test_config siov_test_config = {__VA_ARGS__}

/* The device the harness opened for this test. */
struct siov_dev *siov_test_dev(void);
/* The test's seed and its random stream (xoshiro256**; same stream for the same seed). */
uint64_t siov_test_seed(void);
uint64_t siov_test_rand(void);
uint64_t siov_test_rand_range(uint64_t lo, uint64_t hi); /* inclusive */
void siov_test_fill_random(void *buf, size_t len);
/* True when running inside the simulator. */
bool siov_test_in_sim(void);

/* Logging: lines go to stdout with the test name in front. */
void siov_test_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define LOG_INFO(...) siov_test_log(__VA_ARGS__)

/* Failure: print what failed (and optional printf-style context), then stop the test. */
void siov_test_fail(const char *file, int line, const char *what, const char *fmt, ...)
	__attribute__((format(printf, 4, 5), noreturn));

/* The optional message is a string literal format: " " in front keeps it non-empty. */
#define SIOV_TEST_FAIL_(what, ...) siov_test_fail(__FILE__, __LINE__, what, " " __VA_ARGS__)

/* CHECK(cond, [fmt, args...]) */
#define CHECK(cond_, ...)                                    \
	do {                                                 \
		if (!(cond_))                                \
			SIOV_TEST_FAIL_(#cond_, __VA_ARGS__); \
	} while (false)

/* CHECK_EQ(a, b, [fmt, args...]): integers, printed in decimal and hex on failure. */
#define CHECK_EQ(a_, b_, ...)                                                              \
	do {                                                                               \
		unsigned long long va_ = (unsigned long long)(a_);                         \
		unsigned long long vb_ = (unsigned long long)(b_);                         \
		if (va_ != vb_) {                                                          \
			siov_test_log("  %s = %llu (0x%llx), %s = %llu (0x%llx)", #a_, va_, \
				      va_, #b_, vb_, vb_);                                  \
			SIOV_TEST_FAIL_(#a_ " == " #b_, __VA_ARGS__);                      \
		}                                                                          \
	} while (false)

/* CHECK_OK(expr, ...): expr returns 0 or a negative errno. */
#define CHECK_OK(expr_, ...)                                                        \
	do {                                                                        \
		long r_ = (long)(expr_);                                            \
		if (r_ != 0) {                                                      \
			siov_test_log("  %s returned %ld (%s)", #expr_, r_,         \
				      r_ < 0 ? strerror((int)-r_) : "not 0");        \
			SIOV_TEST_FAIL_(#expr_ " == 0", __VA_ARGS__);               \
		}                                                                   \
	} while (false)

/* CHECK_ARRAYS_EQ(a, b, len, ...): byte arrays; the first difference is printed. */
#define CHECK_ARRAYS_EQ(a_, b_, len_, ...)                                                \
	do {                                                                              \
		size_t at_ = siov_test_first_diff((a_), (b_), (len_));                    \
		if (at_ != (size_t)-1) {                                                  \
			siov_test_log("  first difference at byte %zu of %zu: 0x%02x != 0x%02x", \
				      at_, (size_t)(len_), ((const uint8_t *)(a_))[at_],   \
				      ((const uint8_t *)(b_))[at_]);                       \
			SIOV_TEST_FAIL_(#a_ " == " #b_, __VA_ARGS__);                     \
		}                                                                         \
	} while (false)

size_t siov_test_first_diff(const void *a, const void *b, size_t len);

/* The test body. */
bool test_main(void);

#endif /* SIOV_TESTS_SIOV_TEST_H_ */
