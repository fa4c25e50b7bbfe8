// SPDX-License-Identifier: MIT
/*
 * board_main.c - siov-tests: run the host tests against a real device (the same C as in the
 * simulator). Tests marked sim_only are reported as skipped.
 *
 *   siov-tests [--device pci:BDF] [--seed N] [--list] [test...]
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "siov_test.h"
#include "siov_test_registry.h"

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"device", required_argument, NULL, 'd'},
		{"seed", required_argument, NULL, 's'},
		{"list", no_argument, NULL, 'l'},
		{NULL, 0, NULL, 0},
	};
	const char *device = getenv("SIOV_DEVICE") ? getenv("SIOV_DEVICE") : "pci";
	uint64_t seed = 1;
	unsigned int passed = 0, failed = 0;
	int c;

	while ((c = getopt_long(argc, argv, "d:s:l", opts, NULL)) != -1) {
		if (c == 'd') {
			device = optarg;
		} else if (c == 's') {
			seed = strtoull(optarg, NULL, 0);
		} else if (c == 'l') {
			for (unsigned int i = 0; i < siov_num_tests; i++)
				printf("%s\n", siov_tests[i].name);
			return 0;
		} else {
			fprintf(stderr, "usage: siov-tests [--device SPEC] [--seed N] [--list] [test...]\n");
			return 2;
		}
	}
	for (unsigned int i = 0; i < siov_num_tests; i++) {
		const struct siov_test_entry *t = &siov_tests[i];
		bool selected = optind == argc;

		for (int a = optind; a < argc; a++)
			if (!strcmp(argv[a], t->name))
				selected = true;
		if (!selected)
			continue;
		if (siov_test_run(t->name, t->fn, t->cfg, device, seed))
			failed++;
		else
			passed++;
	}
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
