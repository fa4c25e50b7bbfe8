/* SPDX-License-Identifier: MIT */
/*
 * sim_int.h - internals shared by the files of the platform model. Not for host programs.
 */
#ifndef SIOV_SIM_SIM_INT_H_
#define SIOV_SIM_SIM_INT_H_

#include <stdbool.h>
#include <stdint.h>
#include <ucontext.h>

#include "sim.h"
#include "siov/siov_rand.h"
#include "tlp.h"

#define SIM_RESET_CYCLES 16
#define SIM_MAX_DWS 32 /* payload DW lanes per beat, for a 1024-bit stream */

/* A TLP waiting to cross the link towards the device. */
struct sim_pkt {
	struct sim_pkt *next;
	uint64_t ready;   /* earliest cycle it may start */
	uint64_t seq;     /* enqueue order */
	bool is_cpl;
	unsigned int tag; /* completions: the request's tag (completions of one tag stay in order) */
	struct tlp t;
};

/* A device memory read waiting for the memory latency. */
struct sim_read {
	struct sim_read *next;
	uint64_t due;
	struct tlp req; /* header and prefix only */
};

/* An outstanding request of the root complex (host CPU side). */
struct sim_rc_req {
	bool active;
	bool done;
	uint64_t deadline;
	uint32_t req_hdr[4]; /* the request, for the checker */
	struct tlp cpl;
};

/* Checker state for one outstanding device read. */
struct chk_read {
	bool active;
	uint64_t addr;           /* first byte */
	unsigned int remaining;  /* bytes still to come */
};

struct sim {
	unsigned int data_w, dws;
	uint64_t cycle;
	uint64_t seed;
	struct siov_rand rng;
	bool verbose;
	struct sim_timing timing;
	uint64_t cpl_timeout;
	uint64_t max_cycles;

	/* reset */
	uint64_t rst_until;

	/* host program */
	const struct sim_app *app;
	int argc;
	char **argv;
	int exit_code;
	bool host_done;
	ucontext_t sim_ctx, host_ctx;
	void *stack;
	size_t stack_size;
	bool (*wait_fn)(void *arg);
	void *wait_arg;
	uint64_t wait_until;

	/* device -> host link: beat assembly and bandwidth */
	bool tx_ready_q;       /* tx_ready presented in the current cycle */
	bool tx_in_tlp;
	struct tlp tx_cur;
	unsigned int tx_beats;
	bool tx_bad_framing;
	int64_t tx_backlog;

	/* host -> device link */
	struct sim_pkt *hostq, **hostq_tail; /* requests from the CPU, in order */
	unsigned int hostq_len;
	struct sim_pkt *cplq;                /* completions for device reads */
	uint64_t pkt_seq;
	struct sim_pkt *rx_cur;              /* TLP being presented */
	unsigned int rx_beat;
	bool rx_valid_q;                     /* rx_valid presented in the current cycle */
	int64_t rx_backlog;

	/* root complex */
	struct sim_rc_req rc_req[256];
	unsigned int rc_next_tag;
	struct sim_read *reads, **reads_tail;
	unsigned int drop_cpls;

	/* interrupts and faults */
	struct sim_irq *irqs;
	unsigned int irq_head, irq_tail, irq_cap;
	struct sim_fault *faults;
	unsigned int fault_head, fault_tail, fault_cap;

	/* protocol checker */
	uint32_t cfg_shadow[1024];     /* last value read or written, per DW */
	uint32_t cfg_reset[1024];      /* value read before any write since reset */
	bool cfg_known[1024], cfg_reset_known[1024], cfg_written[1024];
	int cfgrd_dw[256];             /* config reads in flight, by root-complex tag */
	bool busdev_captured;          /* the function has seen a CfgWr0 (PCIe 2.2.6.2) */
	struct chk_read chk_reads[1024];
	unsigned int chk_count[CHK_NUM_RULES];
	bool chk_expected[CHK_NUM_RULES];
	unsigned int chk_unexpected;

	/* capture */
	bool capturing;
	struct sim_tlp_rec *cap;
	unsigned int cap_count;

	/* fault injection */
	enum sim_mutation mutation;

	struct sim_stats stats;
	int64_t rd_outstanding;      /* device read bytes requested, completions not yet sent */
};

extern struct sim *sim_g;

/* host.c */
void host_start(struct sim *s);
void host_resume_if_ready(struct sim *s);
void host_wait_cond(bool (*fn)(void *), void *arg);

/* link.c */
void link_tx_beat(struct sim *s, bool sop, bool eop, const uint32_t *hdr, bool prfx_vld,
		  uint32_t prfx, const uint32_t *data, uint32_t strb);
bool link_tx_ready_next(struct sim *s);
void link_rx_accepted(struct sim *s);
void link_rx_present(struct sim *s, bool *valid, bool *sop, bool *eop, uint32_t *hdr,
		     bool *prfx_vld, uint32_t *prfx, uint32_t *data, uint32_t *strb);
void link_enqueue_host(struct sim *s, const struct tlp *t);
void link_enqueue_cpl(struct sim *s, const struct tlp *t, unsigned int tag);
void link_reset(struct sim *s);

/* rc.c */
void rc_device_tlp(struct sim *s, struct tlp *t);
void rc_tick(struct sim *s);
void rc_reset(struct sim *s);

/* mem.c */
void mem_init(struct sim *s);
/* Translate a device access; returns 0 and the CPU pointer, or a sim_fault_reason. */
int mem_translate(bool has_pasid, uint32_t pasid, uint64_t addr, unsigned int len, bool write,
		  uint8_t **cpu);
void mem_record_fault(struct sim *s, bool has_pasid, uint32_t pasid, uint64_t addr, bool write,
		      int reason);

/* checker.c */
void chk_host_tlp(struct sim *s, const struct tlp *t);   /* host -> device */
void chk_device_tlp(struct sim *s, const struct tlp *t); /* device -> host */
void chk_violation(struct sim *s, enum chk_rule r, const struct tlp *t, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void chk_reset(struct sim *s, bool fundamental);
/* Configuration state as the checker tracks it from the traffic. */
struct chk_cfg {
	bool bme, pasid_en, pasid_exec_en, pasid_priv_en, ext_tag, tag10;
	unsigned int mps, mrrs, pasid_width;
};
void chk_cfg_state(struct sim *s, struct chk_cfg *c);

uint64_t sim_rand_below(uint64_t n);

#endif /* SIOV_SIM_SIM_INT_H_ */
