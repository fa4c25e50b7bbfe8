// SPDX-License-Identifier: MIT
/*
 * siovctl - inspect a siovdm device (or any function with the Intel Scalable IOV DVSEC).
 *
 *   siovctl [--device SPEC] list           functions carrying the SIOV DVSEC
 *   siovctl [--device SPEC] info           every capability decoded, the SIOV DVSEC field by field
 *   siovctl [--device SPEC] dump-config    4 KiB of configuration space as `lspci -xxxx` prints it
 *   siovctl [--device SPEC] caps           device capabilities (BAR0 cap_*, opcap), state, SWERR
 *   siovctl [--device SPEC] adi list [all] one line per ADI: state, mode, PASIDs, queue,
 *                                          occupancy/inflight, last error, portal overflow
 *                                          (without `all`: the ADIs not disabled or configured)
 *   siovctl [--device SPEC] adi show N     every privileged register of ADI N, decoded
 *   siovctl [--device SPEC] ims list       every bound IMS entry: handle, owner ADI, mask,
 *                                          pending, address/data
 *   siovctl [--device SPEC] ppt list       PASID Permissions Table entries (docs/ppt.md): one
 *                                          line per entry of the table this process owns;
 *                                          otherwise the table registers (the entries are in
 *                                          the driver process's memory)
 *   siovctl [--device SPEC] ppt stats      table base, size, PASID, cache size, hits, misses,
 *                                          evictions, hit ratio
 *
 * caps, adi, ims and ppt read BAR0 (MMIO: the simulator, or a function bound to vfio-pci or, as
 * root, mapped through sysfs); they only read, so they can watch a device a driver is using.
 * SPEC is sim (default, or $SIOV_DEVICE), pci, pci:BDF or dump:FILE (see siov.h). The same code
 * runs inside the simulator (+app=siovctl) and natively; natively, --device sim runs the
 * simulator binary with these arguments.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/pci_regs.h>

#include <linux/idxd.h>

#include "siov/siov.h"
#include "siov/siov_adi.h"
#include "siov/siov_bar0_regs.h"
#include "siov/siov_ppt.h"

#ifndef PCI_EXP_DEVCAP2_10BIT_TAG_COMP
#define PCI_EXP_DEVCAP2_10BIT_TAG_COMP 0x00010000
#define PCI_EXP_DEVCAP2_10BIT_TAG_REQ  0x00020000
#endif
#ifndef PCI_EXP_DEVCAP2_EXT_FMT
#define PCI_EXP_DEVCAP2_EXT_FMT 0x00100000
#endif
#ifndef PCI_EXP_DEVCTL2_10BIT_TAG_REQ_EN
#define PCI_EXP_DEVCTL2_10BIT_TAG_REQ_EN 0x1000
#endif

/* Set by the build of the native tool: where the simulator binary is. */
#ifndef SIOV_SIM_BIN
#define SIOV_SIM_BIN "build/sim/Vsiov_tb"
#endif

static int usage(FILE *f)
{
	fprintf(f, "usage: siovctl [--device sim|pci|pci:BDF|dump:FILE] COMMAND\n"
		"commands:\n"
		"  list          functions carrying the Intel Scalable IOV DVSEC\n"
		"  info          configuration header and every capability, decoded\n"
		"  dump-config   configuration space in `lspci -xxxx` format\n"
		"  caps          device capabilities, state and latched software error\n"
		"  adi list [all] one line per ADI in use (all: every ADI): state, mode, PASIDs,\n"
		"                queue, counters\n"
		"  adi show N    every privileged register of ADI N, decoded\n"
		"  ims list      every bound IMS entry\n"
		"  ppt list      PASID Permissions Table entries (of a table this process owns;\n"
		"                otherwise the table registers)\n"
		"  ppt stats     PPT base, size, PASID and cache counters\n");
	return f == stderr ? 2 : 0;
}

static const char *onoff(uint32_t v)
{
	return v ? "+" : "-";
}

static uint32_t rd32(struct siov_dev *d, unsigned int off)
{
	uint32_t v = 0xffffffffu;

	siov_cfg_read32(d, off, &v);
	return v;
}

static uint16_t rd16(struct siov_dev *d, unsigned int off)
{
	uint16_t v = 0xffff;

	siov_cfg_read16(d, off, &v);
	return v;
}

