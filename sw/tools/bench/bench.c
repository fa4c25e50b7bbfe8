// SPDX-License-Identifier: MIT
/*
 * bench.c - `make bench`: data-mover throughput in the deterministic simulator.
 *
 * Every figure is simulated device cycles, never wall time. For each measurement the device is
 * kept saturated (descriptors submitted through dedicated portals as completions free queue
 * room; completion records polled in host memory, which costs no link traffic), and the
 * throughput is taken over the middle of the run (the first and last eighth of the completions
 * are warm-up and drain).
 *
 * The link bound. The link model moves B bytes per cycle per direction, a TLP costing its wire
 * size: framing + PASID prefix + header + payload. Over the measured window the benchmark counts
 * the wire bytes each direction carried (data TLPs, read requests, completions, completion
 * records, descriptor writes: the TLP sizes actually used) and the operation bytes completed;
 * the bound is the throughput at which the busier direction would be exactly full:
 *   bound = B * op_bytes / max(wire_bytes_tx, wire_bytes_rx)
 * and ratio = achieved / bound is that direction's utilisation.
 *
 * PASID Permissions Table (docs/ppt.md): the inter-domain memory move (0x23) takes its source
 * from a second address space (PASID 0x200) and writes the destination slots through a second
 * entry, both selectors cached after the first descriptor; then single-descriptor latencies
 * (queue depth 1) give the cost of a cache miss and of an Update Window, in cycles.
 *
 * Output: a table on stdout, build/bench.csv (op,size_bytes,adis,latency_cycles,
 * bytes_per_cycle,bound_bytes_per_cycle,ratio), then `make bench` plots it with gnuplot.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/idxd.h>
#include <linux/pci_regs.h>

#include "sim.h"
#include "siov/siov.h"
#include "siov/siov_adi.h"
#include "siov/siov_ppt.h"
#include "siov/siov_wq.h"

#define PASID    0x100u
#define ID_PASID 0x200u /* the inter-domain move's source space */
#define MAX_ADIS 4u
#define QDEPTH   32u   /* descriptors outstanding per ADI */
#define NSLOT    64u   /* destination slots per ADI */
#define ID_RUNS  4u    /* section 5: runs of each move, plain vs inter-domain */
#define STALL_CYCLES 1000000u

struct op {
	const char *name;
	unsigned int opcode;
	unsigned int reads_per_byte, writes_per_byte; /* link payload per operation byte */
	unsigned int ok_status;
};

/* The fairness measurement's ADI weights (every ADI is configured with its weight; the other
 * measurements use ADI 0 alone). */
static const unsigned int weight[MAX_ADIS] = {1, 1, 2, 4};

static struct siov_dev *d;
static FILE *csv;
static struct siov_dma_buf src, dst[MAX_ADIS], crs[MAX_ADIS];
static struct siov_wq *wq[MAX_ADIS];
static size_t slot_bytes;
static struct siov_dma_buf id_src;     /* in ID_PASID's space */
static uint16_t sel_src, sel_dst;      /* PPT entries: id_src (read), dst slots (write) */

static int fail(const char *what, int err)
{
	fprintf(stderr, "bench: %s: %s\n", what, strerror(-err));
	return 1;
}

