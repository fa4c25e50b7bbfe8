// SPDX-License-Identifier: MIT
/*
 * pci.c - the "pci" and "dump" platform backends.
 *
 * "dump:<file>[@<bdf>]"  configuration space only, from an `lspci -xxxx` style file through
 *                        libpci's dump access method. Read-only: writes fail with -EROFS, and there
 *                        is no MMIO, DMA, interrupt or time service.
 * "pci[:<bdf>]"          a real function. Configuration space through libpci's default access
 *                        method (sysfs on Linux; writes need root). BARs, DMA and interrupts:
 *                        - bound to vfio-pci: the VFIO device cdev bound to iommufd (Linux >= 6.6),
 *                          else the legacy VFIO group + type1v2 container. BARs are the VFIO
 *                          regions, DMA memory is mapped into iommufd I/O address spaces (one per
 *                          siov_as_create(); PASID attach needs Linux >= 6.15) or into the single
 *                          container address space (requests without PASID only), and MSI-X vectors
 *                          are delivered to eventfds (the kernel programs the MSI-X table).
 *                        - otherwise, as root: BARs are mmap()ed from sysfs resourceN; there is no
 *                          IOMMU mapping and no interrupt delivery, so DMA, address spaces and
 *                          interrupts fail with -EOPNOTSUPP.
 *                        Time is CLOCK_MONOTONIC converted to device cycles at SIOV_CLOCK_MHZ
 *                        (environment, default 250).
 *                        64-byte MMIO writes (the dedicated portal) use MOVDIR64B when the CPU
 *                        has it and the BAR is mmap()ed; otherwise they reach the device as eight
 *                        8-byte writes, which a portal does not accept. Deferrable Memory Writes
 *                        (the shared work queue) use ENQCMD, which puts the process's PASID
 *                        (IA32_PASID) into the descriptor: that needs the CPU feature, a mapped
 *                        BAR, a process bound to the device for SVA (so that the kernel has set
 *                        IA32_PASID; without it ENQCMD raises #GP and the process gets SIGSEGV),
 *                        and therefore the explicit opt-in SIOV_ENQCMD=1 in the environment; else
 *                        siov_mmio_dmwr() fails with -EOPNOTSUPP. ENQCMD reports only
 *                        "accepted" or "retry" (ZF), so UR/CA also look like retry.
 *                        Interrupt messages besides MSI-X (IMS, interrupt tables) are not
 *                        available (see pci_msg_alloc_op).
 *
 * libpci reports fatal errors through a callback that must not return (its default calls exit());
 * this file installs one that logs and longjmp()s back to the libpci call that failed, so every
 * call into libpci goes through lp_try().
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <linux/pci_regs.h>
#include <linux/vfio.h>
#include <pci/pci.h>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

#include "../core/siov_int.h"

/*
 * iommufd / VFIO cdev uAPI. Headers from Linux >= 6.15 have all of it (VFIO_DEVICE_ATTACH_PASID
 * marks them); older ones lack the PASID pieces or all of it, and then iommufd_compat.h supplies
 * the same things under siov_-prefixed names.
 */
#if defined(__has_include) && !defined(__CPPCHECK__) /* cppcheck 2.10 cannot evaluate it */
#if __has_include(<linux/iommufd.h>) && defined(VFIO_DEVICE_ATTACH_PASID)
#define SIOV_SYSTEM_IOMMUFD_H 1
#endif
#endif

#ifdef SIOV_SYSTEM_IOMMUFD_H
#include <linux/iommufd.h>
#define siov_iommu_destroy                 iommu_destroy
#define siov_iommu_ioas_alloc              iommu_ioas_alloc
#define siov_iommu_ioas_map                iommu_ioas_map
#define siov_iommu_ioas_unmap              iommu_ioas_unmap
#define siov_iommu_hwpt_alloc              iommu_hwpt_alloc
#define siov_vfio_device_bind_iommufd      vfio_device_bind_iommufd
#define siov_vfio_device_attach_iommufd_pt vfio_device_attach_iommufd_pt
#define siov_vfio_device_detach_iommufd_pt vfio_device_detach_iommufd_pt
#define SIOV_IOMMU_DESTROY                 IOMMU_DESTROY
#define SIOV_IOMMU_IOAS_ALLOC              IOMMU_IOAS_ALLOC
#define SIOV_IOMMU_IOAS_MAP                IOMMU_IOAS_MAP
#define SIOV_IOMMU_IOAS_UNMAP              IOMMU_IOAS_UNMAP
#define SIOV_IOMMU_HWPT_ALLOC              IOMMU_HWPT_ALLOC
#define SIOV_IOMMU_IOAS_MAP_FIXED_IOVA     IOMMU_IOAS_MAP_FIXED_IOVA
#define SIOV_IOMMU_IOAS_MAP_WRITEABLE      IOMMU_IOAS_MAP_WRITEABLE
#define SIOV_IOMMU_IOAS_MAP_READABLE       IOMMU_IOAS_MAP_READABLE
#define SIOV_IOMMU_HWPT_ALLOC_PASID        IOMMU_HWPT_ALLOC_PASID
#define SIOV_VFIO_DEVICE_BIND_IOMMUFD      VFIO_DEVICE_BIND_IOMMUFD
#define SIOV_VFIO_DEVICE_ATTACH_IOMMUFD_PT VFIO_DEVICE_ATTACH_IOMMUFD_PT
#define SIOV_VFIO_DEVICE_DETACH_IOMMUFD_PT VFIO_DEVICE_DETACH_IOMMUFD_PT
#define SIOV_VFIO_DEVICE_ATTACH_PASID      VFIO_DEVICE_ATTACH_PASID
#define SIOV_VFIO_DEVICE_DETACH_PASID      VFIO_DEVICE_DETACH_PASID
#else
#include "iommufd_compat.h"
#endif

#define SYSFS_PCI        "/sys/bus/pci/devices"
#define PCI_IOVA_BASE    0x10000000ull /* first IOVA of every address space */
#define PCI_IOVA_GUARD   4096ull       /* unmapped gap after every buffer */
#define PCI_MAX_AS       64            /* address space ids 1..63 */
#define PCI_PASID_LIMIT  (1u << 20)
#define DEFAULT_CLOCK_MHZ 250.0

enum pci_mode {
	MODE_NONE,	/* configuration space only (dump, or not root and not vfio-pci) */
	MODE_SYSFS,	/* BARs from sysfs resourceN, no DMA, no interrupts */
	MODE_IOMMUFD,	/* VFIO cdev bound to iommufd */
	MODE_LEGACY,	/* VFIO group + type1v2 container */
};

struct pci_as {
	bool used;
	bool pasid_ok;		/* page table allocated with IOMMU_HWPT_ALLOC_PASID */
	uint32_t ioas_id;
	uint32_t pt_id;		/* what ATTACH_IOMMUFD_PT gets: the HWPT (or the IOAS) */
	uint64_t iova_next;
};

struct pci_dma {
	struct pci_dma *next;
	void *cpu;
	size_t len;
	uint64_t iova;
	int as;
};

struct pci_priv {
	struct pci_access *pacc;
	struct pci_dev *pdev;
	char bdf[32];		/* DDDD:BB:DD.F */
	char driver[64];	/* kernel driver bound to the function ("" if none) */
	enum pci_mode mode;
	bool writeable;
	int devfd, iommufd, groupfd, containerfd;
	uint32_t devid;
	void *bar_map[6];
	uint64_t bar_len[6];
	uint64_t bar_off[6];	/* VFIO region offset in the device fd */
	bool bar_rw[6];		/* VFIO region usable with pread/pwrite (if not mmap()ed) */
	struct pci_as as[PCI_MAX_AS];
	struct pci_dma *dma;
	int *efd;
	unsigned int nefd;
	uint64_t khz;		/* device clock */
	bool told_no_vfio, told_no_bars, told_split64, told_no_dmwr;
};

/* ---- libpci glue ------------------------------------------------------------------------- */

static _Thread_local jmp_buf *lp_catch;