static const char *size_str(uint64_t bytes, char *buf, size_t n)
{
	static const char *const unit[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	unsigned int u = 0;

	while (bytes >= 1024 && !(bytes & 1023) && u < 4) {
		bytes >>= 10;
		u++;
	}
	snprintf(buf, n, "%" PRIu64 " %s", bytes, unit[u]);
	return buf;
}

static void info_header(struct siov_dev *d)
{
	uint16_t cmd = rd16(d, PCI_COMMAND), sta = rd16(d, PCI_STATUS);
	uint32_t cls = rd32(d, PCI_CLASS_REVISION), ss = rd32(d, PCI_SUBSYSTEM_VENDOR_ID);
	char b[32];

	printf("%s: vendor %04x device %04x class %06x rev %02x subsystem %04x:%04x\n",
	       siov_name(d), rd16(d, PCI_VENDOR_ID), rd16(d, PCI_DEVICE_ID), cls >> 8, cls & 0xff,
	       ss & 0xffff, ss >> 16);
	printf("  Command: Mem%s BusMaster%s ParErr%s SERR%s DisINTx%s\n",
	       onoff(cmd & PCI_COMMAND_MEMORY), onoff(cmd & PCI_COMMAND_MASTER),
	       onoff(cmd & PCI_COMMAND_PARITY), onoff(cmd & PCI_COMMAND_SERR),
	       onoff(cmd & PCI_COMMAND_INTX_DISABLE));
	printf("  Status: Cap%s >TAbort%s <TAbort%s <MAbort%s >SERR%s <PERR%s\n",
	       onoff(sta & PCI_STATUS_CAP_LIST), onoff(sta & PCI_STATUS_SIG_TARGET_ABORT),
	       onoff(sta & PCI_STATUS_REC_TARGET_ABORT), onoff(sta & PCI_STATUS_REC_MASTER_ABORT),
	       onoff(sta & PCI_STATUS_SIG_SYSTEM_ERROR), onoff(sta & PCI_STATUS_DETECTED_PARITY));
	for (unsigned int i = 0; i < 6; i++) {
		const struct siov_bar *bar = siov_bar(d, i);

		if (!bar)
			continue;
		printf("  BAR%u: memory at 0x%" PRIx64 " (%s, %sprefetchable), size %s\n", i,
		       bar->addr, bar->is64 ? "64-bit" : "32-bit", bar->prefetch ? "" : "non-",
		       bar->size ? size_str(bar->size, b, sizeof(b)) : "unknown");
	}
}

static void info_pm(struct siov_dev *d, unsigned int off)
{
	uint16_t pmc = rd16(d, off + PCI_PM_PMC), csr = rd16(d, off + PCI_PM_CTRL);

	printf("  [%02x] Power Management version %u: state D%u, NoSoftRst%s\n", off,
	       pmc & PCI_PM_CAP_VER_MASK, csr & PCI_PM_CTRL_STATE_MASK,
	       onoff(csr & PCI_PM_CTRL_NO_SOFT_RESET));
}

static void info_msix(struct siov_dev *d, unsigned int off)
{
	uint16_t ctl = rd16(d, off + PCI_MSIX_FLAGS);
	uint32_t tbl = rd32(d, off + PCI_MSIX_TABLE), pba = rd32(d, off + PCI_MSIX_PBA);

	printf("  [%02x] MSI-X: Enable%s Count=%u Masked%s\n", off,
	       onoff(ctl & PCI_MSIX_FLAGS_ENABLE), (ctl & PCI_MSIX_FLAGS_QSIZE) + 1,
	       onoff(ctl & PCI_MSIX_FLAGS_MASKALL));
	printf("        Vector table: BAR=%u offset=%08x; PBA: BAR=%u offset=%08x\n",
	       tbl & PCI_MSIX_TABLE_BIR, tbl & PCI_MSIX_TABLE_OFFSET, pba & PCI_MSIX_PBA_BIR,
	       pba & PCI_MSIX_PBA_OFFSET);
}

static void info_pcie(struct siov_dev *d, unsigned int off)
{
	uint16_t flags = rd16(d, off + PCI_EXP_FLAGS), ctl = rd16(d, off + PCI_EXP_DEVCTL);
	uint16_t sta = rd16(d, off + PCI_EXP_DEVSTA), lsta = rd16(d, off + PCI_EXP_LNKSTA);
	uint32_t cap = rd32(d, off + PCI_EXP_DEVCAP), cap2 = rd32(d, off + PCI_EXP_DEVCAP2);
	uint16_t ctl2 = rd16(d, off + PCI_EXP_DEVCTL2), lctl = rd16(d, off + PCI_EXP_LNKCTL);
	unsigned int maxpfx = (cap2 >> 22) & 3;

	printf("  [%02x] Express (v%u) %s\n", off, flags & PCI_EXP_FLAGS_VERS,
	       ((flags & PCI_EXP_FLAGS_TYPE) >> 4) == PCI_EXP_TYPE_ENDPOINT ? "Endpoint" :
									   "(other type)");
	printf("        DevCap: MaxPayload %u bytes, ExtTag%s, RBE%s, FLReset%s\n",
	       128u << (cap & PCI_EXP_DEVCAP_PAYLOAD), onoff(cap & PCI_EXP_DEVCAP_EXT_TAG),
	       onoff(cap & PCI_EXP_DEVCAP_RBER), onoff(cap & PCI_EXP_DEVCAP_FLR));
	printf("        DevCtl: CorrErr%s NonFatalErr%s FatalErr%s UnsupReq%s RlxdOrd%s ExtTag%s "
	       "NoSnoop%s MaxPayload %u bytes, MaxReadReq %u bytes\n",
	       onoff(ctl & PCI_EXP_DEVCTL_CERE), onoff(ctl & PCI_EXP_DEVCTL_NFERE),
	       onoff(ctl & PCI_EXP_DEVCTL_FERE), onoff(ctl & PCI_EXP_DEVCTL_URRE),
	       onoff(ctl & PCI_EXP_DEVCTL_RELAX_EN), onoff(ctl & PCI_EXP_DEVCTL_EXT_TAG),
	       onoff(ctl & PCI_EXP_DEVCTL_NOSNOOP_EN), 128u << ((ctl & PCI_EXP_DEVCTL_PAYLOAD) >> 5),
	       128u << ((ctl & PCI_EXP_DEVCTL_READRQ) >> 12));
	printf("        DevSta: CorrErr%s NonFatalErr%s FatalErr%s UnsupReq%s TransPend%s\n",
	       onoff(sta & PCI_EXP_DEVSTA_CED), onoff(sta & PCI_EXP_DEVSTA_NFED),
	       onoff(sta & PCI_EXP_DEVSTA_FED), onoff(sta & PCI_EXP_DEVSTA_URD),
	       onoff(sta & PCI_EXP_DEVSTA_TRPND));
	printf("        LnkSta: Speed %u (gen), Width x%u; LnkCtl: RCB %u bytes\n",
	       lsta & PCI_EXP_LNKSTA_CLS, (lsta & PCI_EXP_LNKSTA_NLW) >> 4,
	       (lctl & PCI_EXP_LNKCTL_RCB) ? 128u : 64u);
	printf("        DevCap2: 10BitTagComp%s 10BitTagReq%s ExtFmt%s EETLPPrefix%s, "
	       "MaxEETLPPrefixes %u, DMWrComp%s\n",
	       onoff(cap2 & PCI_EXP_DEVCAP2_10BIT_TAG_COMP),
	       onoff(cap2 & PCI_EXP_DEVCAP2_10BIT_TAG_REQ), onoff(cap2 & PCI_EXP_DEVCAP2_EXT_FMT),
	       onoff(cap2 & PCI_EXP_DEVCAP2_EE_PREFIX), maxpfx ? maxpfx : 4,
	       onoff(cap2 & (1u << 28)));
	printf("        DevCtl2: 10BitTagReq%s, CompletionTimeoutDisable%s\n",
	       onoff(ctl2 & PCI_EXP_DEVCTL2_10BIT_TAG_REQ_EN), onoff(ctl2 & 0x10));
}

static void info_aer(struct siov_dev *d, unsigned int off)
{
	printf("  [%03x] Advanced Error Reporting\n", off);
	printf("        UESta %08x UEMsk %08x UESvrt %08x CESta %08x CEMsk %08x\n",
	       rd32(d, off + PCI_ERR_UNCOR_STATUS), rd32(d, off + PCI_ERR_UNCOR_MASK),
	       rd32(d, off + PCI_ERR_UNCOR_SEVER), rd32(d, off + PCI_ERR_COR_STATUS),
	       rd32(d, off + PCI_ERR_COR_MASK));
	printf("        First error pointer %u, HeaderLog %08x %08x %08x %08x\n",
	       rd32(d, off + PCI_ERR_CAP) & 0x1f, rd32(d, off + PCI_ERR_HEADER_LOG),
	       rd32(d, off + PCI_ERR_HEADER_LOG + 4), rd32(d, off + PCI_ERR_HEADER_LOG + 8),
	       rd32(d, off + PCI_ERR_HEADER_LOG + 12));
}

static void info_pasid(struct siov_dev *d, unsigned int off)
{
	uint16_t cap = rd16(d, off + PCI_PASID_CAP), ctl = rd16(d, off + PCI_PASID_CTRL);

	printf("  [%03x] Process Address Space ID (PASID)\n", off);
	printf("        PASIDCap: Exec%s Priv%s, Max PASID Width: %u bits\n",
	       onoff(cap & PCI_PASID_CAP_EXEC), onoff(cap & PCI_PASID_CAP_PRIV),
	       (unsigned int)(cap >> 8) & 0x1fu);
	printf("        PASIDCtl: Enable%s Exec%s Priv%s\n", onoff(ctl & PCI_PASID_CTRL_ENABLE),
	       onoff(ctl & PCI_PASID_CTRL_EXEC), onoff(ctl & PCI_PASID_CTRL_PRIV));
}

static void page_sizes(uint32_t mask, char *buf, size_t n)
{
	size_t used = 0;

	buf[0] = '\0';
	for (unsigned int b = 0; b < 32 && used < n; b++) {
		char s[32];

		if (!(mask & (1u << b)))
			continue;
		used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "",
					 size_str(4096ull << b, s, sizeof(s)));
	}
}

