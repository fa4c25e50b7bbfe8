/* SPDX-License-Identifier: MIT */
/*
 * siov.h - libsiov, the host library of the siovdm endpoint.
 *
 * One API over two platform backends, chosen when the device is opened:
 *   "sim"            the simulated device (only inside the simulator binary, sim/)
 *   "pci:<bdf>"      a real function, e.g. "pci:0000:01:00.0": configuration space through libpci,
 *                    BARs through vfio-pci or sysfs resourceN, DMA memory through VFIO/iommufd
 *   "pci"            the first function that carries the Intel Scalable IOV DVSEC
 *   "dump:<file>"    configuration space only, from an `lspci -xxxx` style dump (libpci's dump
 *                    access method); MMIO and DMA are not available
 * Functions return 0 or a negative errno and never exit; messages go through siov_set_log().
 * Sizes and offsets are bytes; times are device clock cycles.
 * ADIs: siov_adi.h (host driver, BAR0) and siov_wq.h (direct-path submission, BAR2 page);
 * docs/host-api.md is the programmer's guide.
 */
#ifndef SIOV_SIOV_H_
#define SIOV_SIOV_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Intel Scalable IOV DVSEC (SIOV spec rev 1.1, 2.8). */
#define SIOV_DVSEC_VENDOR_INTEL   0x8086u
#define SIOV_DVSEC_ID_SIOV        0x0005u
#define SIOV_DVSEC_LEN            0x18u
#define SIOV_DVSEC_FDL            0x0au /* Function Dependency Link (8 bits) */
#define SIOV_DVSEC_FLAGS          0x0bu /* bit 0: homogeneous */
#define SIOV_DVSEC_SUP_PAGE_SIZES 0x0cu
#define SIOV_DVSEC_SYS_PAGE_SIZE  0x10u
#define SIOV_DVSEC_CAPS           0x14u /* bit 0: IMS supported */

/* I/O address space used for requests without a PASID. */
#define SIOV_NO_PASID 0xffffffffu

struct siov_dev;

/* What a device's configuration space says about it (filled by siov_open). */
struct siov_bar {
	bool present;
	bool is64;
	bool prefetch;
	uint64_t addr; /* bus address */
	uint64_t size;
};

struct siov_caps {
	unsigned int pm, msix, pcie;           /* legacy capability offsets (0 = absent) */
	unsigned int aer, pasid, dvsec;        /* extended capability offsets (dvsec: SIOV's) */
};

/* Decoded Intel Scalable IOV DVSEC. */
struct siov_dvsec {
	unsigned int offset;
	unsigned int revision, length;
	unsigned int function_dependency_link;
	bool homogeneous;
	uint32_t supported_page_sizes; /* bit n: 4 KiB << n */
	uint32_t system_page_size;
	bool ims_supported;
};

/* A DMA buffer: what the CPU sees and what the device uses. */
struct siov_dma_buf {
	void *cpu;
	uint64_t iova;
	size_t size;
	int as;
	void *priv;
};

/* ---- logging ------------------------------------------------------------------------------ */
enum siov_log_level { SIOV_LOG_ERR, SIOV_LOG_WARN, SIOV_LOG_INFO, SIOV_LOG_DEBUG };
typedef void (*siov_log_fn)(enum siov_log_level level, const char *msg, void *arg);
/* Send library messages to fn (NULL: messages at WARN and above go to stderr). */
void siov_set_log(siov_log_fn fn, void *arg);

/* ---- open / close --------------------------------------------------------------------------- */
#define SIOV_OPEN_RAW 1u /* sim: do not play firmware (no BAR assignment, no enables) */
/* Open the device named by spec (see the top of this file). *devp is owned by the caller and
 * released with siov_close(). */
