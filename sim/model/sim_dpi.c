// SPDX-License-Identifier: MIT
/*
 * sim_dpi.c - the DPI-C boundary of the platform model, run control, seed and logging.
 *
 * siov_sim_create() is called once from the testbench's initial block, siov_sim_tick() on every
 * rising clock edge, siov_sim_final() from its final block (OpenTitan DPI pattern: an opaque
 * context handed to SV as a chandle). The host program is chosen with +app=<name> (+test= is an
 * alias); arguments after `--` on the command line are passed to it; +seed=<n> seeds the model.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim_int.h"

/* svdpi.h types, without depending on the simulator's header in C. */
typedef uint32_t svBitVecVal;
typedef uint8_t svBit;

struct sim *sim_g;

static int exit_status;

static void exit_with_status(void)
{
	fflush(NULL);
	_exit(exit_status);
}

uint64_t sim_rand(void)
{
	return siov_rand_next(&sim_g->rng);
}

uint64_t sim_rand_below(uint64_t n)
{
	return n ? sim_rand() % n : 0;
}

uint64_t sim_now(void)
{
	return sim_g->cycle;
}

uint64_t sim_seed(void)
{
	return sim_g->seed;
}

bool sim_verbose(void)
{
	return sim_g->verbose;
}

void sim_log(const char *fmt, ...)
{
	va_list ap;

	printf("[%10llu] ", (unsigned long long)sim_g->cycle);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void sim_get_timing(struct sim_timing *t)
{
	*t = sim_g->timing;
}

void sim_set_timing(const struct sim_timing *t)
{
	sim_g->timing = *t;
	if (sim_g->timing.tx_bytes_per_cycle == 0)
		sim_g->timing.tx_bytes_per_cycle = 1;
	if (sim_g->timing.rx_bytes_per_cycle == 0)
		sim_g->timing.rx_bytes_per_cycle = 1;
	if (sim_g->timing.rcb != 128)
		sim_g->timing.rcb = 64;
}

void sim_set_completion_timeout(uint64_t cycles)
{
	sim_g->cpl_timeout = cycles;
}

void sim_get_stats(struct sim_stats *st)
{
	*st = sim_g->stats;
}

/* Command line: plusargs are read here too (the C side needs them before SV could pass them),
 * the host program's arguments are what follows `--`. */
static char **read_cmdline(int *argc)
{
	static char buf[65536];
	FILE *f = fopen("/proc/self/cmdline", "rb");
	size_t n = 0;
	char **argv;
	int count = 0;

	if (f) {
		n = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	for (size_t i = 0; i < n; i += strlen(buf + i) + 1)
		count++;
	argv = calloc((size_t)count + 1, sizeof(*argv));
	if (!argv)
		abort();
	count = 0;
	for (size_t i = 0; i < n; i += strlen(buf + i) + 1)
		argv[count++] = buf + i;
	*argc = count;
	return argv;
}

static const char *plusarg(int argc, char **argv, const char *name)
{
	size_t len = strlen(name);

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (argv[i][0] == '+' && !strncmp(argv[i] + 1, name, len) && argv[i][1 + len] == '=')
			return argv[i] + 2 + len;
	}
	return NULL;
}

static bool has_plusarg(int argc, char **argv, const char *name)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (argv[i][0] == '+' && !strcmp(argv[i] + 1, name))
			return true;
	}
	return false;
}

void *siov_sim_create(int data_width)
{
	struct sim *s = calloc(1, sizeof(*s));
	int argc, hargc = 0;
	char **argv = read_cmdline(&argc), **hargv;
	const char *name, *seed, *v;

	if (!s)
		abort();
	sim_g = s;
	setvbuf(stdout, NULL, _IOLBF, 0);
	atexit(exit_with_status);
	s->data_w = (unsigned int)data_width;
	s->dws = s->data_w / 32;
	if (s->dws > SIM_MAX_DWS) {
		fprintf(stderr, "sim: data width %d not supported\n", data_width);
		exit_status = 2;
		exit(2);
	}

	seed = plusarg(argc, argv, "seed");
	s->seed = seed ? strtoull(seed, NULL, 0) : 1;
	siov_rand_seed(&s->rng, s->seed);
	s->verbose = has_plusarg(argc, argv, "tlptrace");
	s->timing.tx_bytes_per_cycle = 64;
	s->timing.rx_bytes_per_cycle = 64;
	s->timing.framing_bytes = 8;
	s->timing.mem_latency = 500;
	s->timing.rcb = 64;
	s->timing.reorder = true;
	s->timing.split = true;
	s->cpl_timeout = 200000;
	v = plusarg(argc, argv, "max_cycles");
	s->max_cycles = v ? strtoull(v, NULL, 0) : 200000000ull;
	s->rst_until = SIM_RESET_CYCLES;

	mem_init(s);
	link_reset(s);
	rc_reset(s);
	chk_reset(s, true);

	if (has_plusarg(argc, argv, "list")) {
		sim_list_apps();
		exit_status = 0;
		exit(0);
	}
	name = plusarg(argc, argv, "app");
	if (!name)
		name = plusarg(argc, argv, "test");
	s->app = name ? sim_find_app(name) : NULL;
	if (!s->app) {
		fprintf(stderr, "sim: %s; choose one with +app=<name>:\n",
			name ? "no such program" : "no program given");
		sim_list_apps();
		exit_status = 2;
		exit(2);
	}

	/* Host program arguments: its name, then everything after `--`. */
	hargv = calloc((size_t)argc + 2, sizeof(*hargv));
	if (!hargv)
		abort();
	hargv[hargc++] = (char *)s->app->name;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (int j = i + 1; j < argc; j++)
				hargv[hargc++] = argv[j];
			break;
		}
	}
	s->argc = hargc;
	s->argv = hargv;
	host_start(s);
	return s;
}