static void info_dvsec(struct siov_dev *d, unsigned int off)
{
	uint32_t h1 = rd32(d, off + PCI_DVSEC_HEADER1), h2 = rd32(d, off + PCI_DVSEC_HEADER2);
	struct siov_dvsec s;
	char sup[256], sys[256];

	printf("  [%03x] Designated Vendor-Specific: Vendor=%04x ID=%04x Rev=%u Len=%u", off,
	       PCI_DVSEC_HEADER1_VID(h1), PCI_DVSEC_HEADER2_ID(h2), PCI_DVSEC_HEADER1_REV(h1),
	       PCI_DVSEC_HEADER1_LEN(h1));
	if (PCI_DVSEC_HEADER1_VID(h1) != SIOV_DVSEC_VENDOR_INTEL ||
	    PCI_DVSEC_HEADER2_ID(h2) != SIOV_DVSEC_ID_SIOV || siov_caps(d)->dvsec != off ||
	    siov_dvsec_read(d, &s)) {
		printf("\n");
		return;
	}
	page_sizes(s.supported_page_sizes, sup, sizeof(sup));
	page_sizes(s.system_page_size, sys, sizeof(sys));
	printf(": Intel Scalable I/O Virtualization\n");
	printf("        DVSEC Vendor ID            8086 (Intel)\n");
	printf("        DVSEC Revision             %u\n", s.revision);
	printf("        DVSEC Length               0x%02x%s\n", s.length,
	       s.length == SIOV_DVSEC_LEN ? "" : " (expected 0x18)");
	printf("        DVSEC ID                   %u (Scalable IOV)\n", PCI_DVSEC_HEADER2_ID(h2));
	printf("        Function Dependency Link   %u\n", s.function_dependency_link);
	printf("        Flags                      %02x: Homogeneous%s\n",
	       (h2 >> 24) & 0xff, onoff(s.homogeneous));
	printf("        Supported Page Sizes       %08x: %s\n", s.supported_page_sizes, sup);
	printf("        System Page Size           %08x: %s\n", s.system_page_size, sys);
	printf("        Capabilities               %08x: IMS%s\n",
	       rd32(d, off + SIOV_DVSEC_CAPS), onoff(s.ims_supported));
}