static void build(struct dsa_hw_desc *desc, const struct op *op, uint32_t size, unsigned int adi,
		  unsigned int slot)
{
	uint64_t s = src.iova + (uint64_t)(slot % 4) * slot_bytes;
	uint64_t t = dst[adi].iova + (uint64_t)slot * slot_bytes;
	uint64_t cr = crs[adi].iova + 32ull * slot;

	switch (op->opcode) {
	case DSA_OPCODE_MEMFILL:
		siov_desc_fill(desc, t, size, 0x0123456789abcdefull, cr, 0);
		break;
	case DSA_OPCODE_CRCGEN:
		siov_desc_crcgen(desc, s, size, 0, cr, 0);
		break;
	case DSA_OPCODE_COPY_CRC:
		siov_desc_copy_crc(desc, s, t, size, 0, cr, 0);
		break;
	case DSA_OPCODE_COMPARE:
		/* Two equal sources: every source slot holds the same bytes. */
		siov_desc_compare(desc, s, src.iova + (uint64_t)((slot + 1) % 4) * slot_bytes, size,
				  false, cr, 0);
		break;
	case SIOV_OPCODE_ID_MEMMOVE:
		siov_desc_id_memmove(desc, id_src.iova + (uint64_t)(slot % 4) * slot_bytes, sel_src, t,
				     sel_dst, size, cr, 0);
		break;
	case DSA_OPCODE_MEMMOVE:
	default:
		siov_desc_memmove(desc, s, t, size, cr, 0);
		break;
	}
}

struct result {
	double bpc, bound, ratio;
	double share[MAX_ADIS];
	uint64_t window, ops;
};

/* No completion for STALL_CYCLES (2000 memory round trips): say what the device and the link
 * are doing and give up, rather than poll until the 400-million-cycle limit. */
static int stalled(const struct op *op, uint32_t size, unsigned int nadis, const unsigned int *out,
		   unsigned int done, unsigned int count)
{
	struct sim_stats s0 = {0}, s1 = {0};

	sim_get_stats(&s0);
	siov_wait(d, 1000);
	sim_get_stats(&s1);
	fprintf(stderr, "bench: %s %u: no completion for %u cycles (%u of %u done); link in the "
		"last 1000 cycles: %llu TLPs out, %llu in\n", op->name, size, STALL_CYCLES, done,
		count, (unsigned long long)(s1.tx_tlps - s0.tx_tlps),
		(unsigned long long)(s1.rx_tlps - s0.rx_tlps));
	for (unsigned int a = 0; a < nadis; a++) {
		struct siov_adi_status st = {0};

		siov_adi_status(d, a, &st);
		fprintf(stderr, "  ADI %u: %s, queued %u, in flight %u, error 0x%x, overflow %u; "
			"%u outstanding here\n", a, siov_adi_state_name(st.state),
			st.occupancy, st.inflight, st.err, st.overflow, out[a]);
	}
	return -ETIMEDOUT;
}

/* Run count descriptors of op / size on nadis ADIs, keeping QDEPTH outstanding on each. A slot
 * is reused as soon as its completion record is seen (records are collected in any order). The
 * operation bytes of the window are counted on the link (read or written payload), so that
 * descriptors straddling the window's edges are counted for the part they did inside it. */
static int stream(const struct op *op, uint32_t size, unsigned int nadis, unsigned int count,
		  struct result *res)
{
	struct sim_stats s0 = {0}, s1 = {0};
	struct sim_timing tm;
	unsigned int sub[MAX_ADIS] = {0}, done[MAX_ADIS] = {0}, out[MAX_ADIS] = {0};
	unsigned int total_done = 0, lo = count / 8, hi;
	uint64_t busy[MAX_ADIS] = {0}; /* slot bitmaps */
	uint64_t t0 = 0, t1 = 0, portal0 = 0, portal1 = 0;
	unsigned int at0[MAX_ADIS] = {0}, at1[MAX_ADIS] = {0};
	uint64_t start = siov_now(d), last = start, portal = 0;
	/* BENCH_QD=<n>: descriptors outstanding per ADI (1 measures one descriptor's latency). */
	unsigned int qd = getenv("BENCH_QD") ? (unsigned int)strtoul(getenv("BENCH_QD"), NULL, 0) :
		size >= (256u << 10) ? 8 : QDEPTH;
	int ret;

	/* The window ends while every ADI still has qd descriptors outstanding (steady state). */
	hi = count - (nadis == 1 && count - qd > lo ? qd : count / 8);

