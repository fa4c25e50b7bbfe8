// SPDX-License-Identifier: MIT
/*
 * The completion record is written only after all of the operation's data writes, and the
 * completion interrupt only after the record. Twenty-four descriptors of different operations
 * (memory move, fill, dualcast, copy with CRC, DIF insert) run at once on the engines so that
 * their TLPs interleave on the link; every TLP the device sends is captured, and for every
 * descriptor the position of its completion-record write must follow the last write into its
 * destinations, and each interrupt message must follow a record of a descriptor that asked for
 * one. Posted writes are not reordered by PCIe, so send order is visibility order.
 */
#include "adi_util.h"
#include "sim.h"
#include "siov_test.h"
#include "tlp.h"

SIOV_TEST_CONFIG(.summary = "completion record after the data, interrupt after the record");

#define N     24u
#define SLOT  (64u * 1024)

bool test_main(void)
{
	struct siov_dev *d = siov_test_dev();
	struct siov_adi_config cfg = {0};
	struct siov_dma_buf src = {0}, dst = {0}, crs = {0};
	struct adi_ctx c;
	struct dsa_hw_desc desc[N];
	uint64_t lo[N][2], hi[N][2];
	unsigned int last_data[N] = {0}, cr_at[N], data_tlps[N] = {0}, rci_seen = 0, irqs = 0;
	int as;

	CHECK_OK(adi_env_init(d, 1, NULL));
	CHECK_OK(adi_as_new(d, 0x71, 0, &as));
	CHECK_OK(siov_dma_alloc(d, as, SLOT, &src));
	CHECK_OK(siov_dma_alloc(d, as, 2 * N * SLOT, &dst));
	CHECK_OK(siov_dma_alloc(d, as, 32 * N, &crs));
	siov_test_fill_random(src.cpu, SLOT);
	cfg.mode = SIOV_ADI_PORTAL;
	cfg.desc_pasid = cfg.data_pasid = 0x71;
	cfg.int_pasid = SIOV_NO_PASID;
	cfg.queue_size = 32;
	CHECK_OK(adi_ctx_up(d, 9, &cfg, as, &c));

	for (unsigned int k = 0; k < N; k++) {
		uint32_t len = (uint32_t)siov_test_rand_range(1, SLOT - 8192) & ~511u;
		uint64_t t = dst.iova + 2ull * k * SLOT + siov_test_rand_range(0, 63);
		uint64_t cr = crs.iova + 32ull * k;
		struct siov_dif dif = {0};

		len = len ? len : 512;
		lo[k][1] = hi[k][1] = 0;
		switch (k % 5) {
		case 0:
			siov_desc_memmove(&desc[k], src.iova, t, len, cr, 0);
			break;
		case 1:
			siov_desc_fill(&desc[k], t, len, 0x1122334455667788ull, cr, 0);
			break;
		case 2:
			siov_desc_dualcast(&desc[k], src.iova, t, t + SLOT, len, cr, 0);
			lo[k][1] = t + SLOT;
			hi[k][1] = t + SLOT + len;
			break;
		case 3:
			siov_desc_copy_crc(&desc[k], src.iova, t, len, 0, cr, 0);
			break;
		default:
			dif.flags = 0; /* 512-byte blocks */
			siov_desc_dif(&desc[k], DSA_OPCODE_DIF_INS, src.iova, t, len, &dif, cr, 0);
			len += len / 512 * 8;
			break;
		}
		lo[k][0] = t;
		hi[k][0] = t + len;
		if (k % 3 == 0)
			siov_desc_set_int(&desc[k], c.ims);
	}
	sim_capture_start();
	for (unsigned int k = 0; k < N; k++)
		CHECK_OK(adi_submit(&c, &desc[k]));
	for (unsigned int k = 0; k < N; k++)
		CHECK_EQ(adi_cr_wait(d, (struct dsa_completion_record *)crs.cpu + k, 2000000),
			 DSA_COMP_SUCCESS, "descriptor %u completes", k);
	siov_wait(d, 2000);
	sim_capture_stop();

	for (unsigned int k = 0; k < N; k++) {
		CHECK_EQ(((struct dsa_completion_record *)crs.cpu)[k].status, DSA_COMP_SUCCESS,
			 "descriptor %u", k);
		cr_at[k] = ~0u;
	}
	for (unsigned int i = 0; i < sim_capture_count(); i++) {
		struct tlp t;
		uint64_t a;

		sim_capture_tlp(sim_capture_get(i), &t);
		if (tlp_kind(&t) != TLP_K_MWR)
			continue;
		a = tlp_addr(&t);
		if ((a >> 20) == 0xfee) {
			irqs++;
			CHECK(irqs <= rci_seen, "interrupt message %u (TLP %u) follows a record that "
			      "asked for it (%u such records so far)", irqs, i, rci_seen);
			continue;
		}
		for (unsigned int k = 0; k < N; k++) {
			if (a == crs.iova + 32ull * k) {
				CHECK(cr_at[k] == ~0u, "one record for descriptor %u", k);
				cr_at[k] = i;
				if (desc[k].flags & IDXD_OP_FLAG_RCI)
					rci_seen++;
			}
			for (unsigned int j = 0; j < 2; j++) {
				if (a >= lo[k][j] && a < hi[k][j]) {
					CHECK(cr_at[k] == ~0u, "descriptor %u: data write (TLP %u) after "
					      "its completion record (TLP %u)", k, i, cr_at[k]);
					last_data[k] = i;
					data_tlps[k]++;
				}
			}
		}
	}
	for (unsigned int k = 0; k < N; k++) {
		CHECK(cr_at[k] != ~0u, "descriptor %u: record captured", k);
		CHECK(data_tlps[k] > 0 && last_data[k] < cr_at[k], "descriptor %u: %u data TLPs, last "
		      "at %u, record at %u", k, data_tlps[k], last_data[k], cr_at[k]);
	}
	CHECK_EQ(irqs, (N + 2) / 3, "one interrupt per descriptor that asked");
	LOG_INFO("%u TLPs captured; every record after its data, every interrupt after a record",
		 sim_capture_count());
	return true;
}