static void info_cap(bool ext, unsigned int id, unsigned int off, void *arg)
{
	struct siov_dev *d = arg;

	if (!ext) {
		switch (id) {
		case PCI_CAP_ID_PM:
			info_pm(d, off);
			break;
		case PCI_CAP_ID_MSIX:
			info_msix(d, off);
			break;
		case PCI_CAP_ID_EXP:
			info_pcie(d, off);
			break;
		default:
			printf("  [%02x] Capability ID 0x%02x\n", off, id);
			break;
		}
		return;
	}
	switch (id) {
	case PCI_EXT_CAP_ID_ERR:
		info_aer(d, off);
		break;
	case PCI_EXT_CAP_ID_PASID:
		info_pasid(d, off);
		break;
	case PCI_EXT_CAP_ID_DVSEC:
		info_dvsec(d, off);
		break;
	default:
		printf("  [%03x] Extended Capability ID 0x%04x\n", off, id);
		break;
	}
}

static int cmd_info(struct siov_dev *d)
{
	int ret;

	info_header(d);
	printf("  Capabilities:\n");
	ret = siov_walk_caps(d, info_cap, d);
	if (ret)
		fprintf(stderr, "siovctl: capability list: %s\n", strerror(-ret));
	return ret ? 1 : 0;
}

/* ---- caps, adi, ims -------------------------------------------------------------------------- */

#define FLD(name, v) (((uint32_t)(v) & name##_MASK) >> name##_SHIFT)

static uint32_t bar0(struct siov_dev *d, uint64_t off)
{
	uint32_t v = 0xffffffffu;

	siov_mmio_read32(d, 0, off, &v);
	return v;
}

static const char *opcode_name(unsigned int op)
{
	switch (op) {
	case DSA_OPCODE_NOOP:
		return "noop";
	case DSA_OPCODE_BATCH:
		return "batch";
	case DSA_OPCODE_DRAIN:
		return "drain";
	case DSA_OPCODE_MEMMOVE:
		return "memmove";
	case DSA_OPCODE_MEMFILL:
		return "memfill";
	case DSA_OPCODE_COMPARE:
		return "compare";
	case DSA_OPCODE_COMPVAL:
		return "compval";
	case DSA_OPCODE_CR_DELTA:
		return "cr_delta";
	case DSA_OPCODE_AP_DELTA:
		return "ap_delta";
	case DSA_OPCODE_DUALCAST:
		return "dualcast";
	case DSA_OPCODE_CRCGEN:
		return "crcgen";
	case DSA_OPCODE_COPY_CRC:
		return "copy_crc";
	case DSA_OPCODE_DIF_CHECK:
		return "dif_check";
	case DSA_OPCODE_DIF_INS:
		return "dif_ins";
	case DSA_OPCODE_DIF_STRP:
		return "dif_strp";
	case DSA_OPCODE_DIF_UPDT:
		return "dif_updt";
	case DSA_OPCODE_CFLUSH:
		return "cflush";
	case SIOV_OPCODE_UPDATE_WIN:
		return "update_win";
	case SIOV_OPCODE_ID_MEMMOVE:
		return "id_memmove";
	case SIOV_OPCODE_ID_FILL:
		return "id_fill";
	case SIOV_OPCODE_ID_COMPARE:
		return "id_compare";
	case SIOV_OPCODE_ID_COMPVAL:
		return "id_compval";
	default:
		return NULL;
	}
}

static void print_ops(uint64_t ops)
{
	printf("0x%016" PRIx64 ":", ops);
	if (ops == UINT64_MAX) {
		printf(" all\n");
		return;
	}
	for (unsigned int op = 0; op < 64; op++) {
		const char *n = opcode_name(op);

		if (!(ops & (1ull << op)))
			continue;
		if (n)
			printf(" %s", n);
		else
			printf(" 0x%02x", op);
	}
	printf("\n");
}