	sim_get_timing(&tm);
	for (unsigned int a = 0; a < nadis; a++)
		memset(crs[a].cpu, 0, crs[a].size);
	while (total_done < count) {
		bool progress = false;

		for (unsigned int a = 0; a < nadis; a++) {
			struct dsa_completion_record *cr = crs[a].cpu;

			for (unsigned int sl = 0; sl < NSLOT; sl++) {
				if (!(busy[a] >> sl & 1) || !cr[sl].status)
					continue;
				if ((cr[sl].status & DSA_COMP_STATUS_MASK) != op->ok_status) {
					fprintf(stderr, "bench: %s %u: status 0x%x\n", op->name, size,
						cr[sl].status);
					return -EIO;
				}
				cr[sl].status = 0;
				busy[a] &= ~(1ull << sl);
				out[a]--;
				done[a]++;
				total_done++;
				progress = true;
				if (total_done == lo) {
					t0 = siov_now(d);
					sim_get_stats(&s0);
					portal0 = portal;
					memcpy(at0, done, sizeof(at0));
				}
				if (total_done == hi) {
					t1 = siov_now(d);
					sim_get_stats(&s1);
					portal1 = portal;
					memcpy(at1, done, sizeof(at1));
				}
			}
			while (out[a] < qd && sub[a] < count) {
				struct dsa_hw_desc desc;
				unsigned int sl = (unsigned int)__builtin_ctzll(~busy[a]);

				build(&desc, op, size, a, sl);
				ret = siov_submit_portal(wq[a], &desc);
				if (ret)
					return ret;
				busy[a] |= 1ull << sl;
				sub[a]++;
				out[a]++;
				portal++;
				progress = true;
			}
		}
		if (progress) {
			last = siov_now(d);
		} else {
			siov_wait(d, 16);
			if (siov_now(d) - last > STALL_CYCLES)
				return stalled(op, size, nadis, out, total_done, count);
		}
		if (siov_now(d) - start > 400000000ull)
			return -ETIMEDOUT;
	}
	/* With several ADIs each keeps submitting until the total is reached, so some are still
	 * outstanding: wait for their records (outside the window), or they would land in the next
	 * stream's slots, free them early and overfill the queue. */
	for (unsigned int a = 0; a < nadis; a++) {
		struct dsa_completion_record *cr = crs[a].cpu;
		uint64_t t = siov_now(d);

		while (busy[a]) {
			for (unsigned int sl = 0; sl < NSLOT; sl++) {
				if ((busy[a] >> sl & 1) && cr[sl].status) {
					if ((cr[sl].status & DSA_COMP_STATUS_MASK) != op->ok_status)
						return -EIO;
					cr[sl].status = 0;
					busy[a] &= ~(1ull << sl);
					out[a]--;
				}
			}
			if (!busy[a])
				break;
			siov_wait(d, 16);
			if (siov_now(d) - t > STALL_CYCLES)
				return stalled(op, size, nadis, out, total_done, count);
		}
	}
	/* The bench never has more descriptors outstanding than a queue holds, so a portal write
	 * dropped for a full queue is a device fault, not a measurement. */
	for (unsigned int a = 0; a < nadis; a++) {
		struct siov_adi_status st = {0};

		siov_adi_status(d, a, &st);
		if (st.overflow) {
			fprintf(stderr, "bench: %s %u: ADI %u dropped %u portal descriptors (queue "
				"full), error 0x%x\n", op->name, size, a, st.overflow, st.err);
			return -EOVERFLOW;
		}
	}
	{
		uint64_t cyc = t1 - t0, ops = 0, crs_w = 0;
		uint64_t tx = s1.tx_bytes - s0.tx_bytes, rx = s1.rx_bytes - s0.rx_bytes;
		uint64_t rdp = s1.rx_payload - s0.rx_payload - 64 * (portal1 - portal0);
		uint64_t wrp;
		double bytes;

		for (unsigned int a = 0; a < nadis; a++)
			ops += at1[a] - at0[a];
		crs_w = ops;
		wrp = s1.tx_payload - s0.tx_payload - 32 * crs_w;
		/* Operation bytes: what was read per byte of the operation, else what was written. */
		if (op->reads_per_byte)
			bytes = (double)rdp / op->reads_per_byte;
		else
			bytes = (double)wrp / op->writes_per_byte;
		res->window = cyc;
		res->ops = ops;
		res->bpc = bytes / (double)cyc;
		if ((double)tx / tm.tx_bytes_per_cycle > (double)rx / tm.rx_bytes_per_cycle)
			res->bound = (double)tm.tx_bytes_per_cycle * bytes / (double)tx;
		else
			res->bound = (double)tm.rx_bytes_per_cycle * bytes / (double)rx;
		res->ratio = res->bpc / res->bound;
		for (unsigned int a = 0; a < nadis; a++)
			res->share[a] = ops ? (double)(at1[a] - at0[a]) / (double)ops : 0;
		if (getenv("BENCH_DEBUG"))
			printf("  %.1f cycles per descriptor; window %llu cycles: tx %.3f rx %.3f utilisation, tx tlps %llu rx tlps %llu"
			       " tx_starved %.3f rx_stalled %.3f rx_idle %.3f rd_out %.0f\n",
			       (double)cyc / (double)ops, (unsigned long long)cyc, (double)tx / tm.tx_bytes_per_cycle / cyc,
			       (double)rx / tm.rx_bytes_per_cycle / cyc,
			       (unsigned long long)(s1.tx_tlps - s0.tx_tlps),
			       (unsigned long long)(s1.rx_tlps - s0.rx_tlps),
			       (double)(s1.tx_starved - s0.tx_starved) / cyc,
			       (double)(s1.rx_stalled - s0.rx_stalled) / cyc,
			       (double)(s1.rx_idle - s0.rx_idle) / cyc,
			       (double)(s1.rd_outstanding_sum - s0.rd_outstanding_sum) / cyc);
	}
	return 0;
}