static void lp_error(char *msg, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void lp_error(char *msg, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, msg);
	vsnprintf(buf, sizeof(buf), msg, ap);
	va_end(ap);
	siov_log(SIOV_LOG_ERR, "libpci: %s", buf);
	if (lp_catch)
		longjmp(*lp_catch, 1);
	/* Not reached: every call into libpci is made through lp_try(), and this hook must not
	 * return (libpci continues as if it had exited). */
	abort();
}

static void lp_warning(char *msg, ...) __attribute__((format(printf, 1, 2)));
static void lp_warning(char *msg, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, msg);
	vsnprintf(buf, sizeof(buf), msg, ap);
	va_end(ap);
	siov_log(SIOV_LOG_WARN, "libpci: %s", buf);
}

struct lp_call {
	struct pci_access *a;
	struct pci_dev *d;
	int pos;
	unsigned int be;
	uint32_t val;
	int ok;
};

/* Run fn(c) with libpci's error hook pointed here: 0, or -EIO if libpci gave up. */
static int lp_try(void (*fn)(struct lp_call *c), struct lp_call *c)
{
	jmp_buf jb;
	jmp_buf *prev = lp_catch;

	if (setjmp(jb)) {
		lp_catch = prev;
		return -EIO;
	}
	lp_catch = &jb;
	fn(c);
	lp_catch = prev;
	return 0;
}

static void lp_do_init(struct lp_call *c)
{
	pci_init(c->a);
	pci_scan_bus(c->a);
}

static void lp_do_ident(struct lp_call *c)
{
	pci_fill_info(c->d, PCI_FILL_IDENT);
}

/* Does the function carry the Intel Scalable IOV DVSEC? (c->ok) */
static void lp_do_siov(struct lp_call *c)
{
	unsigned int n = 0;

	c->ok = 0;
	pci_fill_info(c->d, PCI_FILL_IDENT | PCI_FILL_EXT_CAPS);
	/* Extended capabilities are only walked behind a PCI Express capability (as in caps.c). */
	pci_find_cap_nr(c->d, PCI_EXT_CAP_ID_DVSEC, PCI_CAP_EXTENDED, &n);
	for (unsigned int i = 0; i < n && !c->ok; i++) {
		unsigned int k = i;
		struct pci_cap *cap = pci_find_cap_nr(c->d, PCI_EXT_CAP_ID_DVSEC, PCI_CAP_EXTENDED,
						      &k);
		uint32_t h1, h2;

		if (!cap)
			break;
		h1 = pci_read_long(c->d, (int)cap->addr + PCI_DVSEC_HEADER1);
		h2 = pci_read_long(c->d, (int)cap->addr + PCI_DVSEC_HEADER2);
		if (PCI_DVSEC_HEADER1_VID(h1) == SIOV_DVSEC_VENDOR_INTEL &&
		    PCI_DVSEC_HEADER2_ID(h2) == SIOV_DVSEC_ID_SIOV)
			c->ok = 1;
	}
}

static void lp_do_read(struct lp_call *c)
{
	c->val = pci_read_long(c->d, c->pos);
}

/* Write the enabled bytes only, as naturally aligned dword, words and bytes: bytes whose enable
 * is clear are never written (no read-modify-write, which would disturb RW1C bits). */
static void lp_do_write(struct lp_call *c)
{
	c->ok = 1;
	if (c->be == 0xf) {
		c->ok = pci_write_long(c->d, c->pos, c->val);
		return;
	}
	for (unsigned int k = 0; k < 4; k++) {
		if (!(c->be & (1u << k)))
			continue;
		if (!(k & 1) && (c->be & (2u << k))) {
			c->ok &= pci_write_word(c->d, c->pos + (int)k, (u16)(c->val >> (8 * k)));
			k++;
		} else {
			c->ok &= pci_write_byte(c->d, c->pos + (int)k, (u8)(c->val >> (8 * k)));
		}
	}
}

/* Open libpci with the given method (PCI_ACCESS_AUTO: the default) and scan. */
static int lp_open(struct pci_access **ap, unsigned int method, const char *dump, bool writeable)
{
	struct pci_access *a = pci_alloc();
	struct lp_call c = { .a = a };

	*ap = NULL;
	if (!a)
		return -ENOMEM;
	a->error = lp_error;
	a->warning = lp_warning;
	a->method = method;
	a->writeable = writeable;
	if (dump) {
		char name[PATH_MAX];

		snprintf(name, sizeof(name), "%s", dump);
		if (pci_set_param(a, "dump.name", name)) {
			pci_cleanup(a);
			return -EINVAL;
		}
	}
	if (lp_try(lp_do_init, &c)) {
		pci_cleanup(a);
		return -EIO;
	}
	*ap = a;
	return 0;
}

static int bdf_cmp(const void *x, const void *y)
{
	const struct pci_dev *a = *(const struct pci_dev *const *)x;
	const struct pci_dev *b = *(const struct pci_dev *const *)y;

	if (a->domain != b->domain)
		return a->domain < b->domain ? -1 : 1;
	if (a->bus != b->bus)
		return a->bus < b->bus ? -1 : 1;
	if (a->dev != b->dev)
		return a->dev < b->dev ? -1 : 1;
	return (a->func > b->func) - (a->func < b->func);
}

/* The functions that carry the SIOV DVSEC, in BDF order (lspci's order). *out is malloc()ed. */
static int lp_siov_devices(struct pci_access *a, struct pci_dev ***out, size_t *n)
{
	size_t count = 0, cap = 0;
	struct pci_dev **v = NULL;

	for (struct pci_dev *d = a->devices; d; d = d->next) {
		struct lp_call c = { .d = d };

		if (lp_try(lp_do_siov, &c) || !c.ok)
			continue;
		if (count == cap) {
			struct pci_dev **nv = realloc(v, (cap ? 2 * cap : 8) * sizeof(*v));

			if (!nv) {
				free(v);
				return -ENOMEM;
			}
			v = nv;
			cap = cap ? 2 * cap : 8;
		}
		v[count++] = d;
	}
	if (count)
		qsort(v, count, sizeof(*v), bdf_cmp);
	*out = v;
	*n = count;
	return 0;
}

/* "BB:DD.F" or "DDDD:BB:DD.F". */
static int parse_bdf(const char *s, int *dom, int *bus, int *dev, int *fn)
{
	unsigned int a, b, c, f;
	int n = -1;
	size_t len = strlen(s);

	if (!len || strspn(s, "0123456789abcdefABCDEF:.") != len)
		return -EINVAL;
	if (sscanf(s, "%x:%x:%x.%x%n", &a, &b, &c, &f, &n) == 4 && n == (int)len) {
		if (a > INT_MAX)
			return -EINVAL;
		*dom = (int)a;
	} else if (n = -1, sscanf(s, "%x:%x.%x%n", &b, &c, &f, &n) == 3 && n == (int)len) {
		*dom = 0;
	} else {
		return -EINVAL;
	}
	if (b > 0xff || c > 0x1f || f > 7)
		return -EINVAL;
	*bus = (int)b;
	*dev = (int)c;
	*fn = (int)f;
	return 0;
}

/* BDF as lspci prints it: the domain only when it is not 0 (or always, with full). */
static void fmt_bdf(const struct pci_dev *d, bool full, char *buf, size_t size)
{
	if (full || d->domain)
		snprintf(buf, size, "%04x:%02x:%02x.%d", (unsigned int)d->domain, d->bus, d->dev,
			 d->func);
	else
		snprintf(buf, size, "%02x:%02x.%d", d->bus, d->dev, d->func);
}

static struct pci_dev *lp_find(struct pci_access *a, int dom, int bus, int dev, int fn)
{
	for (struct pci_dev *d = a->devices; d; d = d->next)
		if (d->domain == dom && d->bus == bus && d->dev == dev && d->func == fn)
			return d;
	return NULL;
}

/* ---- private state ----------------------------------------------------------------------- */

