// SPDX-License-Identifier: MIT
/*
 * device.c - opening a device through a platform backend; configuration, command, BAR and MMIO
 * access; Function Level Reset; time.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/pci_regs.h>

#include "siov_int.h"

static siov_log_fn log_fn;
static void *log_arg;

void siov_set_log(siov_log_fn fn, void *arg)
{
	log_fn = fn;
	log_arg = arg;
}

void siov_log(enum siov_log_level level, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (log_fn)
		log_fn(level, msg, log_arg);
	else if (level <= SIOV_LOG_WARN)
		fprintf(stderr, "libsiov: %s\n", msg);
}

static const struct siov_platform_ops *backend(const char *spec, const char **arg)
{
	static const struct {
		const char *prefix;
		const struct siov_platform_ops *ops;
	} table[] = {
		{"sim", &siov_platform_sim},
		{"pci", &siov_platform_pci},
		{"dump", &siov_platform_dump},
	};

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		size_t n = strlen(table[i].prefix);

		if (strncmp(spec, table[i].prefix, n) || (spec[n] && spec[n] != ':'))
			continue;
		*arg = spec[n] ? spec + n + 1 : "";
		return table[i].ops;
	}
	return NULL;
}

int siov_open(const char *spec, unsigned int flags, struct siov_dev **devp)
{
	const struct siov_platform_ops *ops;
	struct siov_dev *dev;
	const char *arg;
	int ret;

	*devp = NULL;
	if (!spec)
		spec = "sim";
	ops = backend(spec, &arg);
	if (!ops) {
		siov_log(SIOV_LOG_ERR, "%s: unknown device (use sim, pci[:BDF] or dump:FILE)", spec);
		return -ENODEV;
	}
	if (ops == &siov_platform_sim && !&siov_platform_sim) {
		siov_log(SIOV_LOG_ERR, "the sim backend is only available inside the simulator");
		return -ENODEV;
	}
	dev = calloc(1, sizeof(*dev));
	if (!dev)
		return -ENOMEM;
	dev->ops = ops;
	snprintf(dev->name, sizeof(dev->name), "%s", spec);
	ret = ops->open(dev, arg, flags);
	if (ret) {
		free(dev);
		return ret;
	}
	ret = siov_discover(dev);
	if (!ret)
		ret = siov_read_bars(dev);
	if (ret) {
		siov_close(dev);
		return ret;
	}
	*devp = dev;
	return 0;
}

void siov_close(struct siov_dev *dev)
{
	if (!dev)
		return;
	siov_ppt_forget(dev);
	if (dev->ops->close)
		dev->ops->close(dev);
	free(dev);
}

const char *siov_backend(const struct siov_dev *dev)
{
	return dev->ops->name;
}

const char *siov_name(const struct siov_dev *dev)
{
	return dev->name;
}

void *siov_priv(struct siov_dev *dev)
{
	return dev->priv;
}

void siov_set_priv(struct siov_dev *dev, void *priv)
{
	dev->priv = priv;
}

void siov_set_name(struct siov_dev *dev, const char *name)
{
	snprintf(dev->name, sizeof(dev->name), "%s", name);
}

int siov_list(const char *spec, void (*fn)(const char *spec, void *arg), void *arg)
{
	const char *where;
	const struct siov_platform_ops *ops = backend(spec ? spec : "sim", &where);

	if (!ops || (ops == &siov_platform_sim && !&siov_platform_sim) || !ops->list)
		return -ENODEV;
	return ops->list(fn, arg, where);
}

/* ---- configuration space -------------------------------------------------------------------- */

int siov_cfg_read32(struct siov_dev *dev, unsigned int off, uint32_t *val)
{
	if (off > 4092 || (off & 3))
		return -EINVAL;
	return dev->ops->cfg_read(dev, off, val);
}

int siov_cfg_read16(struct siov_dev *dev, unsigned int off, uint16_t *val)
{
	uint32_t v;
	int ret;

	if (off & 1)
		return -EINVAL;
	ret = siov_cfg_read32(dev, off & ~3u, &v);
	*val = (uint16_t)(v >> (8 * (off & 2)));
	return ret;
}