int siov_open(const char *spec, unsigned int flags, struct siov_dev **devp);
void siov_close(struct siov_dev *dev);
/* Backend name ("sim", "pci", "dump") and a printable device name (BDF). */
const char *siov_backend(const struct siov_dev *dev);
const char *siov_name(const struct siov_dev *dev);
/* List functions that carry the Intel SIOV DVSEC, calling fn(spec, arg) for each; spec is
 * usable with siov_open(). For "sim", the simulated device; for "pci", every match on the
 * system; for "dump:<file>", every match in the file. */
int siov_list(const char *backend, void (*fn)(const char *spec, void *arg), void *arg);

/* ---- configuration space -------------------------------------------------------------------- */
int siov_cfg_read32(struct siov_dev *dev, unsigned int off, uint32_t *val);
int siov_cfg_read16(struct siov_dev *dev, unsigned int off, uint16_t *val);
int siov_cfg_read8(struct siov_dev *dev, unsigned int off, uint8_t *val);
int siov_cfg_write32(struct siov_dev *dev, unsigned int off, uint32_t val);
int siov_cfg_write16(struct siov_dev *dev, unsigned int off, uint16_t val);
int siov_cfg_write8(struct siov_dev *dev, unsigned int off, uint8_t val);
/* Read the whole 4 KiB configuration space into buf. */
int siov_cfg_snapshot(struct siov_dev *dev, uint8_t buf[4096]);

/* ---- capabilities ------------------------------------------------------------------------- */
/* Offset of the first legacy capability with this ID (0 if none). */
unsigned int siov_find_cap(struct siov_dev *dev, unsigned int id);
/* Offset of the first extended capability with this ID at or after start (0 if none). */
unsigned int siov_find_ext_cap(struct siov_dev *dev, unsigned int id, unsigned int start);
/* Offset of the DVSEC with this vendor and ID (0 if none). */
unsigned int siov_find_dvsec(struct siov_dev *dev, unsigned int vendor, unsigned int id);
const struct siov_caps *siov_caps(const struct siov_dev *dev);
/* Walk the capability lists: fn(ext, id, offset, arg) for each entry, in list order. Returns
 * -ELOOP if a list does not terminate, -EINVAL if a pointer is malformed. */
int siov_walk_caps(struct siov_dev *dev,
		   void (*fn)(bool ext, unsigned int id, unsigned int off, void *arg), void *arg);

/* ---- Scalable IOV, PASID ----------------------------------------------------------------- */
int siov_dvsec_read(struct siov_dev *dev, struct siov_dvsec *d);
/* Set the DVSEC System Page Size (bytes; must be a supported size). Do it before enabling
 * Memory Space (SIOV 2.8). */
int siov_set_system_page_size(struct siov_dev *dev, uint64_t bytes);
/* Enable PASID (and optionally execute / privileged modes, if supported). */
int siov_pasid_enable(struct siov_dev *dev, bool exec, bool priv);
int siov_pasid_disable(struct siov_dev *dev);

/* ---- command, BARs, MMIO ------------------------------------------------------------------ */
int siov_set_bus_master(struct siov_dev *dev, bool on);
int siov_set_memory_enable(struct siov_dev *dev, bool on);
/* Device Control Max_Read_Request_Size (128..4096 bytes, a power of two), as Linux's
 * pcie_set_readrq() sets it for a DMA engine. */
int siov_set_max_read_request(struct siov_dev *dev, unsigned int bytes);
const struct siov_bar *siov_bar(const struct siov_dev *dev, unsigned int bar);
int siov_mmio_read32(struct siov_dev *dev, unsigned int bar, uint64_t off, uint32_t *val);
int siov_mmio_write32(struct siov_dev *dev, unsigned int bar, uint64_t off, uint32_t val);
int siov_mmio_read64(struct siov_dev *dev, unsigned int bar, uint64_t off, uint64_t *val);
int siov_mmio_write64(struct siov_dev *dev, unsigned int bar, uint64_t off, uint64_t val);
/* Up to 64 bytes within one 64-byte block, as one request. */
int siov_mmio_read(struct siov_dev *dev, unsigned int bar, uint64_t off, void *buf, size_t len);
int siov_mmio_write(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf,
		    size_t len);