static struct pci_priv *priv_alloc(void)
{
	struct pci_priv *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	p->devfd = p->iommufd = p->groupfd = p->containerfd = -1;
	p->khz = (uint64_t)(DEFAULT_CLOCK_MHZ * 1000);
	return p;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

static void irq_release(struct pci_priv *p)
{
	for (unsigned int v = 0; v < p->nefd; v++)
		close_fd(&p->efd[v]);
	free(p->efd);
	p->efd = NULL;
	p->nefd = 0;
}

static void bars_release(struct pci_priv *p)
{
	for (unsigned int i = 0; i < 6; i++) {
		if (p->bar_map[i])
			munmap(p->bar_map[i], (size_t)p->bar_len[i]);
		p->bar_map[i] = NULL;
		p->bar_len[i] = 0;
		p->bar_rw[i] = false;
	}
}

static void vfio_release(struct pci_priv *p)
{
	if (p->nefd && p->devfd >= 0) {
		struct vfio_irq_set s = {
			.argsz = sizeof(s),
			.flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER,
			.index = VFIO_PCI_MSIX_IRQ_INDEX,
		};

		ioctl(p->devfd, VFIO_DEVICE_SET_IRQS, &s);
	}
	irq_release(p);
	bars_release(p);
	/* Closing the device and the iommufd / container drops every IOMMU mapping. */
	close_fd(&p->devfd);
	close_fd(&p->iommufd);
	close_fd(&p->groupfd);
	close_fd(&p->containerfd);
	memset(p->as, 0, sizeof(p->as));
	p->mode = MODE_NONE;
}

static void priv_free(struct pci_priv *p)
{
	if (!p)
		return;
	vfio_release(p);
	while (p->dma) {
		struct pci_dma *m = p->dma;

		p->dma = m->next;
		munmap(m->cpu, m->len);
		free(m);
	}
	if (p->pacc)
		pci_cleanup(p->pacc);
	free(p);
}

/* Shared by both backends. */
static void lp_close_op(struct siov_dev *dev)
{
	priv_free(siov_priv(dev));
	siov_set_priv(dev, NULL);
}

static int lp_cfg_read_op(struct siov_dev *dev, unsigned int off, uint32_t *val)
{
	struct pci_priv *p = siov_priv(dev);
	struct lp_call c = { .d = p->pdev, .pos = (int)off };

	/* libpci returns all ones for a register it cannot read, as a master abort would. */
	if (lp_try(lp_do_read, &c))
		return -EIO;
	*val = c.val;
	return 0;
}

/* ---- dump backend ------------------------------------------------------------------------ */

/* Split "<file>[@<bdf>]" (the last '@' followed by a valid BDF). */
static int dump_parse(const char *arg, char *file, size_t size, bool *have_bdf, int bdf[4])
{
	const char *at = strrchr(arg, '@');
	size_t len = strlen(arg);

	*have_bdf = false;
	if (at && !parse_bdf(at + 1, &bdf[0], &bdf[1], &bdf[2], &bdf[3])) {
		*have_bdf = true;
		len = (size_t)(at - arg);
	}
	if (!len) {
		siov_log(SIOV_LOG_ERR, "dump: give a file, as dump:<file> or dump:<file>@<bdf>");
		return -EINVAL;
	}
	if (len >= size)
		return -ENAMETOOLONG;
	memcpy(file, arg, len);
	file[len] = 0;
	if (access(file, R_OK)) {
		int e = errno;

		siov_log(SIOV_LOG_ERR, "dump: %s: %s", file, strerror(e));
		return -e;
	}
	return 0;
}

static int dump_open_op(struct siov_dev *dev, const char *arg, unsigned int flags)
{
	char file[PATH_MAX], bdf[32], name[64];
	struct pci_priv *p;
	bool have_bdf;
	int want[4], ret;

	(void)flags;
	ret = dump_parse(arg, file, sizeof(file), &have_bdf, want);
	if (ret)
		return ret;
	p = priv_alloc();
	if (!p)
		return -ENOMEM;
	ret = lp_open(&p->pacc, PCI_ACCESS_DUMP, file, false);
	if (ret)
		goto fail;
	if (have_bdf) {
		p->pdev = lp_find(p->pacc, want[0], want[1], want[2], want[3]);
		if (!p->pdev)
			siov_log(SIOV_LOG_ERR, "dump: %s has no function %s", file,
				 strrchr(arg, '@') + 1);
	} else {
		struct pci_dev **v;
		size_t n;

		ret = lp_siov_devices(p->pacc, &v, &n);
		if (ret)
			goto fail;
		p->pdev = n ? v[0] : NULL;
		free(v);
		if (!p->pdev)
			siov_log(SIOV_LOG_ERR, "dump: %s has no function with the Intel SIOV DVSEC",
				 file);
	}
	if (!p->pdev) {
		ret = -ENODEV;
		goto fail;
	}
	fmt_bdf(p->pdev, false, bdf, sizeof(bdf));
	snprintf(p->bdf, sizeof(p->bdf), "%s", bdf);
	snprintf(name, sizeof(name), "dump:%s", bdf);
	siov_set_name(dev, name);
	siov_set_priv(dev, p);
	return 0;
fail:
	priv_free(p);
	return ret;
}

static int dump_cfg_write_op(struct siov_dev *dev, unsigned int off, uint32_t val,
			     unsigned int be)
{
	(void)dev;
	(void)off;
	(void)val;
	(void)be;
	return -EROFS;
}

static int dump_list_op(void (*fn)(const char *spec, void *arg), void *arg, const char *where)
{
	struct pci_access *a;
	struct pci_dev **v;
	size_t n;
	int ret;

	if (!where || !*where) {
		siov_log(SIOV_LOG_ERR, "dump: list needs a file: dump:<file>");
		return -EINVAL;
	}
	if (access(where, R_OK)) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "dump: %s: %s", where, strerror(-ret));
		return ret;
	}
	ret = lp_open(&a, PCI_ACCESS_DUMP, where, false);
	if (ret)
		return ret;
	ret = lp_siov_devices(a, &v, &n);
	if (!ret) {
		for (size_t i = 0; i < n; i++) {
			char bdf[32], spec[PATH_MAX + 48];

			fmt_bdf(v[i], false, bdf, sizeof(bdf));
			snprintf(spec, sizeof(spec), "dump:%s@%s", where, bdf);
			fn(spec, arg);
		}
		free(v);
	}
	pci_cleanup(a);
	return ret;
}

const struct siov_platform_ops siov_platform_dump = {
	.name = "dump",
	.open = dump_open_op,
	.close = lp_close_op,
	.list = dump_list_op,
	.cfg_read = lp_cfg_read_op,
	.cfg_write = dump_cfg_write_op,
};

/* ---- pci backend: time ------------------------------------------------------------------- */

static uint64_t clock_khz(void)
{
	static bool told;
	const char *s = getenv("SIOV_CLOCK_MHZ");
	double mhz = DEFAULT_CLOCK_MHZ;

	if (s && *s) {
		char *end;
		double v = strtod(s, &end);

		if (!*end && v >= 0.001 && v <= 1e6)
			mhz = v;
		else if (!told)
			siov_log(SIOV_LOG_WARN, "SIOV_CLOCK_MHZ=%s is not a frequency in MHz: "
				 "using %g", s, DEFAULT_CLOCK_MHZ);
		told = true;
	}
	return (uint64_t)(mhz * 1000.0 + 0.5);
}

static uint64_t cycles_to_ns(const struct pci_priv *p, uint64_t cycles)
{
	uint64_t q = cycles / p->khz, r = cycles % p->khz;

	if (q > (UINT64_MAX - 1000000) / 1000000)
		return UINT64_MAX;
	return q * 1000000 + r * 1000000 / p->khz;
}

static uint64_t ns_to_cycles(const struct pci_priv *p, uint64_t ns)
{
	uint64_t q = ns / 1000000, r = ns % 1000000;

	return q * p->khz + r * p->khz / 1000000;
}

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t deadline_after(uint64_t ns)
{
	uint64_t now = mono_ns();

	return ns > UINT64_MAX - now ? UINT64_MAX : now + ns;
}

static uint64_t pci_now_op(struct siov_dev *dev)
{
	return ns_to_cycles(siov_priv(dev), mono_ns());
}

