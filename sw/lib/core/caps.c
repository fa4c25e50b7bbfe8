// SPDX-License-Identifier: MIT
/*
 * caps.c - capability lists (PCI 3.0 6.7, PCIe 7.6), the Intel Scalable IOV DVSEC (SIOV 2.8) and
 * the PASID capability (PCIe 7.8.9).
 */
#include <errno.h>
#include <string.h>

#include <linux/pci_regs.h>

#include "siov_int.h"

#define MAX_LEGACY_CAPS 48   /* (256 - 64) / 4 */
#define MAX_EXT_CAPS    960  /* (4096 - 256) / 4 */

/* Visit one capability list (legacy or extended) in order; visit() returns true to stop there.
 * Returns 0 (with *stop set to the offset where it stopped, or 0), -EINVAL for a pointer out of
 * its region, -ELOOP for a list that does not end, or a read error. */
struct cap_visit {
	bool (*fn)(bool ext, unsigned int id, unsigned int off, void *arg);
	void *arg;
};

static int visit_list(struct siov_dev *dev, bool ext, const struct cap_visit *v,
		      unsigned int *stop)
{
	unsigned int off, n, lo = ext ? 0x100 : 0x40, hi = ext ? 0xffc : 0xfc;
	unsigned int max = ext ? MAX_EXT_CAPS : MAX_LEGACY_CAPS;
	int ret;

	*stop = 0;
	if (ext) {
		off = 0x100;
	} else {
		uint16_t status;
		uint8_t ptr;

		ret = siov_cfg_read16(dev, PCI_STATUS, &status);
		if (ret || !(status & PCI_STATUS_CAP_LIST))
			return ret;
		ret = siov_cfg_read8(dev, PCI_CAPABILITY_LIST, &ptr);
		if (ret)
			return ret;
		off = ptr & ~3u;
	}
	for (n = 0; off; n++) {
		uint32_t hdr;
		unsigned int id, next;

		if (off < lo || off > hi)
			return -EINVAL;
		if (n >= max)
			return -ELOOP;
		ret = siov_cfg_read32(dev, off, &hdr);
		if (ret)
			return ret;
		if (ext) {
			/* A header of 0 or all ones ends the list (as in libpci). */
			if (hdr == 0 || hdr == 0xffffffffu)
				break;
			id = PCI_EXT_CAP_ID(hdr);
			next = PCI_EXT_CAP_NEXT(hdr);
		} else {
			id = hdr & 0xff;
			next = (hdr >> 8) & 0xfc;
		}
		if (v->fn(ext, id, off, v->arg)) {
			*stop = off;
			return 0;
		}
		off = next;
	}
	return 0;
}

struct walk_all {
	void (*fn)(bool ext, unsigned int id, unsigned int off, void *arg);
	void *arg;
};

static bool visit_all(bool ext, unsigned int id, unsigned int off, void *arg)
{
	struct walk_all *w = arg;

	if (w->fn)
		w->fn(ext, id, off, w->arg);
	return false;
}

int siov_walk_caps(struct siov_dev *dev,
		   void (*fn)(bool ext, unsigned int id, unsigned int off, void *arg), void *arg)
{
	struct walk_all w = {fn, arg};
	struct cap_visit v = {visit_all, &w};
	unsigned int stop;
	int ret = visit_list(dev, false, &v, &stop);

	if (ret)
		return ret;
	/* Extended capabilities exist only behind a PCI Express capability (as libpci assumes). */
	if (!siov_find_cap(dev, PCI_CAP_ID_EXP))
		return 0;
	return visit_list(dev, true, &v, &stop);
}

struct find_one {
	unsigned int id, start;
};

static bool match_id(bool ext, unsigned int id, unsigned int off, void *arg)
{
	const struct find_one *f = arg;

	(void)ext;
	return id == f->id && off >= f->start;
}

static unsigned int find_in(struct siov_dev *dev, bool ext, unsigned int id, unsigned int start)
{
	struct find_one f = {id, start};
	struct cap_visit v = {match_id, &f};
	unsigned int stop;

	return visit_list(dev, ext, &v, &stop) ? 0 : stop;
}

unsigned int siov_find_cap(struct siov_dev *dev, unsigned int id)
{
	return find_in(dev, false, id, 0);
}

unsigned int siov_find_ext_cap(struct siov_dev *dev, unsigned int id, unsigned int start)
{
	return find_in(dev, true, id, start);
}

unsigned int siov_find_dvsec(struct siov_dev *dev, unsigned int vendor, unsigned int id)
{
	unsigned int off = 0;

	while ((off = siov_find_ext_cap(dev, PCI_EXT_CAP_ID_DVSEC, off + 1))) {
		uint32_t h1, h2;

		if (siov_cfg_read32(dev, off + PCI_DVSEC_HEADER1, &h1) ||
		    siov_cfg_read32(dev, off + PCI_DVSEC_HEADER2, &h2))
			return 0;
		if (PCI_DVSEC_HEADER1_VID(h1) == vendor && PCI_DVSEC_HEADER2_ID(h2) == id)
			return off;
	}
	return 0;
}

const struct siov_caps *siov_caps(const struct siov_dev *dev)
{
	return &dev->caps;
}