static void set_latency(unsigned int cycles)
{
	struct sim_timing t;

	sim_get_timing(&t);
	t.mem_latency = cycles;
	sim_set_timing(&t);
}

static int setup(void)
{
	unsigned int pcie;
	uint16_t v;
	int as, ret;

	if ((ret = siov_open("sim", 0, &d)))
		return ret;
	if (getenv("BENCH_NOREORDER")) {
		struct sim_timing t;

		sim_get_timing(&t);
		t.reorder = false;
		t.split = !!getenv("BENCH_SPLIT");
		sim_set_timing(&t);
	}
	if ((ret = siov_pasid_enable(d, false, false)) || (ret = siov_set_bus_master(d, true)) ||
	    (ret = siov_device_enable(d)))
		return ret;
	pcie = siov_find_cap(d, PCI_CAP_ID_EXP);
	siov_cfg_read16(d, pcie + PCI_EXP_DEVCTL, &v);
	if (!(v & PCI_EXP_DEVCTL_EXT_TAG))
		return -EIO;
	/* Max Read Request Size 4096, as a driver would set it for a DMA engine (pcie_set_readrq);
	 * BENCH_MRRS=<bytes> overrides. */
	ret = siov_set_max_read_request(d, getenv("BENCH_MRRS") ?
					     (unsigned int)strtoul(getenv("BENCH_MRRS"), NULL, 0) :
					     4096);
	if (ret)
		return ret;
	if ((ret = siov_as_create(d, &as)) || (ret = siov_as_attach(d, as, PASID)))
		return ret;
	slot_bytes = 1u << 20;
	if ((ret = siov_dma_alloc(d, as, 4 * slot_bytes, &src)))
		return ret;
	for (size_t i = 0; i < src.size; i++)
		((uint8_t *)src.cpu)[i] = (uint8_t)((i % slot_bytes) * 131 + 7);
	/* The PPT in the driver's space (no PASID); the inter-domain source in ID_PASID's. */
	{
		int as_tbl, as_id;
		struct siov_ppt_entry pe = {0};

		if ((ret = siov_as_create(d, &as_tbl)) ||
		    (ret = siov_as_attach(d, as_tbl, SIOV_NO_PASID)) ||
		    (ret = siov_ppt_init(d, as_tbl, SIOV_NO_PASID, 64)) ||
		    (ret = siov_as_create(d, &as_id)) || (ret = siov_as_attach(d, as_id, ID_PASID)) ||
		    (ret = siov_dma_alloc(d, as_id, 4 * slot_bytes, &id_src)))
			return ret;
		memcpy(id_src.cpu, src.cpu, src.size);
		pe.valid = pe.read = pe.range_check = true;
		pe.submitter_pasid = PASID;
		pe.access_pasid = ID_PASID;
		pe.base = id_src.iova;
		pe.size = id_src.size;
		if ((ret = siov_ppt_alloc(d, &pe, &sel_src)))
			return ret;
	}
	for (unsigned int a = 0; a < MAX_ADIS; a++) {
		struct siov_adi_config cfg = {0};

		if ((ret = siov_dma_alloc(d, as, NSLOT * slot_bytes, &dst[a])) ||
		    (ret = siov_dma_alloc(d, as, 32 * NSLOT, &crs[a])))
			return ret;
		cfg.mode = SIOV_ADI_PORTAL;
		cfg.desc_pasid = cfg.data_pasid = PASID;
		cfg.int_pasid = SIOV_NO_PASID;
		cfg.queue_base = a * QDEPTH;
		cfg.queue_size = QDEPTH;
		cfg.weight = weight[a];
		if ((ret = siov_adi_configure(d, a, &cfg)) || (ret = siov_adi_enable(d, a)) ||
		    (ret = siov_wq_open(d, a, SIOV_ADI_PORTAL, &wq[a])))
			return ret;
	}
	/* The destination slots of ADI 0 through an entry of the submitter's own space. */
	{
		struct siov_ppt_entry pe = {0};

		/* The submitter owns this space (access PASID = PASID): it may update the window. */
		pe.valid = pe.write = pe.range_check = pe.allow_update = true;
		pe.submitter_pasid = PASID;
		pe.access_pasid = PASID;
		pe.base = dst[0].iova;
		pe.size = dst[0].size;
		if ((ret = siov_ppt_alloc(d, &pe, &sel_dst)))
			return ret;
	}
	return 0;
}