static void pci_wait_op(struct siov_dev *dev, uint64_t cycles)
{
	uint64_t end = deadline_after(cycles_to_ns(siov_priv(dev), cycles));
	struct timespec ts;

	ts.tv_sec = (time_t)(end / 1000000000ull);
	ts.tv_nsec = (long)(end % 1000000000ull);
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
		;
}

/* ---- pci backend: BARs ------------------------------------------------------------------- */

static bool is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* Basename of the symlink <sysfs device>/<link> ("" if absent). */
static void sysfs_link(const struct pci_priv *p, const char *link, char *buf, size_t size)
{
	char path[PATH_MAX], target[PATH_MAX];
	const char *base;
	ssize_t n;
	size_t len;

	buf[0] = 0;
	snprintf(path, sizeof(path), SYSFS_PCI "/%s/%s", p->bdf, link);
	n = readlink(path, target, sizeof(target) - 1);
	if (n <= 0)
		return;
	target[n] = 0;
	base = strrchr(target, '/');
	base = base ? base + 1 : target;
	len = strlen(base);
	if (len >= size)
		len = size - 1;
	memcpy(buf, base, len);
	buf[len] = 0;
}

static int sysfs_map_bars(struct pci_priv *p)
{
	unsigned int mapped = 0;

	for (unsigned int i = 0; i < 6; i++) {
		char path[PATH_MAX];
		struct stat st;
		void *m;
		int fd;

		snprintf(path, sizeof(path), SYSFS_PCI "/%s/resource%u", p->bdf, i);
		fd = open(path, O_RDWR | O_CLOEXEC | O_SYNC);
		if (fd < 0)
			continue;
		if (fstat(fd, &st) || st.st_size <= 0) {
			close(fd);
			continue;
		}
		m = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		close(fd);
		if (m == MAP_FAILED) {
			/* I/O BARs, or kernel lockdown. */
			siov_log(SIOV_LOG_DEBUG, "%s: cannot mmap %s: %s", p->bdf, path,
				 strerror(errno));
			continue;
		}
		p->bar_map[i] = m;
		p->bar_len[i] = (uint64_t)st.st_size;
		mapped++;
	}
	p->mode = MODE_SYSFS;
	siov_log(SIOV_LOG_INFO, "%s: %u BAR(s) mapped from sysfs (driver %s): no DMA or interrupts",
		 p->bdf, mapped, p->driver[0] ? p->driver : "none");
	return 0;
}

static int vfio_cdev_open(struct pci_priv *p)
{
	struct siov_vfio_device_bind_iommufd bind = { .argsz = sizeof(bind) };
	char path[PATH_MAX], node[NAME_MAX + 1] = "";
	struct dirent *e;
	DIR *dir;
	int ret;

	snprintf(path, sizeof(path), SYSFS_PCI "/%s/vfio-dev", p->bdf);
	dir = opendir(path);
	if (!dir)
		return -errno;
	while ((e = readdir(dir)))
		if (!strncmp(e->d_name, "vfio", 4)) {
			snprintf(node, sizeof(node), "%s", e->d_name);
			break;
		}
	closedir(dir);
	if (!node[0])
		return -ENOENT;
	snprintf(path, sizeof(path), "/dev/vfio/devices/%s", node);
	p->devfd = open(path, O_RDWR | O_CLOEXEC);
	if (p->devfd < 0) {
		ret = -errno;
		siov_log(SIOV_LOG_INFO, "%s: %s: %s", p->bdf, path, strerror(-ret));
		return ret;
	}
	p->iommufd = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	if (p->iommufd < 0) {
		ret = -errno;
		siov_log(SIOV_LOG_INFO, "%s: /dev/iommu: %s", p->bdf, strerror(-ret));
		goto fail;
	}
	bind.iommufd = p->iommufd;
	if (ioctl(p->devfd, SIOV_VFIO_DEVICE_BIND_IOMMUFD, &bind)) {
		ret = -errno;
		siov_log(SIOV_LOG_INFO, "%s: VFIO_DEVICE_BIND_IOMMUFD: %s", p->bdf, strerror(-ret));
		goto fail;
	}
	p->devid = bind.out_devid;
	p->mode = MODE_IOMMUFD;
	siov_log(SIOV_LOG_DEBUG, "%s: %s bound to iommufd (device id %u)", p->bdf, path, p->devid);
	return 0;
fail:
	close_fd(&p->iommufd);
	close_fd(&p->devfd);
	return ret;
}

static int vfio_group_open(struct pci_priv *p)
{
	struct vfio_group_status st = { .argsz = sizeof(st) };
	char group[64], path[PATH_MAX];
	int ret;

	sysfs_link(p, "iommu_group", group, sizeof(group));
	if (!group[0]) {
		siov_log(SIOV_LOG_ERR, "%s: no IOMMU group (is the IOMMU enabled?)", p->bdf);
		return -ENODEV;
	}
	p->containerfd = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	if (p->containerfd < 0) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "%s: /dev/vfio/vfio: %s", p->bdf, strerror(-ret));
		return ret;
	}
	if (ioctl(p->containerfd, VFIO_GET_API_VERSION) != VFIO_API_VERSION ||
	    ioctl(p->containerfd, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) <= 0) {
		siov_log(SIOV_LOG_ERR, "%s: the VFIO container does not offer the type1v2 IOMMU",
			 p->bdf);
		ret = -EOPNOTSUPP;
		goto fail;
	}
	snprintf(path, sizeof(path), "/dev/vfio/%s", group);
	p->groupfd = open(path, O_RDWR | O_CLOEXEC);
	if (p->groupfd < 0) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "%s: %s: %s", p->bdf, path, strerror(-ret));
		goto fail;
	}
	if (ioctl(p->groupfd, VFIO_GROUP_GET_STATUS, &st)) {
		ret = -errno;
		goto fail;
	}
	if (!(st.flags & VFIO_GROUP_FLAGS_VIABLE)) {
		siov_log(SIOV_LOG_ERR, "%s: IOMMU group %s is not viable: bind every device in "
			 "it to vfio-pci", p->bdf, group);
		ret = -EBUSY;
		goto fail;
	}
	if (ioctl(p->groupfd, VFIO_GROUP_SET_CONTAINER, &p->containerfd) ||
	    ioctl(p->containerfd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU)) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "%s: setting up the VFIO container: %s", p->bdf,
			 strerror(-ret));
		goto fail;
	}
	p->devfd = ioctl(p->groupfd, VFIO_GROUP_GET_DEVICE_FD, p->bdf);
	if (p->devfd < 0) {
		ret = -errno;
		p->devfd = -1;
		siov_log(SIOV_LOG_ERR, "%s: VFIO_GROUP_GET_DEVICE_FD: %s", p->bdf, strerror(-ret));
		goto fail;
	}
	p->mode = MODE_LEGACY;
	siov_log(SIOV_LOG_DEBUG, "%s: VFIO group %s, type1v2 container", p->bdf, group);
	return 0;
fail:
	close_fd(&p->groupfd);
	close_fd(&p->containerfd);
	return ret;
}

static int vfio_map_bars(struct pci_priv *p)
{
	for (unsigned int i = 0; i < 6; i++) {
		struct vfio_region_info ri = {
			.argsz = sizeof(ri),
			.index = VFIO_PCI_BAR0_REGION_INDEX + i,
		};
		void *m;

		if (ioctl(p->devfd, VFIO_DEVICE_GET_REGION_INFO, &ri)) {
			int e = errno;

			siov_log(SIOV_LOG_ERR, "%s: VFIO_DEVICE_GET_REGION_INFO(%u): %s", p->bdf, i,
				 strerror(e));
			return -e;
		}
		if (!ri.size)
			continue;
		p->bar_len[i] = ri.size;
		p->bar_off[i] = ri.offset;
		p->bar_rw[i] = (ri.flags & VFIO_REGION_INFO_FLAG_READ) &&
			       (ri.flags & VFIO_REGION_INFO_FLAG_WRITE);
		if (!(ri.flags & VFIO_REGION_INFO_FLAG_MMAP))
			continue;
		m = mmap(NULL, (size_t)ri.size, PROT_READ | PROT_WRITE, MAP_SHARED, p->devfd,
			 (off_t)ri.offset);
		if (m == MAP_FAILED) {
			/* E.g. an older kernel that keeps the MSI-X table out of the mapping. */
			siov_log(SIOV_LOG_DEBUG, "%s: BAR%u not mmap()able (%s): using read/write",
				 p->bdf, i, strerror(errno));
			continue;
		}
		p->bar_map[i] = m;
	}
	return 0;
}

