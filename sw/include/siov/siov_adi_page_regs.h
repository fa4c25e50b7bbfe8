/*
 * Generated from rtl/regs/siov_adi_page.rdl by scripts/regs/gen_regs.py. DO NOT EDIT.
 * Regenerate with:
 *   .venv/bin/python scripts/regs/gen_regs.py rtl/regs/siov_adi_page.rdl
 *       --sv rtl/regs/siov_adi_page_reg_pkg.sv --c sw/include/siov/siov_adi_page_regs.h
 *       --md docs/registers/siov_adi_page.md --py sim/board/regs/siov_adi_page_regs.py
 */

#ifndef SIOV_SIOV_ADI_PAGE_REGS_H_
#define SIOV_SIOV_ADI_PAGE_REGS_H_

#define SIOV_ADI_PAGE_SIZE 0x00001000u

/* reg doorbell @ 0x0000: Doorbell */
#define SIOV_ADI_PAGE_DOORBELL_OFFSET     0x00000000u
#define SIOV_ADI_PAGE_DOORBELL_RESET      0x00000000u
#define SIOV_ADI_PAGE_DOORBELL_WMASK      0x0000ffffu
#define SIOV_ADI_PAGE_DOORBELL_TAIL_SHIFT 0u
#define SIOV_ADI_PAGE_DOORBELL_TAIL_WIDTH 16u
#define SIOV_ADI_PAGE_DOORBELL_TAIL_MASK  0x0000ffffu
#define SIOV_ADI_PAGE_DOORBELL_TAIL_RESET 0x0000u

/* reg head @ 0x0008: Ring head */
#define SIOV_ADI_PAGE_HEAD_OFFSET     0x00000008u
#define SIOV_ADI_PAGE_HEAD_RESET      0x00000000u
#define SIOV_ADI_PAGE_HEAD_WMASK      0x00000000u
#define SIOV_ADI_PAGE_HEAD_HEAD_SHIFT 0u
#define SIOV_ADI_PAGE_HEAD_HEAD_WIDTH 16u
#define SIOV_ADI_PAGE_HEAD_HEAD_MASK  0x0000ffffu
#define SIOV_ADI_PAGE_HEAD_HEAD_RESET 0x0000u

/* reg status @ 0x0010: ADI status */
#define SIOV_ADI_PAGE_STATUS_OFFSET          0x00000010u
#define SIOV_ADI_PAGE_STATUS_RESET           0x00000000u
#define SIOV_ADI_PAGE_STATUS_WMASK           0x00000000u
#define SIOV_ADI_PAGE_STATUS_ENABLED_SHIFT   0u
#define SIOV_ADI_PAGE_STATUS_ENABLED_WIDTH   1u
#define SIOV_ADI_PAGE_STATUS_ENABLED_MASK    0x00000001u
#define SIOV_ADI_PAGE_STATUS_ENABLED_RESET   0x0u
#define SIOV_ADI_PAGE_STATUS_MODE_SHIFT      1u
#define SIOV_ADI_PAGE_STATUS_MODE_WIDTH      2u
#define SIOV_ADI_PAGE_STATUS_MODE_MASK       0x00000006u
#define SIOV_ADI_PAGE_STATUS_MODE_RESET      0x0u
#define SIOV_ADI_PAGE_STATUS_MODE_RING       0x0u
#define SIOV_ADI_PAGE_STATUS_MODE_PORTAL     0x1u
#define SIOV_ADI_PAGE_STATUS_MODE_SHARED     0x2u
#define SIOV_ADI_PAGE_STATUS_OCCUPANCY_SHIFT 8u
#define SIOV_ADI_PAGE_STATUS_OCCUPANCY_WIDTH 8u
#define SIOV_ADI_PAGE_STATUS_OCCUPANCY_MASK  0x0000ff00u
#define SIOV_ADI_PAGE_STATUS_OCCUPANCY_RESET 0x00u

/* mem portal @ 0x0040: Dedicated portal */
#define SIOV_ADI_PAGE_PORTAL_OFFSET 0x00000040u
#define SIOV_ADI_PAGE_PORTAL_SIZE   0x00000040u

/* mem swq @ 0x0080: Shared work queue */
#define SIOV_ADI_PAGE_SWQ_OFFSET 0x00000080u
#define SIOV_ADI_PAGE_SWQ_SIZE   0x00000040u

#endif /* SIOV_SIOV_ADI_PAGE_REGS_H_ */