int siov_discover(struct siov_dev *dev)
{
	struct siov_caps *c = &dev->caps;
	uint32_t v;
	int ret = siov_walk_caps(dev, NULL, NULL);

	if (ret)
		return ret;
	memset(c, 0, sizeof(*c));
	c->pm = siov_find_cap(dev, PCI_CAP_ID_PM);
	c->msix = siov_find_cap(dev, PCI_CAP_ID_MSIX);
	c->pcie = siov_find_cap(dev, PCI_CAP_ID_EXP);
	c->aer = siov_find_ext_cap(dev, PCI_EXT_CAP_ID_ERR, 0);
	c->pasid = siov_find_ext_cap(dev, PCI_EXT_CAP_ID_PASID, 0);
	c->dvsec = siov_find_dvsec(dev, SIOV_DVSEC_VENDOR_INTEL, SIOV_DVSEC_ID_SIOV);
	/* Read the registers that govern what the device may send, so that a platform that tracks
	 * configuration (the simulator's protocol checker, a link analyzer) knows them. */
	if (c->pcie) {
		siov_cfg_read32(dev, c->pcie + PCI_EXP_DEVCAP, &v);
		siov_cfg_read32(dev, c->pcie + PCI_EXP_DEVCTL, &v);
		siov_cfg_read32(dev, c->pcie + PCI_EXP_DEVCTL2, &v);
	}
	if (c->pasid)
		siov_cfg_read32(dev, c->pasid + PCI_PASID_CAP, &v);
	siov_cfg_read32(dev, PCI_COMMAND, &v);
	return 0;
}

/* ---- Scalable IOV DVSEC ------------------------------------------------------------------- */

int siov_dvsec_read(struct siov_dev *dev, struct siov_dvsec *d)
{
	unsigned int off = dev->caps.dvsec;
	uint32_t h1, h2, caps;
	int ret;

	memset(d, 0, sizeof(*d));
	if (!off)
		return -ENODEV;
	d->offset = off;
	ret = siov_cfg_read32(dev, off + PCI_DVSEC_HEADER1, &h1);
	if (!ret)
		ret = siov_cfg_read32(dev, off + PCI_DVSEC_HEADER2, &h2);
	if (!ret)
		ret = siov_cfg_read32(dev, off + SIOV_DVSEC_SUP_PAGE_SIZES, &d->supported_page_sizes);
	if (!ret)
		ret = siov_cfg_read32(dev, off + SIOV_DVSEC_SYS_PAGE_SIZE, &d->system_page_size);
	if (!ret)
		ret = siov_cfg_read32(dev, off + SIOV_DVSEC_CAPS, &caps);
	if (ret)
		return ret;
	d->revision = PCI_DVSEC_HEADER1_REV(h1);
	d->length = PCI_DVSEC_HEADER1_LEN(h1);
	d->function_dependency_link = (h2 >> 16) & 0xff;
	d->homogeneous = (h2 >> 24) & 1;
	d->ims_supported = caps & 1;
	return 0;
}

int siov_set_system_page_size(struct siov_dev *dev, uint64_t bytes)
{
	struct siov_dvsec d;
	uint32_t bit, rd;
	int ret = siov_dvsec_read(dev, &d);

	if (ret)
		return ret;
	if (bytes < 4096 || (bytes & (bytes - 1)) || bytes > (4096ull << 31))
		return -EINVAL;
	bit = 1u << (__builtin_ctzll(bytes) - 12);
	if (!(d.supported_page_sizes & bit))
		return -EOPNOTSUPP;
	ret = siov_cfg_write32(dev, d.offset + SIOV_DVSEC_SYS_PAGE_SIZE, bit);
	if (!ret)
		ret = siov_cfg_read32(dev, d.offset + SIOV_DVSEC_SYS_PAGE_SIZE, &rd);
	if (!ret && rd != bit)
		ret = -EIO;
	if (!ret)
		dev->page_size = bytes;
	return ret;
}

/* ---- PASID -------------------------------------------------------------------------------- */

int siov_pasid_enable(struct siov_dev *dev, bool exec, bool priv)
{
	unsigned int off = dev->caps.pasid;
	uint16_t cap, ctl = PCI_PASID_CTRL_ENABLE;
	int ret;

	if (!off)
		return -ENODEV;
	ret = siov_cfg_read16(dev, off + PCI_PASID_CAP, &cap);
	if (ret)
		return ret;
	if ((exec && !(cap & PCI_PASID_CAP_EXEC)) || (priv && !(cap & PCI_PASID_CAP_PRIV)))
		return -EOPNOTSUPP;
	if (exec)
		ctl |= PCI_PASID_CTRL_EXEC;
	if (priv)
		ctl |= PCI_PASID_CTRL_PRIV;
	ret = siov_cfg_write16(dev, off + PCI_PASID_CTRL, ctl);
	if (!ret) {
		dev->pasid_on = true;
		dev->pasid_exec = exec;
		dev->pasid_priv = priv;
	}
	return ret;
}

int siov_pasid_disable(struct siov_dev *dev)
{
	unsigned int off = dev->caps.pasid;

	if (!off)
		return -ENODEV;
	dev->pasid_on = false;
	return siov_cfg_write16(dev, off + PCI_PASID_CTRL, 0);
}