static int pci_setup_bars(struct siov_dev *dev, struct pci_priv *p)
{
	char path[PATH_MAX];
	bool root = geteuid() == 0;
	int ret;

	sysfs_link(p, "driver", p->driver, sizeof(p->driver));
	snprintf(path, sizeof(path), SYSFS_PCI "/%s/vfio-dev", p->bdf);
	/* vfio-pci, or a vendor variant of it (those also create vfio-dev/). */
	if (!strcmp(p->driver, "vfio-pci") || is_dir(path)) {
		ret = vfio_cdev_open(p);
		if (ret) {
			siov_log(SIOV_LOG_INFO, "%s: no VFIO cdev / iommufd (%s): using the VFIO "
				 "group", p->bdf, strerror(-ret));
			ret = vfio_group_open(p);
		}
		if (!ret)
			ret = vfio_map_bars(p);
		if (!ret)
			goto done;
		vfio_release(p);
		siov_log(SIOV_LOG_WARN, "%s: bound to %s but VFIO is not usable (%s)%s", p->bdf,
			 p->driver, strerror(-ret),
			 root ? ": mapping BARs through sysfs, without DMA or interrupts" : "");
	}
	if (root)
		sysfs_map_bars(p);
	else
		siov_log(SIOV_LOG_INFO, "%s: not root and not bound to vfio-pci: configuration "
			 "space only", p->bdf);
done:
	for (unsigned int i = 0; i < 6; i++)
		dev->bar[i].size = p->bar_len[i];
	return 0;
}

/* ---- pci backend: open, list, configuration space ---------------------------------------- */

static int pci_open_op(struct siov_dev *dev, const char *arg, unsigned int flags)
{
	struct pci_priv *p;
	char name[64];
	int dom = 0, bus = 0, slot = 0, fn = 0, ret;
	bool want = arg && *arg;

	(void)flags;
	if (want && parse_bdf(arg, &dom, &bus, &slot, &fn)) {
		siov_log(SIOV_LOG_ERR, "pci:%s: not a BDF (DDDD:BB:DD.F or BB:DD.F)", arg);
		return -EINVAL;
	}
	p = priv_alloc();
	if (!p)
		return -ENOMEM;
	p->khz = clock_khz();
	p->writeable = geteuid() == 0;
	ret = lp_open(&p->pacc, PCI_ACCESS_AUTO, NULL, p->writeable);
	if (ret)
		goto fail;
	if (want) {
		struct lp_call c;

		p->pdev = lp_find(p->pacc, dom, bus, slot, fn);
		c = (struct lp_call){ .d = p->pdev };
		if (!p->pdev || lp_try(lp_do_ident, &c) || p->pdev->vendor_id == 0xffff) {
			siov_log(SIOV_LOG_ERR, "pci:%s: no such function", arg);
			ret = -ENODEV;
			goto fail;
		}
	} else {
		struct pci_dev **v;
		size_t n;

		ret = lp_siov_devices(p->pacc, &v, &n);
		if (ret)
			goto fail;
		p->pdev = n ? v[0] : NULL;
		free(v);
		if (!p->pdev) {
			siov_log(SIOV_LOG_ERR, "pci: no function with the Intel SIOV DVSEC%s",
				 p->writeable ? "" : " (not root: only the first 64 bytes of "
				 "configuration space are readable, so none can be found)");
			ret = -ENODEV;
			goto fail;
		}
	}
	fmt_bdf(p->pdev, true, p->bdf, sizeof(p->bdf));
	snprintf(name, sizeof(name), "pci:%s", p->bdf);
	siov_set_name(dev, name);
	ret = pci_setup_bars(dev, p);
	if (ret)
		goto fail;
	siov_set_priv(dev, p);
	return 0;
fail:
	priv_free(p);
	return ret;
}

static int pci_cfg_write_op(struct siov_dev *dev, unsigned int off, uint32_t val,
			    unsigned int be)
{
	struct pci_priv *p = siov_priv(dev);
	struct lp_call c = { .d = p->pdev, .pos = (int)off, .val = val, .be = be & 0xf };

	if (!c.be)
		return 0;
	if (!p->writeable) {
		siov_log(SIOV_LOG_ERR, "%s: configuration writes need root", p->bdf);
		return -EPERM;
	}
	if (lp_try(lp_do_write, &c))
		return -EIO;
	return c.ok ? 0 : -EIO;
}

/* Every function with the SIOV DVSEC, through libpci's default method. No privileges are needed
 * to scan, but the kernel shows unprivileged readers only the first 64 bytes of configuration
 * space: the capability lists are then invisible and nothing is found. */
static int pci_list_op(void (*fn)(const char *spec, void *arg), void *arg, const char *where)
{
	struct pci_access *a;
	struct pci_dev **v;
	size_t n;
	int ret;

	(void)where;
	ret = lp_open(&a, PCI_ACCESS_AUTO, NULL, false);
	if (ret)
		return ret;
	ret = lp_siov_devices(a, &v, &n);
	if (!ret) {
		for (size_t i = 0; i < n; i++) {
			char bdf[32], spec[48];

			fmt_bdf(v[i], true, bdf, sizeof(bdf));
			snprintf(spec, sizeof(spec), "pci:%s", bdf);
			fn(spec, arg);
		}
		if (!n && geteuid())
			siov_log(SIOV_LOG_INFO, "pci: not root, so capability lists are unreadable "
				 "and no function can be recognized");
		free(v);
	}
	pci_cleanup(a);
	return ret;
}

/* ---- pci backend: MMIO ------------------------------------------------------------------- */

static int bar_check(struct pci_priv *p, unsigned int bar, uint64_t off, size_t len)
{
	if (!p->bar_map[bar] && !p->bar_rw[bar]) {
		if (!p->told_no_bars) {
			p->told_no_bars = true;
			siov_log(SIOV_LOG_ERR, "%s: BAR%u is not mapped (MMIO needs root, or the "
				 "device bound to vfio-pci)", p->bdf, bar);
		}
		return -EOPNOTSUPP;
	}
	if (off >= p->bar_len[bar] || len > p->bar_len[bar] - off)
		return -EINVAL;
	return 0;
}

/* Largest naturally aligned access (8, 4, 2 or 1 bytes) at off that fits in len. */
static size_t chunk(uint64_t off, size_t len)
{
	size_t n = 8;

	while (n > 1 && ((off & (n - 1)) || n > len))
		n >>= 1;
	return n;
}

/* ---- x86 64-byte stores: MOVDIR64B (one posted write) and ENQCMD (one DMWr) ------------------ */

#define CPUID7_ECX_MOVDIR64B (1u << 28)
#define CPUID7_ECX_ENQCMD    (1u << 29)

struct blk64 {
	char b[64];
};

#if defined(__x86_64__)
static bool cpu_has(unsigned int ecx_bit)
{
	static unsigned int ecx; /* CPUID.(EAX=7,ECX=0):ECX, read once */
	static bool ecx_read;
	unsigned int a, b, c, d;

	if (!ecx_read) {
		ecx = __get_cpuid_count(7, 0, &a, &b, &c, &d) ? c : 0;
		ecx_read = true;
	}
	return ecx & ecx_bit;
}

/* MOVDIR64B [rdx] -> (rax): encoded by hand for assemblers that do not know it (as Linux does). */
static void movdir64b(void *dst, const void *src)
{
	struct blk64 *d = dst;
	const struct blk64 *s = src;

	__asm__ __volatile__(".byte 0x66, 0x0f, 0x38, 0xf8, 0x02"
			     : "+m"(*d)
			     : "m"(*s), "a"(d), "d"(s));
}

