/* SPDX-License-Identifier: MIT */
/*
 * sim.h - the platform model: everything around the simulated device that stands for the host.
 *
 * One model per simulation process. The SystemVerilog testbench calls siov_sim_tick() once per
 * clock (sim_dpi.c); the model moves TLPs across a link of configurable bandwidth, answers the
 * device's memory requests from host memory through a PASID-granular IOMMU, catches interrupts,
 * checks every TLP against the PCIe rules it knows, and runs the host program (a test, the demo,
 * siovctl) on a coroutine that only runs while simulated time stands still. Host calls below
 * that wait for the device (an MMIO read, sim_wait) switch back to the simulator until what they
 * wait for has happened, so host code written against a blocking API runs unchanged.
 *
 * Functions marked (host) may only be called from the host program.
 */
#ifndef SIOV_SIM_SIM_H_
#define SIOV_SIM_SIM_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tlp.h"

#define SIM_NO_PASID 0xffffffffu

/* Where the device sits: bus 1, device 0, function 0. The root complex is 00:00.0. */
#define SIM_DEV_BDF 0x0100u
#define SIM_RC_ID   0x0000u

/* Host programs (tests, the demo, siovctl), provided by sim/apps.c. */
struct sim_app {
	const char *name;
	int (*main)(int argc, char **argv); /* argv[0] is the name; returns the exit status */
};
const struct sim_app *sim_find_app(const char *name);
void sim_list_apps(void); /* "test <name>" / "app <name>" lines on stdout */

/* Link and memory timing (cycles of the device clock). */
struct sim_timing {
	unsigned int tx_bytes_per_cycle; /* device -> host link bandwidth */
	unsigned int rx_bytes_per_cycle; /* host -> device link bandwidth */
	unsigned int framing_bytes;      /* per-TLP link overhead besides prefix/header/payload */
	unsigned int mem_latency;        /* request arrival at the root complex -> first completion */
	unsigned int rcb;                /* root complex Read Completion Boundary: 64 or 128 */
	bool reorder;                    /* reorder completions of different requests (seeded) */
	bool split;                      /* split completions at RCB boundaries (seeded) */
};

/* ---- run control ---------------------------------------------------------------------- */
uint64_t sim_now(void);                 /* cycles since the start of the simulation */
uint64_t sim_seed(void);                /* the run's seed (+seed=) */
uint64_t sim_rand(void);                /* the model's seeded random stream */
void sim_wait(uint64_t cycles);         /* (host) let the device run for some cycles */
void sim_fundamental_reset(void);       /* (host) PERST#: fundamental reset of the device */
void sim_get_timing(struct sim_timing *t);
void sim_set_timing(const struct sim_timing *t);
/* (host) Cycles a host request may wait for its completion before it is given up. */
void sim_set_completion_timeout(uint64_t cycles);

/* ---- configuration and memory requests from the host CPU (host) --------------------------- */
/* Returns 0, or -EIO for an unsuccessful completion (UR/CA: *val = 0xffffffff) or -ETIMEDOUT. */
int sim_cfg_read(unsigned int off, uint32_t *val);
int sim_cfg_write(unsigned int off, uint32_t val, unsigned int be);
/* MMIO: len 1..64 bytes, not crossing a 64-byte boundary. Reads wait for the completion. */
int sim_mmio_read(uint64_t addr, void *buf, unsigned int len);
int sim_mmio_write(uint64_t addr, const void *buf, unsigned int len);
/* Deferrable Memory Write of 64 bytes (ENQCMD): *status gets the completion status. */
int sim_dmwr(uint64_t addr, const void *buf, unsigned int *status);
/* Send a raw TLP from the root complex (tests of malformed or unsupported requests). If the TLP
 * is non-posted, wait for its completion and copy it to *cpl (when cpl is not NULL). */
int sim_raw_request(const struct tlp *t, struct tlp *cpl);

/* ---- host memory and the IOMMU ------------------------------------------------------------ */
#define SIM_PROT_READ  1u
#define SIM_PROT_WRITE 2u
uint64_t sim_mem_alloc(uint64_t size, uint64_t align); /* host-physical address, zeroed */
void *sim_mem_ptr(uint64_t pa);                        /* the CPU's view of host memory */
int sim_as_create(void);                               /* new I/O address space, id >= 1 */
int sim_as_map(int as, uint64_t iova, uint64_t pa, uint64_t size, unsigned int prot);
int sim_as_unmap(int as, uint64_t iova, uint64_t size);
/* Attach an address space to a PASID, or to requests without PASID (SIM_NO_PASID). */
int sim_as_attach(int as, uint32_t pasid);
int sim_as_detach(uint32_t pasid);

enum sim_fault_reason {
	SIM_FAULT_NO_AS = 1,   /* the request's PASID (or RID) has no address space attached */
	SIM_FAULT_UNMAPPED,    /* the address is not mapped in that address space */
	SIM_FAULT_PERM,        /* mapped, but not for this access */
};
struct sim_fault {
	uint64_t cycle;
	bool has_pasid;
	uint32_t pasid;
	uint64_t addr;
	bool write;
	enum sim_fault_reason reason;
};
/* Take the oldest recorded DMA fault; returns 1 if there was one. */
int sim_fault_pop(struct sim_fault *f);
unsigned int sim_fault_count(void);