static void row(const char *op, uint32_t size, unsigned int adis, unsigned int lat, double bpc,
		double bound, double ratio)
{
	printf("%-34s %9u %4u %7u %9.2f %9.2f %7.3f\n", op, size, adis, lat, bpc, bound, ratio);
	fprintf(csv, "%s,%u,%u,%u,%.4f,%.4f,%.4f\n", op, size, adis, lat, bpc, bound, ratio);
	fflush(stdout);
}

/* One descriptor alone on ADI 0 (nothing else in flight): cycles from the portal write to the
 * completion record seen in memory (20-cycle polling), or 0 on an error. */
static uint64_t one(const struct dsa_hw_desc *desc)
{
	volatile struct dsa_completion_record *cr = crs[0].cpu;
	uint64_t t0;

	memset((void *)cr, 0, 32);
	t0 = siov_now(d);
	if (siov_submit_portal(wq[0], desc) || siov_cr_wait(d, cr, 1000000) ||
	    (cr->status & DSA_COMP_STATUS_MASK) != DSA_COMP_SUCCESS)
		return 0;
	return siov_now(d) - t0;
}

/* PPT costs: a cache miss (the same 64-byte inter-domain move after ppt_invalidate of its source
 * selector: one entry read, against a hit), and an Update Window on a quiet device; each the mean of 8 runs. */
