// SPDX-License-Identifier: MIT
/*
 * dump.c - configuration space in the text format of `lspci -xxxx`, which libpci's dump access
 * method (`lspci -F file`) reads back: a device line "BB:DD.F description", then 256 lines of
 * 16 bytes, each "%02x: " followed by the bytes, then a blank line.
 */
#include <errno.h>

#include <linux/pci_regs.h>

#include "siov_int.h"

int siov_dump_config(struct siov_dev *dev, FILE *out)
{
	static uint8_t cfg[4096];
	const char *name = siov_name(dev);
	const char *bdf = name;
	int ret = siov_cfg_snapshot(dev, cfg);

	if (ret)
		return ret;
	/* The device line needs a BDF: "sim" is 01:00.0 (where the simulator puts the device);
	 * "pci:0000:01:00.0" / "dump:..." keep theirs. */
	for (const char *p = name; *p; p++)
		if (*p == ':' && p[1] && p[2] && p[3] == ':')
			bdf = p + 1;
	if (bdf == name)
		bdf = "01:00.0";
	fprintf(out, "%s Device %02x%02x: Device %02x%02x:%02x%02x (rev %02x)\n", bdf,
		cfg[PCI_CLASS_DEVICE + 1], cfg[PCI_CLASS_DEVICE], cfg[PCI_VENDOR_ID + 1],
		cfg[PCI_VENDOR_ID], cfg[PCI_DEVICE_ID + 1], cfg[PCI_DEVICE_ID],
		cfg[PCI_REVISION_ID]);
	for (unsigned int off = 0; off < 4096; off += 16) {
		fprintf(out, "%02x:", off);
		for (unsigned int i = 0; i < 16; i++)
			fprintf(out, " %02x", cfg[off + i]);
		fputc('\n', out);
	}
	fputc('\n', out);
	return ferror(out) ? -EIO : 0;
}