static void print_swerr(struct siov_dev *d)
{
	struct siov_swerr e;
	int ret = siov_swerr_read(d, &e);

	if (ret) {
		printf("  SWERR             unreadable: %s\n", strerror(-ret));
		return;
	}
	if (!e.valid) {
		printf("  SWERR             none%s\n", e.overflow ? " (overflow)" : "");
		return;
	}
	printf("  SWERR             code 0x%02x %s", e.code, siov_swerr_name(e.code));
	if (e.adi_valid)
		printf(", ADI %u", e.adi);
	printf(", opcode 0x%02x", e.opcode);
	if (e.pasid_valid)
		printf(", PASID 0x%x", e.pasid);
	printf(", address 0x%" PRIx64 "%s\n", e.addr, e.overflow ? ", overflow" : "");
}

static int open_caps(struct siov_dev *d, struct siov_dev_caps *c)
{
	int ret = siov_dev_caps(d, c);

	if (ret)
		fprintf(stderr, "siovctl: %s: cannot read BAR0 capabilities: %s\n", siov_name(d),
			strerror(-ret));
	return ret;
}

static int cmd_caps(struct siov_dev *d)
{
	struct siov_dev_caps c;
	uint32_t gensts;
	char b[32];

	if (open_caps(d, &c))
		return 1;
	gensts = bar0(d, SIOV_BAR0_GENSTS_OFFSET);
	printf("%s: siovdm register map %u.%u, device %s\n", siov_name(d), c.version_major,
	       c.version_minor,
	       FLD(SIOV_BAR0_GENSTS_STATE, gensts) == SIOV_BAR0_GENSTS_STATE_ENABLED ? "enabled" :
										      "disabled");
	printf("  ADIs              %u\n", c.num_adis);
	printf("  engines           %u\n", c.num_engines);
	printf("  descriptor slots  %u\n", c.slots);
	printf("  IMS entries       %u\n", c.ims_entries);
	printf("  max transfer      %s (2^%u)\n",
	       size_str(c.max_xfer_shift < 64 ? 1ull << c.max_xfer_shift : 0, b, sizeof(b)),
	       c.max_xfer_shift);
	printf("  max batch         %llu descriptors (2^%u)\n", 1ull << (c.max_batch_shift & 31),
	       c.max_batch_shift);
	printf("  max ring          %llu descriptors (2^%u)\n", 1ull << (c.max_ring_shift & 31),
	       c.max_ring_shift);
	printf("  opcodes           ");
	print_ops(c.opcap);
	print_swerr(d);
	return 0;
}

static const char *pasid_str(uint32_t pasid, bool priv, char *buf, size_t n)
{
	if (pasid == SIOV_NO_PASID)
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "0x%x%s", pasid, priv ? "(p)" : "");
	return buf;
}

/* An ADI at its reset state: disabled, nothing configured, nothing counted. */
static bool adi_unused(const struct siov_adi_status *st, const struct siov_adi_config *cfg)
{
	return st->state == SIOV_BAR0_ADI_STATUS_STATE_DISABLED && !cfg->queue_size &&
	       cfg->mode == SIOV_ADI_RING && cfg->desc_pasid == SIOV_NO_PASID &&
	       cfg->data_pasid == SIOV_NO_PASID && !st->err && !st->overflow;
}

static int cmd_adi_list(struct siov_dev *d, bool all)
{
	struct siov_dev_caps c;
	unsigned int hidden = 0;

	if (open_caps(d, &c))
		return 1;
	printf("%-4s %-8s %-6s %-11s %-11s %-11s %-7s %5s %5s %-18s %s\n", "ADI", "state", "mode",
	       "desc-PASID", "data-PASID", "int-PASID", "queue", "occ", "infl", "err", "overflow");
	for (unsigned int a = 0; a < c.num_adis; a++) {
		struct siov_adi_status st;
		struct siov_adi_config cfg;
		char p1[24], p2[24], p3[24], q[16], e[24];
		int ret = siov_adi_status(d, a, &st);

		if (!ret)
			ret = siov_adi_read_config(d, a, &cfg);
		if (ret) {
			printf("%-4u unreadable: %s\n", a, strerror(-ret));
			return 1;
		}
		if (!all && adi_unused(&st, &cfg)) {
			hidden++;
			continue;
		}
		snprintf(q, sizeof(q), "%u+%u", cfg.queue_base, cfg.queue_size);
		if (st.err)
			snprintf(e, sizeof(e), "0x%02x %s", st.err, siov_swerr_name(st.err));
		else
			snprintf(e, sizeof(e), "-");
		printf("%-4u %-8s %-6s %-11s %-11s %-11s %-7s %5u %5u %-18s %u\n", a,
		       siov_adi_state_name(st.state), siov_adi_mode_name(cfg.mode),
		       pasid_str(cfg.desc_pasid, cfg.desc_priv, p1, sizeof(p1)),
		       pasid_str(cfg.data_pasid, cfg.data_priv, p2, sizeof(p2)),
		       pasid_str(cfg.int_pasid, cfg.int_priv, p3, sizeof(p3)), q, st.occupancy,
		       st.inflight, e, st.overflow);
	}
	if (hidden)
		printf("(%u unused ADIs not shown: adi list all)\n", hidden);
	return 0;
}