int siov_cfg_read8(struct siov_dev *dev, unsigned int off, uint8_t *val)
{
	uint32_t v;
	int ret = siov_cfg_read32(dev, off & ~3u, &v);

	*val = (uint8_t)(v >> (8 * (off & 3)));
	return ret;
}

int siov_cfg_write32(struct siov_dev *dev, unsigned int off, uint32_t val)
{
	if (off > 4092 || (off & 3))
		return -EINVAL;
	return dev->ops->cfg_write(dev, off, val, 0xf);
}

int siov_cfg_write16(struct siov_dev *dev, unsigned int off, uint16_t val)
{
	if (off > 4094 || (off & 1))
		return -EINVAL;
	return dev->ops->cfg_write(dev, off & ~3u, (uint32_t)val << (8 * (off & 2)),
				   3u << (off & 2));
}

int siov_cfg_write8(struct siov_dev *dev, unsigned int off, uint8_t val)
{
	if (off > 4095)
		return -EINVAL;
	return dev->ops->cfg_write(dev, off & ~3u, (uint32_t)val << (8 * (off & 3)),
				   1u << (off & 3));
}

int siov_cfg_snapshot(struct siov_dev *dev, uint8_t buf[4096])
{
	for (unsigned int off = 0; off < 4096; off += 4) {
		uint32_t v;
		int ret = siov_cfg_read32(dev, off, &v);

		if (ret)
			return ret;
		memcpy(buf + off, &v, 4);
	}
	return 0;
}

/* ---- command register and BARs ------------------------------------------------------------ */

static int command_bit(struct siov_dev *dev, uint16_t bit, bool on)
{
	uint16_t cmd;
	int ret = siov_cfg_read16(dev, PCI_COMMAND, &cmd);

	if (ret)
		return ret;
	cmd = on ? (cmd | bit) : (cmd & ~bit);
	return siov_cfg_write16(dev, PCI_COMMAND, cmd);
}

int siov_set_bus_master(struct siov_dev *dev, bool on)
{
	dev->bus_master = on;
	return command_bit(dev, PCI_COMMAND_MASTER, on);
}

int siov_set_memory_enable(struct siov_dev *dev, bool on)
{
	return command_bit(dev, PCI_COMMAND_MEMORY, on);
}

int siov_set_max_read_request(struct siov_dev *dev, unsigned int bytes)
{
	unsigned int pcie = siov_find_cap(dev, PCI_CAP_ID_EXP);
	uint16_t ctl;
	int ret;

	if (!pcie)
		return -ENODEV;
	if (bytes < 128 || bytes > 4096 || (bytes & (bytes - 1)))
		return -EINVAL;
	ret = siov_cfg_read16(dev, pcie + PCI_EXP_DEVCTL, &ctl);
	if (ret)
		return ret;
	ctl = (uint16_t)((ctl & ~PCI_EXP_DEVCTL_READRQ) |
			 ((unsigned int)__builtin_ctz(bytes / 128) << 12));
	return siov_cfg_write16(dev, pcie + PCI_EXP_DEVCTL, ctl);
}

int siov_read_bars(struct siov_dev *dev)
{
	uint64_t sizes[6];

	/* Keep the sizes a backend knows (VFIO regions, resourceN files). */
	for (unsigned int i = 0; i < 6; i++)
		sizes[i] = dev->bar[i].size;
	memset(dev->bar, 0, sizeof(dev->bar));
	for (unsigned int i = 0; i < 6; i++)
		dev->bar[i].size = sizes[i];
	for (unsigned int i = 0; i < 6; i++) {
		uint32_t lo, hi = 0;
		int ret = siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * i, &lo);

		if (ret)
			return ret;
		if (lo & PCI_BASE_ADDRESS_SPACE_IO)
			continue;
		dev->bar[i].is64 = (lo & PCI_BASE_ADDRESS_MEM_TYPE_MASK) ==
				   PCI_BASE_ADDRESS_MEM_TYPE_64;
		dev->bar[i].prefetch = lo & PCI_BASE_ADDRESS_MEM_PREFETCH;
		if (i < 5 && dev->bar[i].is64) {
			ret = siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1), &hi);
			if (ret)
				return ret;
		}
		dev->bar[i].addr = ((uint64_t)hi << 32) | (lo & PCI_BASE_ADDRESS_MEM_MASK);
		/* Size is filled in by the backend or by siov_platform_assign_bars. */
		dev->bar[i].present = dev->bar[i].is64 || lo != 0;
		if (dev->bar[i].is64)
			i++;
	}
	return 0;
}