static int ppt_costs(void)
{
	struct dsa_hw_desc desc;
	uint64_t plain = 0, hit = 0, miss = 0, upd = 0, t;
	const unsigned int n = 8;

	for (unsigned int i = 0; i < n; i++) {
		siov_desc_memmove(&desc, src.iova, dst[0].iova, 64, crs[0].iova, 0);
		plain += (t = one(&desc));
		if (!t)
			return -EIO;
		siov_desc_id_memmove(&desc, id_src.iova, sel_src, dst[0].iova, sel_dst, 64,
				     crs[0].iova, 0);
		if (siov_ppt_invalidate(d, sel_src) || !(t = one(&desc)))
			return -EIO;
		miss += t;
		hit += (t = one(&desc));
		if (!t)
			return -EIO;
		siov_desc_update_window(&desc, sel_dst, dst[0].iova, dst[0].size,
					SIOV_PPT_WIN_WRITE | SIOV_PPT_WIN_CHECK, crs[0].iova, 0);
		upd += (t = one(&desc));
		if (!t)
			return -EIO;
	}
	row("latency_cycles(memmove64)", 64, 1, 500, (double)plain / n, (double)plain / n, 1.0);
	row("latency_cycles(id_memmove64,hit)", 64, 1, 500, (double)hit / n, (double)plain / n,
	    (double)hit / (double)plain);
	row("latency_cycles(id_memmove64,miss)", 64, 1, 500, (double)miss / n, (double)hit / n,
	    (double)miss / (double)hit);
	row("cycles(ppt_miss_cost)", 32, 1, 500, (double)(miss - hit) / n, 0, 0);
	row("latency_cycles(update_window)", 0, 1, 500, (double)upd / n, (double)plain / n,
	    (double)upd / (double)plain);
	return 0;
}


static const struct op ops[] = {
	{"memmove", DSA_OPCODE_MEMMOVE, 1, 1, DSA_COMP_SUCCESS},
	{"fill", DSA_OPCODE_MEMFILL, 0, 1, DSA_COMP_SUCCESS},
	{"crcgen", DSA_OPCODE_CRCGEN, 1, 0, DSA_COMP_SUCCESS},
	{"copy_crc", DSA_OPCODE_COPY_CRC, 1, 1, DSA_COMP_SUCCESS},
	{"compare", DSA_OPCODE_COMPARE, 2, 0, DSA_COMP_SUCCESS},
	{"id_memmove", SIOV_OPCODE_ID_MEMMOVE, 1, 1, DSA_COMP_SUCCESS},
};

static bool wanted(const char *env, uint32_t v)
{
	return !getenv(env) || strtoul(getenv(env), NULL, 0) == v;
}

/* Section 5: the inter-domain move (ops[5]) against the plain one (ops[0]) at one size, in
 * ABBA order (plain, inter-domain, inter-domain, plain, plain, ...) so that a drift in the run's
 * history falls on both alike. in_order: completions in order and unsplit, which takes the
 * root complex model's random stream out of the measurement (the runs agree to 0.02 %;
 * two of each) and leaves only what the PPT costs. Otherwise ID_RUNS of each under the default
 * timing, where a single 4-16 KiB run moves by several per cent with the random
 * completion order. Row: bytes_per_cycle = inter-domain mean, bound = plain mean, ratio = their
 * quotient; a line after it gives the spread of the single runs. */