/* ENQCMD [rdx] -> (rax): true when the device asked for a retry (ZF = 1). */
static bool enqcmd(void *dst, const void *src)
{
	struct blk64 *d = dst;
	const struct blk64 *s = src;
	bool retry;

	__asm__ __volatile__(".byte 0xf2, 0x0f, 0x38, 0xf8, 0x02"
		     : "=@ccz"(retry), "+m"(*d)
		     : "m"(*s), "a"(d), "d"(s)
		     : "memory");
	return retry;
}
#else
static bool cpu_has(unsigned int ecx_bit)
{
	(void)ecx_bit;
	return false;
}

static void movdir64b(void *dst, const void *src)
{
	(void)dst;
	(void)src;
}

static bool enqcmd(void *dst, const void *src)
{
	(void)dst;
	(void)src;
	return true;
}
#endif

/*
 * One access per naturally aligned 1/2/4/8-byte piece; lengths above 8 (up to 64) become a
 * sequence of 8-byte accesses, except that an aligned 64-byte write to a mapped BAR is one
 * MOVDIR64B when the CPU has it (a dedicated portal needs the 64 bytes in one posted write).
 */
static int pci_mmio_read_op(struct siov_dev *dev, unsigned int bar, uint64_t off, void *buf,
			    size_t len)
{
	struct pci_priv *p = siov_priv(dev);
	uint8_t *b = buf;
	int ret = bar_check(p, bar, off, len);

	if (ret)
		return ret;
	for (size_t done = 0; done < len;) {
		uint64_t o = off + done;
		size_t n = chunk(o, len - done);

		if (p->bar_map[bar]) {
			volatile uint8_t *a = (volatile uint8_t *)p->bar_map[bar] + o;
			uint64_t v8;
			uint32_t v4;
			uint16_t v2;
			uint8_t v1;

			switch (n) {
			case 8:
				v8 = *(volatile uint64_t *)a;
				memcpy(b + done, &v8, 8);
				break;
			case 4:
				v4 = *(volatile uint32_t *)a;
				memcpy(b + done, &v4, 4);
				break;
			case 2:
				v2 = *(volatile uint16_t *)a;
				memcpy(b + done, &v2, 2);
				break;
			default:
				v1 = *a;
				b[done] = v1;
				break;
			}
		} else {
			ssize_t r = pread(p->devfd, b + done, n, (off_t)(p->bar_off[bar] + o));

			if (r != (ssize_t)n)
				return r < 0 ? -errno : -EIO;
		}
		done += n;
	}
	/* Later loads (e.g. of DMA memory the read said is ready) must not move above this. */
	atomic_thread_fence(memory_order_acquire);
	return 0;
}

static int pci_mmio_write_op(struct siov_dev *dev, unsigned int bar, uint64_t off,
			     const void *buf, size_t len)
{
	struct pci_priv *p = siov_priv(dev);
	const uint8_t *b = buf;
	int ret = bar_check(p, bar, off, len);

	if (ret)
		return ret;
	/* Earlier stores (e.g. descriptors in DMA memory) must be visible before the doorbell. */
	atomic_thread_fence(memory_order_release);
	if (len == 64 && !(off & 63) && p->bar_map[bar]) {
		if (cpu_has(CPUID7_ECX_MOVDIR64B)) {
			movdir64b((uint8_t *)p->bar_map[bar] + off, buf);
			return 0;
		}
		if (!p->told_split64) {
			p->told_split64 = true;
			siov_log(SIOV_LOG_WARN, "%s: no MOVDIR64B on this CPU: 64-byte writes are "
				 "split into 8-byte writes (a dedicated portal drops them)",
				 p->bdf);
		}
	}
	for (size_t done = 0; done < len;) {
		uint64_t o = off + done;
		size_t n = chunk(o, len - done);

		if (p->bar_map[bar]) {
			volatile uint8_t *a = (volatile uint8_t *)p->bar_map[bar] + o;
			uint64_t v8;
			uint32_t v4;
			uint16_t v2;

			switch (n) {
			case 8:
				memcpy(&v8, b + done, 8);
				*(volatile uint64_t *)a = v8;
				break;
			case 4:
				memcpy(&v4, b + done, 4);
				*(volatile uint32_t *)a = v4;
				break;
			case 2:
				memcpy(&v2, b + done, 2);
				*(volatile uint16_t *)a = v2;
				break;
			default:
				*a = b[done];
				break;
			}
		} else {
			ssize_t r = pwrite(p->devfd, b + done, n, (off_t)(p->bar_off[bar] + o));

			if (r != (ssize_t)n)
				return r < 0 ? -errno : -EIO;
		}
		done += n;
	}
	return 0;
}

static int no_dmwr(struct pci_priv *p, const char *why)
{
	if (!p->told_no_dmwr) {
		p->told_no_dmwr = true;
		siov_log(SIOV_LOG_ERR, "%s: no Deferrable Memory Write (ENQCMD): %s", p->bdf, why);
	}
	return -EOPNOTSUPP;
}

static int pci_dmwr_op(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf64,
		       unsigned int *status)
{
	struct pci_priv *p = siov_priv(dev);
	const char *opt = getenv("SIOV_ENQCMD");
	int ret = bar_check(p, bar, off, 64);

	if (ret)
		return ret;
	if (!cpu_has(CPUID7_ECX_ENQCMD))
		return no_dmwr(p, "the CPU does not have it");
	if (!p->bar_map[bar])
		return no_dmwr(p, "the BAR is not mmap()ed");
	if (!opt || strcmp(opt, "1"))
		return no_dmwr(p, "set SIOV_ENQCMD=1 once this process is bound to the device for "
			       "SVA (else ENQCMD faults)");
	atomic_thread_fence(memory_order_release);
	*status = enqcmd((uint8_t *)p->bar_map[bar] + off, buf64) ? SIOV_DMWR_RRS : SIOV_DMWR_SC;
	return 0;
}

/* ---- pci backend: address spaces and DMA ------------------------------------------------- */

static int need_vfio(struct pci_priv *p, const char *what)
{
	if (p->mode == MODE_IOMMUFD || p->mode == MODE_LEGACY)
		return 0;
	if (!p->told_no_vfio) {
		p->told_no_vfio = true;
		siov_log(SIOV_LOG_ERR, "%s: %s needs the device bound to vfio-pci (driver: %s): "
			 "without VFIO there is no IOMMU mapping for DMA and no interrupt delivery",
			 p->bdf, what, p->driver[0] ? p->driver : "none");
	}
	return -EOPNOTSUPP;
}

static struct pci_as *as_get(struct pci_priv *p, int as)
{
	if (as <= 0 || as >= PCI_MAX_AS || !p->as[as].used)
		return NULL;
	return &p->as[as];
}

static int pci_as_create_op(struct siov_dev *dev, int *as)
{
	struct pci_priv *p = siov_priv(dev);
	struct siov_iommu_ioas_alloc ia = { .size = sizeof(ia) };
	struct siov_iommu_hwpt_alloc ha = { .size = sizeof(ha) };
	struct pci_as *a;
	int id, ret = need_vfio(p, "an I/O address space");

	if (ret)
		return ret;
	if (p->mode == MODE_LEGACY) {
		if (p->as[1].used) {
			siov_log(SIOV_LOG_ERR, "%s: the VFIO container is a single address "
				 "space (for requests without PASID); more need the iommufd cdev",
				 p->bdf);
			return -EOPNOTSUPP;
		}
		p->as[1] = (struct pci_as){ .used = true, .iova_next = PCI_IOVA_BASE };
		*as = 1;
		return 0;
	}
	for (id = 1; id < PCI_MAX_AS && p->as[id].used; id++)
		;
	if (id == PCI_MAX_AS)
		return -ENOSPC;
	a = &p->as[id];
	if (ioctl(p->iommufd, SIOV_IOMMU_IOAS_ALLOC, &ia)) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "%s: IOMMU_IOAS_ALLOC: %s", p->bdf, strerror(-ret));
		return ret;
	}
	*a = (struct pci_as){ .used = true, .ioas_id = ia.out_ioas_id, .pt_id = ia.out_ioas_id,
			      .iova_next = PCI_IOVA_BASE };
	/* A PASID-capable page table; the RID must use one too, or PASID attach is refused. */
	ha.flags = SIOV_IOMMU_HWPT_ALLOC_PASID;
	ha.dev_id = p->devid;
	ha.pt_id = ia.out_ioas_id;
	if (!ioctl(p->iommufd, SIOV_IOMMU_HWPT_ALLOC, &ha)) {
		a->pt_id = ha.out_hwpt_id;
		a->pasid_ok = true;
	} else {
		int e = errno;

		ha.flags = 0;
		if (!ioctl(p->iommufd, SIOV_IOMMU_HWPT_ALLOC, &ha))
			a->pt_id = ha.out_hwpt_id;
		siov_log(SIOV_LOG_INFO, "%s: no PASID-capable page table (%s; needs Linux >= 6.15 "
			 "and PASID support in the IOMMU): address space %d serves requests "
			 "without PASID only", p->bdf, strerror(e), id);
	}
	*as = id;
	return 0;
}