/* Size a memory BAR the standard way: write all ones, read back the mask, restore. */
static int size_bar(struct siov_dev *dev, unsigned int i, uint64_t *size)
{
	uint32_t lo, hi = 0, mlo, mhi = 0xffffffffu;
	bool is64;
	int ret = siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * i, &lo);

	if (ret)
		return ret;
	is64 = (lo & PCI_BASE_ADDRESS_MEM_TYPE_MASK) == PCI_BASE_ADDRESS_MEM_TYPE_64;
	if (is64)
		siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1), &hi);
	siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * i, 0xffffffffu);
	siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * i, &mlo);
	if (is64) {
		siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1), 0xffffffffu);
		siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1), &mhi);
		siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1), hi);
	} else {
		mhi = 0xffffffffu;
	}
	siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * i, lo);
	if ((mlo & PCI_BASE_ADDRESS_MEM_MASK) == 0 && (!is64 || mhi == 0)) {
		*size = 0;
		return 0;
	}
	*size = ~(((uint64_t)mhi << 32) | (mlo & PCI_BASE_ADDRESS_MEM_MASK)) + 1;
	if (!is64)
		*size &= 0xffffffffu;
	return 0;
}

int siov_platform_assign_bars(struct siov_dev *dev, uint64_t base32, uint64_t base64)
{
	for (unsigned int i = 0; i < 6; i++) {
		uint32_t lo;
		uint64_t size, *base;
		int ret = siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * i, &lo);

		if (ret)
			return ret;
		if (lo & PCI_BASE_ADDRESS_SPACE_IO)
			continue;
		ret = size_bar(dev, i, &size);
		if (ret)
			return ret;
		if (size) {
			bool is64 = (lo & PCI_BASE_ADDRESS_MEM_TYPE_MASK) ==
				    PCI_BASE_ADDRESS_MEM_TYPE_64;
			/* Prefetchable 64-bit BARs above 4 GiB, the others below (as firmware does). */
			base = (is64 && (lo & PCI_BASE_ADDRESS_MEM_PREFETCH)) ? &base64 : &base32;
			*base = (*base + size - 1) & ~(size - 1);
			siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * i, (uint32_t)*base);
			if (is64)
				siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * (i + 1),
						 (uint32_t)(*base >> 32));
			*base += size;
		}
		if ((lo & PCI_BASE_ADDRESS_MEM_TYPE_MASK) == PCI_BASE_ADDRESS_MEM_TYPE_64)
			i++;
	}
	return 0;
}

/* Sizes are measured once at open by the backends that may write config space. */
static void fill_sizes(struct siov_dev *dev)
{
	for (unsigned int i = 0; i < 6; i++) {
		uint64_t size;

		if (!dev->bar[i].present || dev->bar[i].size)
			continue;
		if (!size_bar(dev, i, &size))
			dev->bar[i].size = size;
	}
}

const struct siov_bar *siov_bar(const struct siov_dev *dev, unsigned int bar)
{
	if (bar >= 6 || !dev->bar[bar].present)
		return NULL;
	if (!dev->bar[bar].size && strcmp(dev->ops->name, "dump"))
		fill_sizes((struct siov_dev *)dev);
	return &dev->bar[bar];
}

/* ---- MMIO ------------------------------------------------------------------------------------ */

