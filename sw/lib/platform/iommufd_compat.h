/* SPDX-License-Identifier: MIT */
/*
 * iommufd_compat.h - the few iommufd and VFIO character-device uAPI definitions the "pci"
 * backend needs, for build hosts whose kernel headers lack them (Debian 12 ships Linux 6.1
 * headers: no <linux/iommufd.h>, no VFIO_DEVICE_BIND_IOMMUFD / ATTACH / DETACH_IOMMUFD_PT).
 *
 * Written from the uAPI documentation (iommufd: Linux 6.2+; VFIO cdev: 6.6+; PASID attach and
 * IOMMU_HWPT_ALLOC_PASID: 6.15+), not copied from the kernel headers. Every name carries
 * a siov_/SIOV_ prefix so that this file never clashes with <linux/iommufd.h> or a newer
 * <linux/vfio.h> included in the same translation unit. Only pci.c includes it, and only when the
 * system headers do not provide everything it uses.
 *
 * All of these ioctls are _IO(';', nr) and take a structure whose first u32 is its size; a kernel
 * accepts a larger structure than it knows as long as the bytes it does not know are zero, and a
 * smaller one down to the size of the first version.
 */
#ifndef SIOV_IOMMUFD_COMPAT_H_
#define SIOV_IOMMUFD_COMPAT_H_

#include <linux/ioctl.h>
#include <linux/types.h>

/* ---- iommufd (/dev/iommu) ----------------------------------------------------------------- */
#define SIOV_IOMMUFD_TYPE ';'

#define SIOV_IOMMU_DESTROY    _IO(SIOV_IOMMUFD_TYPE, 0x80)
#define SIOV_IOMMU_IOAS_ALLOC _IO(SIOV_IOMMUFD_TYPE, 0x81)
#define SIOV_IOMMU_IOAS_MAP   _IO(SIOV_IOMMUFD_TYPE, 0x85)
#define SIOV_IOMMU_IOAS_UNMAP _IO(SIOV_IOMMUFD_TYPE, 0x86)
#define SIOV_IOMMU_HWPT_ALLOC _IO(SIOV_IOMMUFD_TYPE, 0x89)

/* Destroy an object (IOAS, HWPT, ...) by id. */
struct siov_iommu_destroy {
	__u32 size;
	__u32 id;
};

/* Allocate an I/O address space (IOAS). */
struct siov_iommu_ioas_alloc {
	__u32 size;
	__u32 flags;		/* 0 */
	__u32 out_ioas_id;
};

/* Map user memory into an IOAS (pages are pinned: RLIMIT_MEMLOCK applies). */
struct siov_iommu_ioas_map {
	__u32 size;
	__u32 flags;		/* SIOV_IOMMU_IOAS_MAP_* */
	__u32 ioas_id;
	__u32 reserved;		/* 0 */
	__u64 user_va;
	__u64 length;
	__u64 iova;		/* in with FIXED_IOVA, out without */
};

#define SIOV_IOMMU_IOAS_MAP_FIXED_IOVA (1u << 0)
#define SIOV_IOMMU_IOAS_MAP_WRITEABLE  (1u << 1)
#define SIOV_IOMMU_IOAS_MAP_READABLE   (1u << 2)

struct siov_iommu_ioas_unmap {
	__u32 size;
	__u32 ioas_id;
	__u64 iova;
	__u64 length;
};

/* Allocate a hardware page table (HWPT) for a device, backed by an IOAS (pt_id). */
struct siov_iommu_hwpt_alloc {
	__u32 size;
	__u32 flags;		/* SIOV_IOMMU_HWPT_ALLOC_* */
	__u32 dev_id;		/* from VFIO_DEVICE_BIND_IOMMUFD */
	__u32 pt_id;		/* the IOAS */
	__u32 out_hwpt_id;
	__u32 reserved;		/* 0 */
	__u32 data_type;	/* 0: no driver-specific data */
	__u32 data_len;
	__u64 data_uptr;
	__u32 fault_id;
	__u32 reserved2;
};

/* The domain may be attached to PASIDs (and must carry this flag on the RID too). Linux 6.15. */
#define SIOV_IOMMU_HWPT_ALLOC_PASID (1u << 3)

/* ---- VFIO device character device (/dev/vfio/devices/vfioN) -------------------------------- */
#define SIOV_VFIO_TYPE ';'
#define SIOV_VFIO_BASE 100

#define SIOV_VFIO_DEVICE_BIND_IOMMUFD      _IO(SIOV_VFIO_TYPE, SIOV_VFIO_BASE + 18)
#define SIOV_VFIO_DEVICE_ATTACH_IOMMUFD_PT _IO(SIOV_VFIO_TYPE, SIOV_VFIO_BASE + 19)
#define SIOV_VFIO_DEVICE_DETACH_IOMMUFD_PT _IO(SIOV_VFIO_TYPE, SIOV_VFIO_BASE + 20)

/* Bind the device to an iommufd; regions and interrupts are refused until this succeeds. */
struct siov_vfio_device_bind_iommufd {
	__u32 argsz;
	__u32 flags;		/* 0 */
	__s32 iommufd;
	__u32 out_devid;
};

/* Attach the RID (flags 0) or one PASID (flags ATTACH_PASID) to an IOAS or HWPT. Attaching again
 * replaces the current page table. Kernels before 6.15 know only the first three fields and
 * accept the larger structure while flags is 0. */
struct siov_vfio_device_attach_iommufd_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pt_id;
	__u32 pasid;
};

#define SIOV_VFIO_DEVICE_ATTACH_PASID (1u << 0)

struct siov_vfio_device_detach_iommufd_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pasid;
};

#define SIOV_VFIO_DEVICE_DETACH_PASID (1u << 0)

_Static_assert(sizeof(struct siov_iommu_ioas_map) == 40, "iommu_ioas_map layout");
_Static_assert(sizeof(struct siov_iommu_ioas_unmap) == 24, "iommu_ioas_unmap layout");
_Static_assert(sizeof(struct siov_iommu_hwpt_alloc) == 48, "iommu_hwpt_alloc layout");
_Static_assert(sizeof(struct siov_vfio_device_bind_iommufd) == 16, "vfio bind layout");
_Static_assert(sizeof(struct siov_vfio_device_attach_iommufd_pt) == 16, "vfio attach layout");
_Static_assert(sizeof(struct siov_vfio_device_detach_iommufd_pt) == 12, "vfio detach layout");

#endif /* SIOV_IOMMUFD_COMPAT_H_ */