static int id_vs_plain(uint32_t size, bool in_order)
{
	struct sim_timing t0, t;
	double sum[2] = {0, 0}, lo[2] = {1e9, 1e9}, hi[2] = {0, 0};
	unsigned int n = size >= (64u << 10) ? 96 : size >= (16u << 10) ? 192 : 512;
	unsigned int runs = in_order ? 2 : ID_RUNS; /* of each */
	int ret = 0;

	sim_get_timing(&t0);
	t = t0;
	if (in_order) {
		t.reorder = false;
		t.split = false;
	}
	sim_set_timing(&t);
	for (unsigned int k = 0; !ret && k < 2 * runs; k++) {
		unsigned int which = ((k + 1) >> 1) & 1; /* k = 0 1 2 3 4 ...: 0 1 1 0 0 ... */
		struct result rr;

		ret = stream(&ops[which ? 5 : 0], size, 1, n, &rr);
		if (ret)
			break;
		if (getenv("BENCH_DEBUG"))
			printf("  run %u: %s %.2f bytes/cycle\n", k, which ? "inter-domain" : "plain",
			       rr.bpc);
		sum[which] += rr.bpc;
		lo[which] = rr.bpc < lo[which] ? rr.bpc : lo[which];
		hi[which] = rr.bpc > hi[which] ? rr.bpc : hi[which];
	}
	sim_set_timing(&t0);
	if (ret)
		return ret;
	if (getenv("BENCH_DEBUG")) {
		struct siov_ppt_stats ps = {0};

		siov_ppt_stats(d, &ps);
		printf("  PPT cache: %u hits, %u misses, %u evictions\n", ps.hits, ps.misses,
		       ps.evictions);
	}
	row(in_order ? "id_vs_plain_memmove(in_order)" : "id_vs_plain_memmove(reordered)", size, 1,
	    500, sum[1] / runs, sum[0] / runs, sum[1] / sum[0]);
	printf("  %u runs each: plain %.2f-%.2f, inter-domain %.2f-%.2f bytes/cycle\n", runs,
	       lo[0], hi[0], lo[1], hi[1]);
	return 0;
}

/* Descriptors per size: enough that the measured window is long against the 500-cycle round
 * trip and the device's 24 engines. Moves of 256 KiB and more keep 8 descriptors in flight (8
 * engines with 16 KiB of reads each already cover the round trip). */
static unsigned int count_for(uint32_t size)
{
	return size >= (256u << 10) ? 32 : size >= (16u << 10) ? 96 : 256;
}