static int pci_as_attach_op(struct siov_dev *dev, int as, uint32_t pasid)
{
	struct pci_priv *p = siov_priv(dev);
	struct siov_vfio_device_attach_iommufd_pt at = { .argsz = sizeof(at) };
	struct pci_as *a;
	int ret = need_vfio(p, "an I/O address space");

	if (ret)
		return ret;
	a = as_get(p, as);
	if (!a || (pasid != SIOV_NO_PASID && pasid >= PCI_PASID_LIMIT))
		return -EINVAL;
	if (p->mode == MODE_LEGACY) {
		if (pasid == SIOV_NO_PASID)
			return 0; /* the container is the device's address space already */
		siov_log(SIOV_LOG_ERR, "%s: PASID address spaces need the VFIO cdev with iommufd "
			 "(the legacy VFIO container has none)", p->bdf);
		return -EOPNOTSUPP;
	}
	if (pasid != SIOV_NO_PASID && !a->pasid_ok) {
		siov_log(SIOV_LOG_ERR, "%s: address space %d is not PASID-capable", p->bdf, as);
		return -EOPNOTSUPP;
	}
	at.pt_id = a->pt_id;
	if (pasid != SIOV_NO_PASID) {
		at.flags = SIOV_VFIO_DEVICE_ATTACH_PASID;
		at.pasid = pasid;
	}
	if (!ioctl(p->devfd, SIOV_VFIO_DEVICE_ATTACH_IOMMUFD_PT, &at))
		return 0;
	ret = -errno;
	if (pasid != SIOV_NO_PASID && (ret == -EINVAL || ret == -EOPNOTSUPP)) {
		siov_log(SIOV_LOG_ERR, "%s: PASID %u attach refused (%s): the kernel lacks PASID "
			 "attach (needs Linux >= 6.15), or PASID is not enabled for the device",
			 p->bdf, pasid, strerror(-ret));
		return -EOPNOTSUPP;
	}
	siov_log(SIOV_LOG_ERR, "%s: VFIO_DEVICE_ATTACH_IOMMUFD_PT: %s", p->bdf, strerror(-ret));
	return ret;
}

static int pci_as_detach_op(struct siov_dev *dev, uint32_t pasid)
{
	struct pci_priv *p = siov_priv(dev);
	struct siov_vfio_device_detach_iommufd_pt dt = { .argsz = sizeof(dt) };
	int ret = need_vfio(p, "an I/O address space");

	if (ret)
		return ret;
	if (pasid != SIOV_NO_PASID && pasid >= PCI_PASID_LIMIT)
		return -EINVAL;
	if (p->mode == MODE_LEGACY) {
		/* The container stays attached while the device is open. */
		return pasid == SIOV_NO_PASID ? 0 : -EOPNOTSUPP;
	}
	if (pasid != SIOV_NO_PASID) {
		dt.flags = SIOV_VFIO_DEVICE_DETACH_PASID;
		dt.pasid = pasid;
	}
	if (!ioctl(p->devfd, SIOV_VFIO_DEVICE_DETACH_IOMMUFD_PT, &dt))
		return 0;
	ret = -errno;
	if (pasid != SIOV_NO_PASID && (ret == -EINVAL || ret == -EOPNOTSUPP)) {
		siov_log(SIOV_LOG_ERR, "%s: PASID %u detach refused (%s): the kernel lacks PASID "
			 "attach (needs Linux >= 6.15)", p->bdf, pasid, strerror(-ret));
		return -EOPNOTSUPP;
	}
	siov_log(SIOV_LOG_ERR, "%s: VFIO_DEVICE_DETACH_IOMMUFD_PT: %s", p->bdf, strerror(-ret));
	return ret;
}

static int pci_dma_alloc_op(struct siov_dev *dev, int as, size_t size, struct siov_dma_buf *buf)
{
	struct pci_priv *p = siov_priv(dev);
	size_t pg = (size_t)sysconf(_SC_PAGESIZE), len;
	struct pci_dma *m;
	struct pci_as *a;
	uint64_t iova;
	void *cpu;
	int ret = need_vfio(p, "DMA memory");

	if (ret)
		return ret;
	a = as_get(p, as);
	if (!a)
		return -EINVAL;
	if (size > SIZE_MAX - pg)
		return -ENOMEM;
	len = (size + pg - 1) & ~(pg - 1);
	iova = (a->iova_next + pg - 1) & ~(uint64_t)(pg - 1);
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	/* Anonymous memory comes zeroed; MAP_POPULATE faults it in before the IOMMU pins it. */
	cpu = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
		   -1, 0);
	if (cpu == MAP_FAILED) {
		free(m);
		return -ENOMEM;
	}
	madvise(cpu, len, MADV_DONTFORK);
	if (p->mode == MODE_IOMMUFD) {
		struct siov_iommu_ioas_map map = {
			.size = sizeof(map),
			.flags = SIOV_IOMMU_IOAS_MAP_FIXED_IOVA | SIOV_IOMMU_IOAS_MAP_READABLE |
				 SIOV_IOMMU_IOAS_MAP_WRITEABLE,
			.ioas_id = a->ioas_id,
			.user_va = (uintptr_t)cpu,
			.length = len,
			.iova = iova,
		};

		ret = ioctl(p->iommufd, SIOV_IOMMU_IOAS_MAP, &map) ? -errno : 0;
	} else {
		struct vfio_iommu_type1_dma_map map = {
			.argsz = sizeof(map),
			.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
			.vaddr = (uintptr_t)cpu,
			.iova = iova,
			.size = len,
		};

		ret = ioctl(p->containerfd, VFIO_IOMMU_MAP_DMA, &map) ? -errno : 0;
	}
	if (ret) {
		siov_log(SIOV_LOG_ERR, "%s: mapping %zu bytes at IOVA 0x%llx: %s%s", p->bdf, len,
			 (unsigned long long)iova, strerror(-ret),
			 ret == -ENOMEM ? " (pinned pages count against RLIMIT_MEMLOCK: ulimit -l)"
					: "");
		munmap(cpu, len);
		free(m);
		return ret;
	}
	*m = (struct pci_dma){ .next = p->dma, .cpu = cpu, .len = len, .iova = iova, .as = as };
	p->dma = m;
	a->iova_next = iova + len + PCI_IOVA_GUARD;
	buf->cpu = cpu;
	buf->iova = iova;
	buf->size = size;
	buf->as = as;
	buf->priv = m;
	return 0;
}

