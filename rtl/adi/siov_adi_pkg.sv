// siov_adi_pkg: Assignable Device Interfaces: descriptor layout, opcodes, status codes, modes
// and the work item the scheduler hands to an engine (docs/adi.md; descriptors and completion
// records follow <linux/idxd.h>).
package siov_adi_pkg;

  // Largest configuration (the RTL is parameterised; these bound index widths).
  localparam int unsigned MaxAdiW  = 10;   // up to 1024 ADIs
  localparam int unsigned SlotIdxW = 8;    // up to 256 descriptor slots

  // Opcodes (DSA numbering).
  localparam logic [7:0] OpNoop    = 8'h00;
  localparam logic [7:0] OpBatch   = 8'h01;
  localparam logic [7:0] OpDrain   = 8'h02;
  localparam logic [7:0] OpMemmove = 8'h03;
  localparam logic [7:0] OpFill    = 8'h04;
  localparam logic [7:0] OpCompare = 8'h05;
  localparam logic [7:0] OpCompPat = 8'h06;
  localparam logic [7:0] OpDeltaC  = 8'h07;
  localparam logic [7:0] OpDeltaA  = 8'h08;
  localparam logic [7:0] OpDualcast = 8'h09;
  localparam logic [7:0] OpCrcGen  = 8'h10;
  localparam logic [7:0] OpCopyCrc = 8'h11;
  localparam logic [7:0] OpDifChk  = 8'h12;
  localparam logic [7:0] OpDifIns  = 8'h13;
  localparam logic [7:0] OpDifStrp = 8'h14;
  localparam logic [7:0] OpDifUpd  = 8'h15;
  localparam logic [7:0] OpCacheFlush = 8'h20;   // outside OpCapAll on purpose: answered 0x10 (docs/operations.md)
  // PASID Permissions Table (docs/ppt.md; DSA 2.0 inter-domain numbering).
  localparam logic [7:0] OpUpdWin  = 8'h21;
  localparam logic [7:0] OpIdMove  = 8'h23;
  localparam logic [7:0] OpIdFill  = 8'h24;
  localparam logic [7:0] OpIdCmp   = 8'h25;
  localparam logic [7:0] OpIdCpat  = 8'h26;
  // Opcodes the engines implement (bit n = opcode n): 0x00-0x09, 0x10-0x15, 0x21, 0x23-0x26.
  localparam logic [63:0] OpCapAll = 64'h0000_007a_003f_03ff;

  // Completion status codes (DSA, <linux/idxd.h> DSA_COMP_*).
  localparam logic [6:0] StSuccess      = 7'h01;
  localparam logic [6:0] StFalsePred    = 7'h02;
  localparam logic [6:0] StPageFault    = 7'h03;
  localparam logic [6:0] StBatchFail    = 7'h05;
  localparam logic [6:0] StBatchFault   = 7'h06;
  localparam logic [6:0] StDeltaOrder   = 7'h07;
  localparam logic [6:0] StDeltaRange   = 7'h08;
  localparam logic [6:0] StDifError     = 7'h09;
  localparam logic [6:0] StBadOpcode    = 7'h10;
  localparam logic [6:0] StInvalFlags   = 7'h11;
  localparam logic [6:0] StNonzeroRsvd  = 7'h12;
  localparam logic [6:0] StXferSize     = 7'h13;
  localparam logic [6:0] StDescCount    = 7'h14;
  localparam logic [6:0] StDeltaSize    = 7'h15;
  localparam logic [6:0] StOverlap      = 7'h16;
  localparam logic [6:0] StDualcast     = 7'h17;
  localparam logic [6:0] StListAlign    = 7'h18;
  localparam logic [6:0] StIntHandle    = 7'h19;
  localparam logic [6:0] StCrAlign      = 7'h1b;
  localparam logic [6:0] StMisalign     = 7'h1c;
  localparam logic [6:0] StPrivBad      = 7'h1d;
  localparam logic [6:0] StHwError      = 7'h20;
  // PASID Permissions Table (docs/ppt.md section 4; the unused range 0x30-0x3A). The values are
  // siov_bar0.rdl's siov_swerr_e ppt_* codes (Yosys takes no package reference inside a package;
  // siov_ppt checks that the two agree at elaboration).
  localparam logic [6:0] StPptSel       = 7'h30;
  localparam logic [6:0] StPptInvalid   = 7'h31;
  localparam logic [6:0] StPptSubmitter = 7'h32;
  localparam logic [6:0] StPptNoRead    = 7'h33;
  localparam logic [6:0] StPptNoWrite   = 7'h34;
  localparam logic [6:0] StPptRange     = 7'h35;
  localparam logic [6:0] StPptFault     = 7'h36;
  localparam logic [6:0] StPptNotOwner  = 7'h37;
  localparam logic [6:0] StPptNoUpdate  = 7'h38;
  localparam logic [6:0] StPptBadWin    = 7'h39;
  localparam logic [6:0] StPptNoDrain   = 7'h3a;

  // Device-specific software-error codes (SWERR only).
  localparam logic [7:0] SwPortalOverflow = 8'h40;
  localparam logic [7:0] SwAdiDisabled    = 8'h41;
  localparam logic [7:0] SwRingFault      = 8'h42;
  localparam logic [7:0] SwItblFault      = 8'h43;
  localparam logic [7:0] SwPrivWrite      = 8'h44;
  localparam logic [7:0] SwBadSubmit      = 8'h45;

  // Descriptor flag bits (bytes 4-6).
  localparam int unsigned FlagFence  = 0;
  localparam int unsigned FlagBof    = 1;
  localparam int unsigned FlagCrav   = 2;
  localparam int unsigned FlagRcr    = 3;
  localparam int unsigned FlagRci    = 4;
  localparam int unsigned FlagCrsts  = 5;
  localparam int unsigned FlagCheck  = 7;
  localparam int unsigned FlagDrdbk  = 14;
  localparam int unsigned FlagDsts   = 15;
  // Flags every opcode accepts: Fence, CRAV, RCR, RCI, Cache Control, the traffic-class
  // selectors and Strict Ordering (no effect here: one traffic class, writes stay in order).
  localparam logic [23:0] FlagsCommon = 24'h003f1d;

  // PPT entry (32 bytes, byte 0 in [7:0]; docs/ppt.md section 2): bit positions.
  localparam int unsigned PeValid  = 0;
  localparam int unsigned PeUpdate = 1;
  localparam int unsigned PeRead   = 2;
  localparam int unsigned PeWrite  = 3;
  localparam int unsigned PeDrain  = 4;
  localparam int unsigned PeRange  = 5;
  localparam int unsigned PeOffset = 6;
  localparam int unsigned PeAny    = 7;
  localparam int unsigned PePriv   = 8;
  localparam int unsigned PeSubm   = 32;    // [51:32] submitter PASID
  localparam int unsigned PeAcc    = 64;    // [83:64] access PASID
  localparam int unsigned PeNtfIms = 96;    // [111:96] IMS handle raised after a notification
  localparam int unsigned PeNtfInt = 112;   // ... enable
  localparam int unsigned PeBase   = 128;   // [191:128]
  localparam int unsigned PeSize   = 192;   // [255:192]
  // PPT lookup answers.
  localparam logic [1:0] PptOk    = 2'd0;
  localparam logic [1:0] PptRange = 2'd1;   // selector not below ppt_size
  localparam logic [1:0] PptFault = 2'd2;   // the entry could not be read

  // ADI modes and states (match siov_bar0.rdl).
  localparam logic [1:0] ModeRing   = 2'd0;
  localparam logic [1:0] ModePortal = 2'd1;
  localparam logic [1:0] ModeShared = 2'd2;
  localparam logic [1:0] AdiDisabled = 2'd0;
  localparam logic [1:0] AdiEnabled  = 2'd1;
  localparam logic [1:0] AdiBusy     = 2'd2;
  localparam logic [1:0] AdiHalted   = 2'd3;

  // A PASID as configured: {en, priv, pasid}.
  typedef struct packed {
    logic        en;
    logic        priv;
    logic [19:0] pasid;
  } pasid_t;

  // A descriptor handed to an engine, with the identity it runs under.
  typedef struct packed {
    logic [511:0]         desc;        // 64 bytes, byte 0 in [7:0]
    logic [MaxAdiW-1:0]   adi;
    logic                 cancelled;   // discarded by an abort: consume without executing
    logic                 shared;      // from a shared work queue: identity from the descriptor
    pasid_t               desc_pasid;  // completion record, batch list
    pasid_t               data_pasid;  // source and destination
    pasid_t               int_pasid;   // interrupt table
    logic                 int_mode;    // 0 IMS, 1 interrupt table in memory
    logic [63:0]          itbl_base;
    logic [15:0]          itbl_size;
    logic [63:0]          ops;         // allowed opcodes
  } work_t;

  // Widths for flat vectors (Yosys 0.23: no arrays of structs).
  localparam int unsigned PasidW = 22;
  localparam int unsigned WorkW  = 512 + MaxAdiW + 2 + 3 * PasidW + 1 + 64 + 16 + 64;

  // Descriptor layout (<linux/idxd.h> struct dsa_hw_desc): byte 0 is bits [7:0] of the 512-bit
  // vector, so the fields are listed from byte 63 down to byte 0.
  typedef struct packed {
    logic [191:0] op_specific;   // bytes 40-63
    logic [15:0]  rsvd;          // bytes 38-39
    logic [15:0]  int_handle;    // bytes 36-37
    logic [31:0]  xfer_size;     // bytes 32-35 (batch: descriptor count)
    logic [63:0]  addr2;         // bytes 24-31 (destination)
    logic [63:0]  addr1;         // bytes 16-23 (source, batch list)
    logic [63:0]  compl_addr;    // bytes 8-15
    logic [7:0]   opcode;        // byte 7
    logic [23:0]  flags;         // bytes 4-6
    logic         priv;          // byte 3 bit 7
    logic [10:0]  pasid_rsvd;    // bits 30:20
    logic [19:0]  pasid;         // bits 19:0
  } desc_t;

endpackage
