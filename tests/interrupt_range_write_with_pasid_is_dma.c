// SPDX-License-Identifier: MIT
/*
 * A write to 0xFEExxxxx is an interrupt message only without a PASID prefix: with a PASID prefix
 * it is ordinary DMA in that PASID's address space. The self-test channel writes to IOVA
 * 0xFEE00000 of a PASID address space: the bytes land in the buffer mapped there and no interrupt
 * is caught; the channel's own MSI-X message (no prefix) is caught as an interrupt.
 */
#include "diag.h"
#include "siov_test.h"
#include "sim.h"

SIOV_TEST_CONFIG(.summary = "0xFEExxxxx with PASID prefix is DMA, without it an interrupt",
		 .sim_only = true);

#define PASID 0x77u

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_dma_buf src = {0};
	struct diag_req r = {0};
	struct sim_irq irq;
	uint64_t pa;
	uint8_t *mem;
	uint32_t err;
	int as;

	CHECK_OK(diag_setup(d, PASID, &as));
	CHECK_OK(siov_dma_alloc(d, as, 4096, &src));
	/* Map a page at IOVA 0xFEE00000 in the PASID's address space. */
	pa = sim_mem_alloc(4096, 4096);
	CHECK(pa != 0);
	CHECK_OK(sim_as_map(as, 0xfee00000ull, pa, 4096, SIM_PROT_READ | SIM_PROT_WRITE));
	mem = sim_mem_ptr(pa);
	siov_test_fill_random(src.cpu, 4096);
	CHECK_OK(siov_irq_enable(d, 1));
	while (sim_irq_pop(&irq))
		;

	r.src = src.iova;
	r.dst = 0xfee00000ull;
	r.len = 256;
	r.pasid_en = true;
	r.pasid = PASID;
	r.irq = true;
	CHECK_OK(diag_run(d, &r, &err));
	CHECK_EQ(err, 0);
	CHECK_ARRAYS_EQ(mem, src.cpu, 256, "prefixed writes to 0xFEE00000 are DMA");
	CHECK_EQ(siov_irq_count(d, 0), 1, "exactly one interrupt: the channel's MSI-X message");
	CHECK(!sim_irq_pop(&irq), "the DMA writes were not taken for interrupts");
	return true;
}