static void pci_dma_free_op(struct siov_dev *dev, struct siov_dma_buf *buf)
{
	struct pci_priv *p = siov_priv(dev);
	struct pci_dma **pp = &p->dma, *m;
	struct pci_as *a;

	while (*pp && *pp != buf->priv)
		pp = &(*pp)->next;
	m = *pp;
	if (!m) {
		siov_log(SIOV_LOG_WARN, "%s: freeing a DMA buffer this device did not allocate",
			 p->bdf);
		return;
	}
	*pp = m->next;
	a = as_get(p, m->as);
	if (a && p->mode == MODE_IOMMUFD) {
		struct siov_iommu_ioas_unmap um = {
			.size = sizeof(um),
			.ioas_id = a->ioas_id,
			.iova = m->iova,
			.length = m->len,
		};

		if (ioctl(p->iommufd, SIOV_IOMMU_IOAS_UNMAP, &um))
			siov_log(SIOV_LOG_WARN, "%s: IOMMU_IOAS_UNMAP: %s", p->bdf,
				 strerror(errno));
	} else if (a && p->mode == MODE_LEGACY) {
		struct vfio_iommu_type1_dma_unmap um = {
			.argsz = sizeof(um), .iova = m->iova, .size = m->len,
		};

		if (ioctl(p->containerfd, VFIO_IOMMU_UNMAP_DMA, &um))
			siov_log(SIOV_LOG_WARN, "%s: VFIO_IOMMU_UNMAP_DMA: %s", p->bdf,
				 strerror(errno));
	}
	munmap(m->cpu, m->len);
	free(m);
}

/* ---- pci backend: interrupts ------------------------------------------------------------- */

static int pci_irq_enable_op(struct siov_dev *dev, unsigned int nvec)
{
	struct pci_priv *p = siov_priv(dev);
	struct vfio_irq_info ii = { .argsz = sizeof(ii), .index = VFIO_PCI_MSIX_IRQ_INDEX };
	struct vfio_irq_set *set;
	size_t sz = sizeof(*set) + (size_t)nvec * sizeof(int32_t);
	int32_t *fds;
	int ret = need_vfio(p, "interrupt delivery");

	if (ret)
		return ret;
	if (ioctl(p->devfd, VFIO_DEVICE_GET_IRQ_INFO, &ii))
		return -errno;
	if (ii.count < nvec) {
		siov_log(SIOV_LOG_ERR, "%s: %u MSI-X vectors requested, the device has %u", p->bdf,
			 nvec, ii.count);
		return -EINVAL;
	}
	if (p->nefd) {
		/* Change of vector count: disable first (vfio-pci does not resize in place). */
		struct vfio_irq_set off = {
			.argsz = sizeof(off),
			.flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER,
			.index = VFIO_PCI_MSIX_IRQ_INDEX,
		};

		ioctl(p->devfd, VFIO_DEVICE_SET_IRQS, &off);
		irq_release(p);
	}
	set = calloc(1, sz);
	p->efd = calloc(nvec, sizeof(*p->efd));
	if (!set || !p->efd) {
		free(set);
		free(p->efd);
		p->efd = NULL;
		return -ENOMEM;
	}
	fds = (int32_t *)(void *)set->data;
	for (p->nefd = 0; p->nefd < nvec; p->nefd++) {
		p->efd[p->nefd] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		if (p->efd[p->nefd] < 0) {
			ret = -errno;
			siov_log(SIOV_LOG_ERR, "%s: eventfd for vector %u: %s", p->bdf, p->nefd,
				 strerror(-ret));
			goto fail;
		}
		fds[p->nefd] = p->efd[p->nefd];
	}
	set->argsz = (uint32_t)sz;
	set->flags = VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER;
	set->index = VFIO_PCI_MSIX_IRQ_INDEX;
	set->start = 0;
	set->count = nvec;
	if (ioctl(p->devfd, VFIO_DEVICE_SET_IRQS, set)) {
		ret = -errno;
		siov_log(SIOV_LOG_ERR, "%s: enabling %u MSI-X vectors: %s", p->bdf, nvec,
			 strerror(-ret));
		goto fail;
	}
	free(set);
	return 0;
fail:
	free(set);
	irq_release(p);
	return ret;
}

static int pci_irq_disable_op(struct siov_dev *dev)
{
	struct pci_priv *p = siov_priv(dev);
	struct vfio_irq_set s = {
		.argsz = sizeof(s),
		.flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER,
		.index = VFIO_PCI_MSIX_IRQ_INDEX,
	};
	int ret = need_vfio(p, "interrupt delivery");

	if (ret)
		return ret;
	ret = ioctl(p->devfd, VFIO_DEVICE_SET_IRQS, &s) ? -errno : 0;
	irq_release(p);
	return ret;
}

/* Move what the eventfd counted into the per-vector counter. */
static void irq_collect(struct siov_dev *dev, struct pci_priv *p, unsigned int vector)
{
	uint64_t n;

	if (vector >= p->nefd)
		return;
	while (read(p->efd[vector], &n, sizeof(n)) == (ssize_t)sizeof(n))
		dev->irq_count[vector] += (unsigned int)n;
}

static int pci_irq_wait_op(struct siov_dev *dev, unsigned int vector, uint64_t timeout)
{
	struct pci_priv *p = siov_priv(dev);
	uint64_t end;
	int ret = need_vfio(p, "interrupt delivery");

	if (ret)
		return ret;
	if (vector >= p->nefd)
		return -EINVAL;
	end = deadline_after(cycles_to_ns(p, timeout));
	for (;;) {
		struct pollfd pfd = { .fd = p->efd[vector], .events = POLLIN };
		uint64_t now, ms;

		irq_collect(dev, p, vector);
		if (dev->irq_count[vector] > dev->irq_taken[vector]) {
			dev->irq_taken[vector]++;
			return 0;
		}
		now = mono_ns();
		if (now >= end)
			return -ETIMEDOUT;
		ms = (end - now + 999999) / 1000000;
		if (poll(&pfd, 1, ms > INT_MAX ? INT_MAX : (int)ms) < 0 && errno != EINTR)
			return -errno;
	}
}

static unsigned int pci_irq_count_op(struct siov_dev *dev, unsigned int vector)
{
	irq_collect(dev, siov_priv(dev), vector);
	return dev->irq_count[vector];
}

/*
 * Interrupt messages for IMS entries and in-memory interrupt tables. Linux gives user space no
 * MSI address/data pair of its own: vfio-pci programs the function's MSI-X table itself and
 * delivers vectors to eventfds, and IMS is for kernel drivers only (MSI device domains). So this
 * backend has none, and siov_ims_alloc() releases the handle and fails with -EOPNOTSUPP.
 *
 * The way to get one (not implemented): enable one MSI-X vector more than the function uses
 * (VFIO_DEVICE_SET_IRQS with an eventfd for it), read the address/data the kernel wrote into
 * that vector's entry of BAR0 msix_table[] (only through an mmap() of the BAR that includes the
 * table, VFIO_REGION_INFO_CAP_MSIX_MAPPABLE: VFIO's read/write path hides the table), write the
 * pair into the IMS entry (or interrupt-table entry), and leave the MSI-X vector masked in its
 * table so that only the IMS entry sends it. With interrupt remapping the pair names an IRTE
 * that checks the requester ID, which is the same function's, so the message reaches the
 * vector's eventfd. One spare MSI-X vector is needed per message (the device has 16).
 */
static int pci_msg_alloc_op(struct siov_dev *dev, unsigned int cookie, uint64_t *addr,
			    uint32_t *data)
{
	struct pci_priv *p = siov_priv(dev);

	(void)cookie;
	(void)addr;
	(void)data;
	siov_log(SIOV_LOG_ERR, "%s: IMS and interrupt-table messages are not available to user "
		 "space on Linux (only MSI-X vectors through VFIO)", p->bdf);
	return -EOPNOTSUPP;
}

const struct siov_platform_ops siov_platform_pci = {
	.name = "pci",
	.open = pci_open_op,
	.close = lp_close_op,
	.list = pci_list_op,
	.cfg_read = lp_cfg_read_op,
	.cfg_write = pci_cfg_write_op,
	.mmio_read = pci_mmio_read_op,
	.mmio_write = pci_mmio_write_op,
	.dmwr = pci_dmwr_op,
	.as_create = pci_as_create_op,
	.as_attach = pci_as_attach_op,
	.as_detach = pci_as_detach_op,
	.dma_alloc = pci_dma_alloc_op,
	.dma_free = pci_dma_free_op,
	.irq_enable = pci_irq_enable_op,
	.irq_disable = pci_irq_disable_op,
	.irq_wait = pci_irq_wait_op,
	.irq_count = pci_irq_count_op,
	.msg_alloc = pci_msg_alloc_op,
	.now = pci_now_op,
	.wait = pci_wait_op,
};