int siov_bench_main(int argc, char **argv)
{
	static const unsigned int lats[] = {100, 250, 500, 1000, 1500, 2000};
	unsigned int weight_sum = 0, from = 1;
	const char *csv_path = argc > 1 ? argv[1] : "build/bench.csv";
	const char *only = getenv("BENCH_OP");
	clock_t c0 = clock();
	uint64_t cyc0;
	struct result r;
	int ret;

	csv = fopen(csv_path, "w");
	if (!csv)
		return fail(csv_path, -errno);
	fprintf(csv, "op,size_bytes,adis,latency_cycles,bytes_per_cycle,bound_bytes_per_cycle,ratio\n");
	if ((ret = setup()))
		return fail("set-up", ret);
	cyc0 = siov_now(d);
	printf("%-34s %9s %4s %7s %9s %9s %7s\n", "op", "size", "adis", "latency", "B/cycle",
	       "bound", "ratio");

	/* BENCH_FROM=<n>: start at section n (1-5 below). */
	if (getenv("BENCH_FROM"))
		from = (unsigned int)strtoul(getenv("BENCH_FROM"), NULL, 0);

	/* 1. Every operation, 64 B ... 1 MiB, one ADI, 500-cycle round trip. */
	for (size_t o = 0; from <= 1 && o < sizeof(ops) / sizeof(ops[0]); o++) {
		if (only && strcmp(only, ops[o].name))
			continue;
		for (uint32_t size = 64; size <= (1u << 20); size *= 4) {
			if (!wanted("BENCH_SIZE", size))
				continue;
			ret = stream(&ops[o], size, 1, count_for(size), &r);
			if (ret)
				return fail(ops[o].name, ret);
			row(ops[o].name, size, 1, 500, r.bpc, r.bound, r.ratio);
			if (o == 0 && size == 64) {
				/* Descriptor rate: the same run in descriptors per 1000 cycles; its
				 * bound is the link bound for 64-byte moves. */
				double rate = 1000.0 * (double)r.ops / (double)r.window;

				row("desc_per_1000_cycles(memmove64)", size, 1, 500, rate,
				    1000.0 * r.bound / size, r.ratio);
			}
		}
	}
	if (only) {
		/* BENCH_OP=ppt_costs: only section 5. */
		if (!strcmp(only, "ppt_costs") && (ret = ppt_costs()))
			return fail("ppt costs", ret);
		goto out;
	}

	/* 2. Host memory latency: 64 KiB memmove as the round trip grows. */
	for (size_t i = 0; from <= 2 && i < sizeof(lats) / sizeof(lats[0]); i++) {
		set_latency(lats[i]);
		ret = stream(&ops[0], 64u << 10, 1, 64, &r);
		if (ret)
			return fail("latency sweep", ret);
		row("memmove(latency)", 64u << 10, 1, lats[i], r.bpc, r.bound, r.ratio);
	}
	set_latency(500);

	/* 3. Four ADIs, weights 1:1:2:4, saturating the device with 4 KiB moves: each row is one
	 * ADI; bytes_per_cycle is its throughput, bound its weighted share of the total achieved,
	 * ratio the share achieved over the share its weight asks for. */
	ret = from <= 3 ? stream(&ops[0], 4096, MAX_ADIS, 512, &r) : 0;
	if (ret)
		return fail("fairness", ret);
	if (from <= 3)
		row("memmove(4adis,total)", 4096, MAX_ADIS, 500, r.bpc, r.bound, r.ratio);
	for (unsigned int a = 0; a < MAX_ADIS; a++)
		weight_sum += weight[a];
	for (unsigned int a = 0; from <= 3 && a < MAX_ADIS; a++) {
		char name[40];
		double want = (double)weight[a] / (double)weight_sum;

		snprintf(name, sizeof(name), "share(adi%u,weight%u)", a, weight[a]);
		row(name, 4096, MAX_ADIS, 500, r.bpc * r.share[a], r.bpc * want, r.share[a] / want);
	}

	/* 4. For information, with BENCH_MRRS512=1 (or BENCH_FROM=4): the same 64 KiB move with a
	 * 512-byte Max Read Request Size (the PCIe default), where each read request costs a header
	 * on the transmit side. Opt-in since it seemed to crawl after section 3; the cause was
	 * section 3's leftover descriptors, now waited for in stream() (docs/performance.md). */
	if (from == 4 || getenv("BENCH_MRRS512")) {
		ret = siov_set_max_read_request(d, 512);
		if (!ret)
			ret = stream(&ops[0], 64u << 10, 1, 64, &r);
		if (ret)
			return fail("mrrs 512", ret);
		row("memmove(mrrs512)", 64u << 10, 1, 500, r.bpc, r.bound, r.ratio);
		siov_set_max_read_request(d, 4096);
	}

	/* 5. PPT: the inter-domain move against the plain one (id_vs_plain, above), with
	 * completions in order and then reordered; then the cache-miss cost and the Update Window
	 * latency (rows in cycles, as their op says). */
	for (uint32_t size = 4096; size <= (64u << 10); size *= 4) {
		if (!wanted("BENCH_SIZE", size))
			continue;
		if ((ret = id_vs_plain(size, true)) || (ret = id_vs_plain(size, false)))
			return fail("inter-domain vs plain", ret);
	}
	ret = ppt_costs();
	if (ret)
		return fail("ppt costs", ret);
out:
	printf("simulated cycles: %llu; simulator speed: %.0f cycles per second of wall time\n",
	       (unsigned long long)(siov_now(d) - cyc0),
	       (double)(siov_now(d) - cyc0) / ((double)(clock() - c0) / CLOCKS_PER_SEC + 1e-9));
	fclose(csv);
	siov_close(d);
	return 0;
}