static void show_pasid(const char *name, uint32_t v)
{
	printf("  %-14s0x%08x: en%s priv%s PASID 0x%05x\n", name, v,
	       onoff(v & SIOV_BAR0_ADI_DESC_PASID_EN_MASK),
	       onoff(v & SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK),
	       FLD(SIOV_BAR0_ADI_DESC_PASID_PASID, v));
}

static int cmd_adi_show(struct siov_dev *d, const char *arg)
{
	struct siov_dev_caps c;
	char *end;
	unsigned long a = strtoul(arg, &end, 0);
	uint32_t ctrl, st, q, rsz, isz, ov, thr, err;
	uint64_t ops;
	unsigned int nh = 0;

	if (open_caps(d, &c))
		return 1;
	if (!c.num_adis) {
		fprintf(stderr, "siovctl: %s has no ADIs\n", siov_name(d));
		return 1;
	}
	if (!*arg || *end || a >= c.num_adis) {
		fprintf(stderr, "siovctl: adi show: ADI must be 0..%u\n", c.num_adis - 1);
		return 2;
	}
	ctrl = bar0(d, SIOV_BAR0_ADI_CTRL_ADDR(a));
	st = bar0(d, SIOV_BAR0_ADI_STATUS_ADDR(a));
	q = bar0(d, SIOV_BAR0_ADI_QUEUE_ADDR(a));
	rsz = bar0(d, SIOV_BAR0_ADI_RING_SIZE_ADDR(a));
	isz = bar0(d, SIOV_BAR0_ADI_ITBL_SIZE_ADDR(a));
	ov = bar0(d, SIOV_BAR0_ADI_OVERFLOW_ADDR(a));
	ops = ((uint64_t)bar0(d, SIOV_BAR0_ADI_OPS_HI_ADDR(a)) << 32) |
	      bar0(d, SIOV_BAR0_ADI_OPS_LO_ADDR(a));
	printf("%s: ADI %lu (BAR0 0x%x)\n", siov_name(d), a,
	       (unsigned int)SIOV_BAR0_ADI_CTRL_ADDR(a));
	printf("  %-14s0x%08x: mode %s, int_mode %s, weight %u, max_inflight %u%s\n", "ctrl", ctrl,
	       siov_adi_mode_name(FLD(SIOV_BAR0_ADI_CTRL_MODE, ctrl)),
	       FLD(SIOV_BAR0_ADI_CTRL_INT_MODE, ctrl) == SIOV_BAR0_ADI_CTRL_INT_MODE_ITBL ? "itbl" :
											"ims",
	       FLD(SIOV_BAR0_ADI_CTRL_WEIGHT, ctrl), FLD(SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT, ctrl),
	       FLD(SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT, ctrl) ? "" : " (no limit)");
	err = FLD(SIOV_BAR0_ADI_STATUS_ERR, st);
	printf("  %-14s0x%08x: state %s, occupancy %u, inflight %u, err 0x%02x %s\n", "status", st,
	       siov_adi_state_name(FLD(SIOV_BAR0_ADI_STATUS_STATE, st)),
	       FLD(SIOV_BAR0_ADI_STATUS_OCCUPANCY, st), FLD(SIOV_BAR0_ADI_STATUS_INFLIGHT, st), err,
	       err ? siov_swerr_name(err) : "");
	show_pasid("desc_pasid", bar0(d, SIOV_BAR0_ADI_DESC_PASID_ADDR(a)));
	show_pasid("data_pasid", bar0(d, SIOV_BAR0_ADI_DATA_PASID_ADDR(a)));
	show_pasid("int_pasid", bar0(d, SIOV_BAR0_ADI_INT_PASID_ADDR(a)));
	printf("  %-14s0x%08x: base %u, size %u (slots %u..%u)\n", "queue", q,
	       FLD(SIOV_BAR0_ADI_QUEUE_BASE, q), FLD(SIOV_BAR0_ADI_QUEUE_SIZE, q),
	       FLD(SIOV_BAR0_ADI_QUEUE_BASE, q),
	       FLD(SIOV_BAR0_ADI_QUEUE_BASE, q) + FLD(SIOV_BAR0_ADI_QUEUE_SIZE, q) - 1);
	printf("  %-14s0x%08x%08x\n", "ring_base", bar0(d, SIOV_BAR0_ADI_RING_BASE_HI_ADDR(a)),
	       bar0(d, SIOV_BAR0_ADI_RING_BASE_LO_ADDR(a)));
	printf("  %-14s0x%08x: %u entries\n", "ring_size", rsz,
	       FLD(SIOV_BAR0_ADI_RING_SIZE_ENTRIES, rsz));
	thr = bar0(d, SIOV_BAR0_ADI_SWQ_THRESHOLD_ADDR(a));
	printf("  %-14s0x%08x: %u\n", "swq_threshold", thr,
	       FLD(SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD, thr));
	printf("  %-14s", "ops");
	print_ops(ops);
	printf("  %-14s0x%08x%08x\n", "itbl_base", bar0(d, SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR(a)),
	       bar0(d, SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR(a)));
	printf("  %-14s0x%08x: %u entries\n", "itbl_size", isz,
	       FLD(SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES, isz));
	printf("  %-14s0x%08x: %u descriptors dropped\n", "overflow", ov,
	       FLD(SIOV_BAR0_ADI_OVERFLOW_COUNT, ov));
	printf("  %-14s", "IMS handles");
	for (unsigned int h = 0; h < c.ims_entries; h++) {
		uint32_t ic = bar0(d, SIOV_BAR0_IMS_CTRL_ADDR(h));

		if ((ic & SIOV_BAR0_IMS_CTRL_BOUND_MASK) &&
		    FLD(SIOV_BAR0_IMS_CTRL_OWNER, ic) == a) {
			printf("%s%u", nh ? " " : "", h);
			nh++;
		}
	}
	printf("%s\n", nh ? "" : "none");
	return 0;
}

