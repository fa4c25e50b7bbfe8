// SPDX-License-Identifier: MIT
/*
 * siov_test.c - the harness behind siov_test.h: runs one test and reports it.
 *
 * In the simulator, every test is a host program of the simulator binary (+app=<test>); the
 * build gives each test's test_main and configuration unique names and lists them in a
 * generated registry that calls siov_test_run(). The result line is
 *   PASS <test> seed=<n> cycles=<n>      or      FAIL <test> seed=<n> ... (rerun: ...)
 * Cycles are simulated device clock cycles: identical for the same test and seed.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "siov_test.h"
#include "siov/siov_rand.h"

/* Simulator hooks (weak: absent in a board build). */
extern uint64_t sim_seed(void) __attribute__((weak));
extern uint64_t sim_now(void) __attribute__((weak));
extern unsigned int sim_checker_violations(void) __attribute__((weak));

static const char *cur_name;
static struct siov_dev *cur_dev;
static uint64_t cur_seed;
static struct siov_rand rng;
static jmp_buf fail_jmp;

bool siov_test_in_sim(void)
{
	return sim_seed != NULL;
}

struct siov_dev *siov_test_dev(void)
{
	return cur_dev;
}

uint64_t siov_test_seed(void)
{
	return cur_seed;
}

uint64_t siov_test_rand(void)
{
	return siov_rand_next(&rng);
}

uint64_t siov_test_rand_range(uint64_t lo, uint64_t hi)
{
	return lo + siov_test_rand() % (hi - lo + 1);
}

void siov_test_fill_random(void *buf, size_t len)
{
	uint8_t *p = buf;

	for (size_t i = 0; i < len; i += 8) {
		uint64_t r = siov_test_rand();

		memcpy(p + i, &r, len - i < 8 ? len - i : 8);
	}
}

size_t siov_test_first_diff(const void *a, const void *b, size_t len)
{
	const uint8_t *x = a, *y = b;

	for (size_t i = 0; i < len; i++)
		if (x[i] != y[i])
			return i;
	return (size_t)-1;
}

void siov_test_log(const char *fmt, ...)
{
	va_list ap;

	if (sim_now)
		printf("[%10llu] ", (unsigned long long)sim_now());
	printf("%s: ", cur_name ? cur_name : "test");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static void rerun_hint(void)
{
	if (siov_test_in_sim())
		printf("rerun: make run TEST=%s SEED=%llu\n", cur_name,
		       (unsigned long long)cur_seed);
	else
		printf("rerun: build/bin/siov-tests --device <dev> --seed %llu %s\n",
		       (unsigned long long)cur_seed, cur_name);
}

void siov_test_fail(const char *file, int line, const char *what, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* msg starts with the space the CHECK macros put in front of the format. */
	siov_test_log("CHECK failed at %s:%d: %s%s%s", file, line, what, msg[1] ? ":" : "",
		      msg[1] ? msg : "");
	longjmp(fail_jmp, 1);
}

static void lib_log(enum siov_log_level level, const char *msg, void *arg)
{
	(void)arg;
	if (level <= SIOV_LOG_INFO)
		siov_test_log("libsiov: %s", msg);
}

int siov_test_run(const char *name, bool (*fn)(void), const struct siov_test_config *cfg,
		  const char *device, uint64_t seed)
{
	static const struct siov_test_config none;
	volatile bool ok = false;
	int ret;

	cur_name = name;
	cur_seed = seed;
	/* A stream of its own, distinct from the platform model's for the same seed. */
	siov_rand_seed(&rng, seed ^ 0x5eed5eed5eed5eedull);
	if (!cfg)
		cfg = &none;
	siov_set_log(lib_log, NULL);
	printf("TEST %s seed=%llu%s%s\n", name, (unsigned long long)seed,
	       cfg->summary ? ": " : "", cfg->summary ? cfg->summary : "");
	if (cfg->sim_only && !siov_test_in_sim()) {
		printf("SKIP %s (needs the simulator)\n", name);
		return 0;
	}
	if (!cfg->no_open) {
		ret = siov_open(device, cfg->open_flags, &cur_dev);
		if (ret) {
			siov_test_log("cannot open %s: %s", device, strerror(-ret));
			printf("FAIL %s seed=%llu\n", name, (unsigned long long)seed);
			rerun_hint();
			return 1;
		}
	}
	if (!setjmp(fail_jmp))
		ok = fn();
	else
		ok = false;
	if (cur_dev)
		siov_close(cur_dev);
	cur_dev = NULL;
	if (sim_checker_violations && sim_checker_violations()) {
		siov_test_log("protocol checker: %u violation(s)", sim_checker_violations());
		ok = false;
	}
	if (ok) {
		printf("PASS %s seed=%llu", name, (unsigned long long)seed);
		if (sim_now)
			printf(" cycles=%llu", (unsigned long long)sim_now());
		putchar('\n');
		return 0;
	}
	printf("FAIL %s seed=%llu", name, (unsigned long long)seed);
	if (sim_now)
		printf(" cycles=%llu", (unsigned long long)sim_now());
	putchar('\n');
	rerun_hint();
	return 1;
}