/* Deferrable Memory Write (DMWr, ENQCMD) of 64 bytes at a 64-byte aligned offset of a BAR, as one
 * non-posted request. *status gets the completion status (SIOV_DMWR_*). Returns -EOPNOTSUPP when
 * the platform cannot send one (see the backend). siov_submit_swq() (siov_wq.h) adds retries. */
#define SIOV_DMWR_SC  0u /* Successful Completion: the target accepted the data */
#define SIOV_DMWR_UR  1u /* Unsupported Request */
#define SIOV_DMWR_RRS 2u /* Request Retry Status: not accepted this time, try again */
#define SIOV_DMWR_CA  4u /* Completer Abort */
int siov_mmio_dmwr(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf64,
		   unsigned int *status);
/* Function Level Reset: initiate, wait, restore the configuration libsiov set up. Forgets the
 * ADI bookkeeping of siov_adi.h (allocated ADIs and queue slots): FLR unconfigures every ADI. */
int siov_flr(struct siov_dev *dev);

/* ---- DMA memory and I/O address spaces ----------------------------------------------------- */
/* Create an I/O address space and attach it to a PASID (or SIOV_NO_PASID for requests without
 * one). Returns the address space id (>= 1) in *as. */
int siov_as_create(struct siov_dev *dev, int *as);
int siov_as_attach(struct siov_dev *dev, int as, uint32_t pasid);
int siov_as_detach(struct siov_dev *dev, uint32_t pasid);
/* Allocate zeroed DMA memory mapped read/write in address space as at a fresh IOVA. */
int siov_dma_alloc(struct siov_dev *dev, int as, size_t size, struct siov_dma_buf *buf);
void siov_dma_free(struct siov_dev *dev, struct siov_dma_buf *buf);

/* ---- interrupts -------------------------------------------------------------------------- */
/* Enable MSI-X with nvec vectors (all unmasked). */
int siov_irq_enable(struct siov_dev *dev, unsigned int nvec);
int siov_irq_disable(struct siov_dev *dev);
/* Wait up to timeout cycles for vector; 0 when it fired, -ETIMEDOUT otherwise. */
int siov_irq_wait(struct siov_dev *dev, unsigned int vector, uint64_t timeout);
/* Count of messages received for vector so far (consumed or not). */
unsigned int siov_irq_count(struct siov_dev *dev, unsigned int vector);

/*
 * Interrupt messages for sources other than the function's MSI-X table (IMS entries, in-memory
 * interrupt-table entries): the platform hands out an address/data pair per cookie (an integer
 * naming the source; siov_adi.h says which cookies libsiov uses) and counts the messages that
 * arrive with it. Allocating a cookie again gives the same pair and restarts its count.
 * sim: address 0xFEE00000, data 0x10000 + cookie. pci: -EOPNOTSUPP (Linux gives user space no
 * message of its own; see sw/lib/platform/pci.c).
 */
int siov_msg_alloc(struct siov_dev *dev, unsigned int cookie, uint64_t *addr, uint32_t *data);
/* Wait up to timeout cycles for a message of the cookie and consume it: 0, or -ETIMEDOUT. */
int siov_msg_wait(struct siov_dev *dev, unsigned int cookie, uint64_t timeout);
/* Messages received with the cookie since it was allocated (consumed or not). */
unsigned int siov_msg_count(struct siov_dev *dev, unsigned int cookie);

/* ---- time -------------------------------------------------------------------------------- */
uint64_t siov_now(struct siov_dev *dev);          /* device clock cycles */
void siov_wait(struct siov_dev *dev, uint64_t cycles);

/* ---- dump -------------------------------------------------------------------------------- */
/* Print the 4 KiB configuration space in the format of `lspci -xxxx` (which `lspci -F` reads).
 */
int siov_dump_config(struct siov_dev *dev, FILE *out);

#ifdef __cplusplus
}
#endif

#endif /* SIOV_SIOV_H_ */
