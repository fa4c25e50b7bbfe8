// SPDX-License-Identifier: MIT
/*
 * apps.c - the host programs the simulator can run: every test of the registry, the demo and
 * siovctl. A test runs through the harness on the "sim" device with the run's seed.
 */
#include <stdio.h>
#include <string.h>

#include "siov_test_registry.h"
#include "sim.h"

int siov_demo_main(int argc, char **argv);
int siov_bench_main(int argc, char **argv);
int siovctl_main(int argc, char **argv);

static int run_test(int argc, char **argv)
{
	const struct siov_test_entry *t = siov_test_find(argv[0]);

	(void)argc;
	return siov_test_run(t->name, t->fn, t->cfg, "sim", sim_seed());
}

static const struct sim_app programs[] = {
	{"demo", siov_demo_main},
	{"bench", siov_bench_main},
	{"siovctl", siovctl_main},
};

const struct sim_app *sim_find_app(const char *name)
{
	static struct sim_app test_app;
	const struct siov_test_entry *t;

	for (size_t i = 0; i < sizeof(programs) / sizeof(programs[0]); i++)
		if (!strcmp(programs[i].name, name))
			return &programs[i];
	t = siov_test_find(name);
	if (!t)
		return NULL;
	test_app.name = t->name;
	test_app.main = run_test;
	return &test_app;
}

void sim_list_apps(void)
{
	for (size_t i = 0; i < sizeof(programs) / sizeof(programs[0]); i++)
		printf("app %s\n", programs[i].name);
	for (unsigned int i = 0; i < siov_num_tests; i++)
		printf("test %s\n", siov_tests[i].name);
}
