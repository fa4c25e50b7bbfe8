// SPDX-License-Identifier: MIT
/*
 * siovctl - inspect a siovdm device (or any function with the Intel Scalable IOV DVSEC).
 *
 *   siovctl [--device SPEC] list           functions carrying the SIOV DVSEC
 *   siovctl [--device SPEC] info           every capability decoded, the SIOV DVSEC field by field
 *   siovctl [--device SPEC] dump-config    4 KiB of configuration space as `lspci -xxxx` prints it
 *
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

#include "siov/siov.h"

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
	fprintf(f, "usage: siovctl [--device sim|pci|pci:BDF|dump:FILE] list|info|dump-config\n");
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
	const char *cmd;
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
		if (c == 'd')
			spec = optarg;
		else
			return usage(c == 'h' ? stdout : stderr);
	}
	if (optind != argc - 1)
		return usage(stderr);
	cmd = argv[optind];
	if (!strncmp(spec, "sim", 3) && !sim_now)
		return run_simulator(argc, argv);
	if (!strcmp(cmd, "list")) {
		ret = siov_list(spec, print_spec, NULL);
		if (ret)
			fprintf(stderr, "siovctl: list %s: %s\n", spec, strerror(-ret));
		return ret ? 1 : 0;
	}
	if (strcmp(cmd, "info") && strcmp(cmd, "dump-config"))
		return usage(stderr);
	ret = siov_open(spec, 0, &d);
	if (ret) {
		fprintf(stderr, "siovctl: cannot open %s: %s\n", spec, strerror(-ret));
		return 1;
	}
	if (!strcmp(cmd, "info")) {
		ret = cmd_info(d);
	} else {
		ret = siov_dump_config(d, stdout) ? 1 : 0;
		fflush(stdout);
	}
	siov_close(d);
	return ret;
}
