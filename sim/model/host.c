// SPDX-License-Identifier: MIT
/*
 * host.c - the host program's coroutine.
 *
 * The host program runs on its own stack (ucontext). It runs only while the simulator is inside
 * siov_sim_tick(), i.e. while simulated time stands still, and gives control back whenever it
 * has to wait for the device: host_wait_cond() records what it waits for and switches to the
 * simulator, which checks the condition on every clock and switches back when it holds. One
 * thread, no races, identical runs for identical seeds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "sim_int.h"

static void host_entry(void)
{
	struct sim *s = sim_g;

	s->exit_code = s->app->main(s->argc, s->argv);
	fflush(stdout);
	s->host_done = true;
	s->wait_fn = NULL;
	swapcontext(&s->host_ctx, &s->sim_ctx);
	abort(); /* never resumed */
}

void host_start(struct sim *s)
{
	s->stack_size = 16u << 20;
	s->stack = mmap(NULL, s->stack_size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (s->stack == MAP_FAILED)
		abort();
	getcontext(&s->host_ctx);
	s->host_ctx.uc_stack.ss_sp = s->stack;
	s->host_ctx.uc_stack.ss_size = s->stack_size;
	s->host_ctx.uc_link = NULL;
	makecontext(&s->host_ctx, host_entry, 0);
	/* The program starts once the device is out of reset. */
	s->wait_until = SIM_RESET_CYCLES + 1;
	s->wait_fn = NULL;
}

static bool host_ready(struct sim *s)
{
	if (s->host_done)
		return false;
	if (s->cycle < s->wait_until)
		return false;
	return !s->wait_fn || s->wait_fn(s->wait_arg);
}

void host_resume_if_ready(struct sim *s)
{
	if (!host_ready(s))
		return;
	s->wait_fn = NULL;
	swapcontext(&s->sim_ctx, &s->host_ctx);
}

void host_wait_cond(bool (*fn)(void *), void *arg)
{
	struct sim *s = sim_g;

	s->wait_fn = fn;
	s->wait_arg = arg;
	s->wait_until = 0;
	swapcontext(&s->host_ctx, &s->sim_ctx);
}

void sim_wait(uint64_t cycles)
{
	struct sim *s = sim_g;

	s->wait_fn = NULL;
	s->wait_until = s->cycle + (cycles ? cycles : 1);
	swapcontext(&s->host_ctx, &s->sim_ctx);
}

static bool reset_done(void *arg)
{
	(void)arg;
	return sim_g->cycle >= sim_g->rst_until;
}

void sim_fundamental_reset(void)
{
	struct sim *s = sim_g;

	s->rst_until = s->cycle + SIM_RESET_CYCLES;
	link_reset(s);
	rc_reset(s);
	chk_reset(s, true);
	host_wait_cond(reset_done, NULL);
}