static int cmd_ims_list(struct siov_dev *d)
{
	struct siov_dev_caps c;
	unsigned int n = 0;

	if (open_caps(d, &c))
		return 1;
	printf("%-6s %-4s %-4s %-7s %-18s %s\n", "handle", "ADI", "mask", "pending", "address",
	       "data");
	for (unsigned int h = 0; h < c.ims_entries; h++) {
		struct siov_ims_entry e;
		int ret;

		/* One read for the entries that are not bound. */
		if (!(bar0(d, SIOV_BAR0_IMS_CTRL_ADDR(h)) & SIOV_BAR0_IMS_CTRL_BOUND_MASK))
			continue;
		ret = siov_ims_read(d, h, &e);
		if (ret) {
			printf("%-6u unreadable: %s\n", h, strerror(-ret));
			return 1;
		}
		printf("%-6u %-4u %-4s %-7s 0x%016" PRIx64 " 0x%08x\n", h, e.owner, onoff(e.masked),
		       onoff(e.pending), e.addr, e.data);
		n++;
	}
	printf("%u of %u entries bound\n", n, c.ims_entries);
	return 0;
}

/* ---- ppt ------------------------------------------------------------------------------------- */

static const char *ppt_pasid_str(const struct siov_ppt_stats *s, char *buf, size_t n)
{
	if (s->pasid_en)
		snprintf(buf, n, "0x%x", s->pasid);
	else
		snprintf(buf, n, "none (requests without PASID)");
	return buf;
}

static void ppt_print_entry(uint16_t sel, const struct siov_ppt_entry *e)
{
	char acc[24], sub[24], win[64], b[32];

	pasid_str(e->access_pasid, e->access_priv, acc, sizeof(acc));
	if (e->any_submitter)
		snprintf(sub, sizeof(sub), "any");
	else
		pasid_str(e->submitter_pasid, false, sub, sizeof(sub));
	if (e->range_check || e->offset_mode)
		snprintf(win, sizeof(win), "0x%016" PRIx64 " %s", e->base,
			 size_str(e->size, b, sizeof(b)));
	else
		snprintf(win, sizeof(win), "whole space");
	printf("%-5u %-5s %-12s %-10s %-30s %-6s %c%c%c   %s\n", sel, onoff(e->valid), acc, sub, win,
	       e->offset_mode ? "offset" : "addr", e->read ? 'r' : '-', e->write ? 'w' : '-',
	       e->drain ? 'd' : '-', onoff(e->allow_update));
}

/* The PPT registers of an open device (1 after printing why not). */
static int ppt_regs(struct siov_dev *d, struct siov_ppt_stats *s)
{
	struct siov_dev_caps c;
	int ret;

	if (open_caps(d, &c))
		return 1;
	ret = siov_ppt_stats(d, s);
	if (ret) {
		fprintf(stderr, "siovctl: %s: cannot read the PPT registers: %s\n", siov_name(d),
			strerror(-ret));
		return 1;
	}
	return 0;
}

/* Where the table is: base, size, address space. */
static void ppt_print_table(struct siov_dev *d, const struct siov_ppt_stats *s)
{
	char p[48];

	printf("%s: PASID Permissions Table\n", siov_name(d));
	printf("  ppt_base          0x%016" PRIx64 "\n", s->base);
	printf("  entries           %u%s\n", s->entries, s->entries ? "" : " (no table)");
	printf("  PASID             %s\n", ppt_pasid_str(s, p, sizeof(p)));
}

static int cmd_ppt_list(struct siov_dev *d)
{
	struct siov_ppt_stats s;
	struct siov_ppt_entry e;
	int ret;

	if (ppt_regs(d, &s))
		return 1;
	/* Only the handle that programmed the table has its memory (and reads entry 0). */
	ret = siov_ppt_read(d, 0, &e);
	if (ret == -ENODEV) {
		ppt_print_table(d, &s);
		printf("entries are only visible to the driver process that owns the table "
		       "(siov_ppt_init)\n");
		return 0;
	}
	if (ret) {
		fprintf(stderr, "siovctl: %s: PPT entry 0: %s\n", siov_name(d), strerror(-ret));
		return 1;
	}
	printf("%-5s %-5s %-12s %-10s %-30s %-6s %-5s %s\n", "sel", "valid", "access-PASID",
	       "submitter", "window", "mode", "perms", "update");
	for (unsigned int sel = 0; sel < s.entries && sel < SIOV_PPT_MAX_ENTRIES; sel++) {
		if (!siov_ppt_allocated(d, (uint16_t)sel))
			continue;
		ret = siov_ppt_read(d, (uint16_t)sel, &e);
		if (ret) {
			printf("%-5u unreadable: %s\n", sel, strerror(-ret));
			return 1;
		}
		ppt_print_entry((uint16_t)sel, &e);
	}
	printf("%u of %u entries allocated\n", s.used, s.entries);
	return 0;
}