int siov_mmio_read(struct siov_dev *dev, unsigned int bar, uint64_t off, void *buf, size_t len)
{
	if (bar >= 6 || !dev->bar[bar].present || !len || len > 64 || (off & 63) + len > 64)
		return -EINVAL;
	if (!dev->ops->mmio_read)
		return -EOPNOTSUPP;
	return dev->ops->mmio_read(dev, bar, off, buf, len);
}

int siov_mmio_write(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf,
		    size_t len)
{
	if (bar >= 6 || !dev->bar[bar].present || !len || len > 64 || (off & 63) + len > 64)
		return -EINVAL;
	if (!dev->ops->mmio_write)
		return -EOPNOTSUPP;
	return dev->ops->mmio_write(dev, bar, off, buf, len);
}

int siov_mmio_dmwr(struct siov_dev *dev, unsigned int bar, uint64_t off, const void *buf64,
		   unsigned int *status)
{
	if (bar >= 6 || !dev->bar[bar].present || (off & 63) || !buf64 || !status)
		return -EINVAL;
	if (!dev->ops->dmwr)
		return -EOPNOTSUPP;
	return dev->ops->dmwr(dev, bar, off, buf64, status);
}

int siov_mmio_read32(struct siov_dev *dev, unsigned int bar, uint64_t off, uint32_t *val)
{
	return siov_mmio_read(dev, bar, off, val, 4);
}

int siov_mmio_write32(struct siov_dev *dev, unsigned int bar, uint64_t off, uint32_t val)
{
	return siov_mmio_write(dev, bar, off, &val, 4);
}

int siov_mmio_read64(struct siov_dev *dev, unsigned int bar, uint64_t off, uint64_t *val)
{
	return siov_mmio_read(dev, bar, off, val, 8);
}

int siov_mmio_write64(struct siov_dev *dev, unsigned int bar, uint64_t off, uint64_t val)
{
	return siov_mmio_write(dev, bar, off, &val, 8);
}

/* ---- time ---------------------------------------------------------------------------------- */

uint64_t siov_now(struct siov_dev *dev)
{
	return dev->ops->now ? dev->ops->now(dev) : 0;
}

void siov_wait(struct siov_dev *dev, uint64_t cycles)
{
	if (dev->ops->wait)
		dev->ops->wait(dev, cycles);
}

/* ---- Function Level Reset ------------------------------------------------------------------ */

int siov_flr(struct siov_dev *dev)
{
	uint32_t bars[6];
	uint16_t cmd;
	unsigned int pcie = dev->caps.pcie;
	uint32_t devcap;
	int ret;

	if (!pcie)
		return -ENODEV;
	ret = siov_cfg_read32(dev, pcie + PCI_EXP_DEVCAP, &devcap);
	if (ret)
		return ret;
	if (!(devcap & PCI_EXP_DEVCAP_FLR))
		return -EOPNOTSUPP;
	for (unsigned int i = 0; i < 6; i++)
		siov_cfg_read32(dev, PCI_BASE_ADDRESS_0 + 4 * i, &bars[i]);
	siov_cfg_read16(dev, PCI_COMMAND, &cmd);
	ret = siov_cfg_write16(dev, pcie + PCI_EXP_DEVCTL, PCI_EXP_DEVCTL_BCR_FLR);
	if (ret)
		return ret;
	/* PCIe 6.6.2: software waits 100 ms; the device needs far less, and this is device time. */
	siov_wait(dev, 1000);
	/* Restore what firmware and libsiov had set up. */
	for (unsigned int i = 0; i < 6; i++)
		siov_cfg_write32(dev, PCI_BASE_ADDRESS_0 + 4 * i, bars[i]);
	if (dev->page_size)
		siov_set_system_page_size(dev, dev->page_size);
	if (dev->pasid_on)
		siov_pasid_enable(dev, dev->pasid_exec, dev->pasid_priv);
	dev->nvec = 0;
	/* The device unconfigured every ADI and released every IMS handle. */
	siov_adi_forget(dev);
	return siov_cfg_write16(dev, PCI_COMMAND, cmd & (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER));
}