/* ---- interrupts ----------------------------------------------------------------------------- */
struct sim_irq {
	uint64_t cycle;
	uint64_t addr;
	uint32_t data;
};
/* Take the oldest interrupt message caught (MWr to 0xFEExxxxx without PASID prefix). */
int sim_irq_pop(struct sim_irq *irq);
/* (host) Wait up to timeout cycles for an interrupt; returns 1 and takes it, or 0. */
int sim_irq_wait(uint64_t timeout, struct sim_irq *irq);

/* ---- protocol checker ------------------------------------------------------------------------ */
enum chk_rule {
	CHK_FRAMING = 1,     /* sop/eop/strb/payload length disagree with the header */
	CHK_FMT_TYPE,        /* a TLP an endpoint may not send */
	CHK_MPS,             /* payload above Max_Payload_Size */
	CHK_MRRS,            /* read request above Max_Read_Request_Size */
	CHK_4K,              /* request crosses a 4 KiB boundary */
	CHK_BE,              /* byte-enable rules */
	CHK_ADDR_FMT,        /* 4-DW header for an address below 4 GiB */
	CHK_TAG,             /* tag outside the enabled range, or already outstanding */
	CHK_CPL_MATCH,       /* completion that matches no outstanding request, or wrong fields */
	CHK_PREFIX_KIND,     /* PASID prefix on something other than a memory request */
	CHK_PREFIX_ENC,      /* bad prefix encoding (type, reserved bits, PMR/ER not enabled) */
	CHK_PASID_DISABLED,  /* PASID prefix while PASID Enable is 0 */
	CHK_BME,             /* memory request while Bus Master Enable is 0 */
	CHK_REQ_ID,          /* requester / completer ID is not the function's */
	CHK_NUM_RULES
};
const char *chk_rule_name(enum chk_rule r);
unsigned int sim_checker_violations(void);          /* not counting expected ones */
unsigned int sim_checker_count(enum chk_rule r);   /* all violations of one rule */
/* Declare that violations of rule r are the point of the test: they do not fail it. */
void sim_checker_expect(enum chk_rule r);

/* ---- fault injection (tests of the checker and of error handling) ------------------------- */
enum sim_mutation {
	SIM_MUT_NONE,
	SIM_MUT_CROSS_4K,       /* next device MWr: move it so that it crosses a 4 KiB boundary */
	SIM_MUT_DUP_TAG,        /* next device MRd: reuse the tag of an outstanding read */
	SIM_MUT_BAD_BE,         /* next device multi-DW MWr: Last BE = 0 */
	SIM_MUT_PREFIX_ON_CPL,  /* next device completion: add a PASID prefix */
	SIM_MUT_PREFIX_RSVD,    /* next prefixed device TLP: set a reserved prefix bit */
	SIM_MUT_ADD_PASID,      /* next device MWr: add a PASID prefix (PASID 1) */
	SIM_MUT_OVER_MPS,       /* next device MWr: grow the payload past MPS */
};
void sim_inject_mutation(enum sim_mutation m);
/* Present a TLP to the host side as if the device had sent it. */
void sim_inject_device_tlp(const struct tlp *t);
/* The root complex silently drops the next n read completions it would send. */
void sim_drop_completions(unsigned int n);

/* ---- capture of what the device sends ---------------------------------------------------- */
struct sim_tlp_rec {
	uint64_t cycle;      /* when its last beat left the device */
	bool has_prefix;
	uint32_t prefix;
	uint32_t hdr[4];
	unsigned int ndata;  /* payload DWs */
	uint32_t data0;      /* first payload DW */
};
/* Start recording every TLP the device sends (clears earlier records); at most 65536 kept. */
void sim_capture_start(void);
void sim_capture_stop(void);
unsigned int sim_capture_count(void);
const struct sim_tlp_rec *sim_capture_get(unsigned int i);
/* Decode a record into a struct tlp (header, prefix, first payload DW) for the tlp_* helpers. */
void sim_capture_tlp(const struct sim_tlp_rec *r, struct tlp *t);

/* ---- statistics ---------------------------------------------------------------------------- */
struct sim_stats {
	uint64_t tx_tlps, tx_bytes, tx_payload; /* device -> host */
	uint64_t rx_tlps, rx_bytes, rx_payload; /* host -> device */
	uint64_t dev_reads, dev_writes, irqs;
	/* Cycles in which the link could take a device beat and the device offered none; in which
	 * the device refused a host->device beat; in which no host->device beat was offered. */
	uint64_t tx_starved, rx_stalled, rx_idle;
	/* Sum over cycles of the bytes the device had asked for and not yet received (divide by
	 * the cycles for the mean read bytes outstanding). */
	uint64_t rd_outstanding_sum;
};
void sim_get_stats(struct sim_stats *s);

/* ---- logging -------------------------------------------------------------------------------- */
/* printf to stdout with the cycle count in front; sim_verbose() enables TLP traces (+tlptrace). */
void sim_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
bool sim_verbose(void);

#endif /* SIOV_SIM_SIM_H_ */