int siov_sim_tick(void *h, svBit tx_valid, svBit tx_sop, svBit tx_eop, const svBitVecVal *tx_hdr,
		  svBit tx_prfx_vld, const svBitVecVal *tx_prfx, const svBitVecVal *tx_data,
		  const svBitVecVal *tx_strb, svBit rx_ready, svBit *rst_n, svBit *tx_ready,
		  svBit *rx_valid, svBit *rx_sop, svBit *rx_eop, svBitVecVal *rx_hdr,
		  svBit *rx_prfx_vld, svBitVecVal *rx_prfx, svBitVecVal *rx_data,
		  svBitVecVal *rx_strb)
{
	struct sim *s = h;
	bool in_reset = s->cycle < s->rst_until;
	bool v, sop, eop, pv;
	uint32_t hdr[4], data[SIM_MAX_DWS], strb, prfx;

	/* What happened in the cycle that ends at this edge. */
	if (!in_reset) {
		if (tx_valid && s->tx_ready_q) {
			/* hdr arrives LSW first: word 3 holds DW0. */
			uint32_t h4[4] = {tx_hdr[3], tx_hdr[2], tx_hdr[1], tx_hdr[0]};

			link_tx_beat(s, tx_sop, tx_eop, h4, tx_prfx_vld, tx_prfx[0], tx_data,
				     tx_strb[0]);
		}
		if (s->rx_valid_q && rx_ready)
			link_rx_accepted(s);
		s->stats.tx_starved += s->tx_ready_q && !tx_valid;
		s->stats.rx_stalled += s->rx_valid_q && !rx_ready;
		s->stats.rx_idle += !s->rx_valid_q;
		s->stats.rd_outstanding_sum += (uint64_t)s->rd_outstanding;
	}

	s->cycle++;
	if (!in_reset) {
		rc_tick(s);
		host_resume_if_ready(s);
	}

	/* What the device sees in the next cycle. */
	in_reset = s->cycle < s->rst_until;
	*rst_n = !in_reset;
	s->tx_ready_q = !in_reset && link_tx_ready_next(s);
	*tx_ready = s->tx_ready_q;
	if (in_reset) {
		v = sop = eop = pv = false;
		memset(hdr, 0, sizeof(hdr));
		memset(data, 0, sizeof(data));
		strb = prfx = 0;
	} else {
		link_rx_present(s, &v, &sop, &eop, hdr, &pv, &prfx, data, &strb);
	}
	s->rx_valid_q = v;
	*rx_valid = v;
	*rx_sop = sop;
	*rx_eop = eop;
	rx_hdr[0] = hdr[3];
	rx_hdr[1] = hdr[2];
	rx_hdr[2] = hdr[1];
	rx_hdr[3] = hdr[0];
	*rx_prfx_vld = pv;
	rx_prfx[0] = prfx;
	memcpy(rx_data, data, s->dws * sizeof(uint32_t));
	rx_strb[0] = strb;

	if (!s->host_done && s->cycle >= s->max_cycles) {
		sim_log("sim: giving up after %llu cycles (+max_cycles)",
			(unsigned long long)s->max_cycles);
		s->exit_code = 3;
		s->host_done = true;
	}
	if (s->host_done) {
		/* The host program's output is complete: keep the simulator's own "$finish" banner
		 * out of it (siovctl dump-config output must be exactly the dump). */
		int null = open("/dev/null", O_WRONLY);

		fflush(stdout);
		if (null >= 0) {
			dup2(null, STDOUT_FILENO);
			close(null);
		}
	}
	return s->host_done;
}

void siov_sim_final(void *h)
{
	struct sim *s = h;

	if (!s)
		return;
	exit_status = s->exit_code;
	if (s->chk_unexpected && exit_status == 0)
		exit_status = 1;
}