static int cmd_ppt_stats(struct siov_dev *d)
{
	struct siov_ppt_stats s;
	uint64_t lookups;

	if (ppt_regs(d, &s))
		return 1;
	lookups = (uint64_t)s.hits + s.misses;
	ppt_print_table(d, &s);
	printf("  cache entries     %u\n", s.cache_entries);
	printf("  hits              %u\n", s.hits);
	printf("  misses            %u\n", s.misses);
	printf("  evictions         %u\n", s.evictions);
	if (lookups)
		printf("  hit ratio         %.1f %% of %" PRIu64 " lookups\n",
		       100.0 * s.hits / (double)lookups, lookups);
	else
		printf("  hit ratio         - (no lookups)\n");
	return 0;
}

static void print_spec(const char *spec, void *arg)
{
	(void)arg;
	printf("%s\n", spec);
}

static int run_simulator(int argc, char **argv)
{
	const char *bin = getenv("SIOV_SIM") ? getenv("SIOV_SIM") : SIOV_SIM_BIN;
	char **nargv = calloc((size_t)argc + 4, sizeof(*nargv));
	int n = 0;

	if (!nargv)
		return 1;
	nargv[n++] = (char *)bin;
	nargv[n++] = "+app=siovctl";
	nargv[n++] = "--";
	for (int i = 1; i < argc; i++)
		nargv[n++] = argv[i];
	execv(bin, nargv);
	fprintf(stderr, "siovctl: cannot run the simulator %s: %s (build it with `make sim`, or "
		"set SIOV_SIM)\n", bin, strerror(errno));
	return 1;
}

/* Whether this process is the simulator (the sim backend is linked in). */
extern uint64_t sim_now(void) __attribute__((weak));

int siovctl_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"device", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *spec = getenv("SIOV_DEVICE") ? getenv("SIOV_DEVICE") : "sim";
	struct siov_dev *d;
	const char *cmd, *sub;
	int c, ret, nargs;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
		if (c == 'd')
			spec = optarg;
		else
			return usage(c == 'h' ? stdout : stderr);
	}
	nargs = argc - optind;
	if (nargs < 1)
		return usage(stderr);
	cmd = argv[optind];
	sub = nargs > 1 ? argv[optind + 1] : "";
	if (!((nargs == 1 && (!strcmp(cmd, "list") || !strcmp(cmd, "info") ||
			      !strcmp(cmd, "dump-config") || !strcmp(cmd, "caps"))) ||
	      (nargs == 2 && !strcmp(cmd, "adi") && !strcmp(sub, "list")) ||
	      (nargs == 3 && !strcmp(cmd, "adi") && !strcmp(sub, "list") &&
	       !strcmp(argv[optind + 2], "all")) ||
	      (nargs == 3 && !strcmp(cmd, "adi") && !strcmp(sub, "show")) ||
	      (nargs == 2 && !strcmp(cmd, "ims") && !strcmp(sub, "list")) ||
	      (nargs == 2 && !strcmp(cmd, "ppt") && (!strcmp(sub, "list") ||
						      !strcmp(sub, "stats")))))
		return usage(stderr);
	if (!strncmp(spec, "sim", 3) && !sim_now)
		return run_simulator(argc, argv);
	if (!strcmp(cmd, "list")) {
		ret = siov_list(spec, print_spec, NULL);
		if (ret)
			fprintf(stderr, "siovctl: list %s: %s\n", spec, strerror(-ret));
		return ret ? 1 : 0;
	}
	ret = siov_open(spec, 0, &d);
	if (ret) {
		fprintf(stderr, "siovctl: cannot open %s: %s\n", spec, strerror(-ret));
		return 1;
	}
	if (!strcmp(cmd, "info")) {
		ret = cmd_info(d);
	} else if (!strcmp(cmd, "dump-config")) {
		ret = siov_dump_config(d, stdout) ? 1 : 0;
	} else if (!strcmp(cmd, "caps")) {
		ret = cmd_caps(d);
	} else if (!strcmp(cmd, "adi")) {
		ret = !strcmp(sub, "list") ? cmd_adi_list(d, nargs == 3)
					   : cmd_adi_show(d, argv[optind + 2]);
	} else if (!strcmp(cmd, "ppt")) {
		ret = !strcmp(sub, "list") ? cmd_ppt_list(d) : cmd_ppt_stats(d);
	} else {
		ret = cmd_ims_list(d);
	}
	fflush(stdout);
	siov_close(d);
	return ret;
}
