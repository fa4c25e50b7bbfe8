// siov_cfg_pkg: configuration-space layout and the configuration state that the rest of the
// device reads (PCIe Base Spec chapter 7; Intel Scalable IOV spec rev 1.1 section 2.8).
package siov_cfg_pkg;

  // Capability structures, byte offsets in configuration space. The legacy list is
  // PM -> MSI-X -> PCI Express; the extended list is AER -> PASID -> Intel SIOV DVSEC.
  localparam logic [11:0] CapPmOff    = 12'h040;
  localparam logic [11:0] CapMsixOff  = 12'h050;
  localparam logic [11:0] CapPcieOff  = 12'h060;
  localparam logic [11:0] ExtAerOff   = 12'h100;
  localparam logic [11:0] ExtPasidOff = 12'h150;
  localparam logic [11:0] ExtDvsecOff = 12'h160;
  localparam logic [11:0] ExtDvsecLen = 12'h018;   // DVSEC Length: 0x18 bytes (6 DWs)

  // Max_Payload_Size / Max_Read_Request_Size encodings (128 << n bytes).
  localparam logic [2:0] Size128  = 3'd0;
  localparam logic [2:0] Size256  = 3'd1;
  localparam logic [2:0] Size512  = 3'd2;
  localparam logic [2:0] Size1024 = 3'd3;
  localparam logic [2:0] Size2048 = 3'd4;
  localparam logic [2:0] Size4096 = 3'd5;

  // Configuration state seen by the rest of the function.
  typedef struct packed {
    logic [15:0] dev_id;         // captured bus/device numbers, function 0
    logic        mem_en;         // Command.Memory Space Enable (and not in D3hot)
    logic        bus_master_en;  // Command.Bus Master Enable
    logic [2:0]  max_payload;    // effective MPS (never above what DevCap advertises)
    logic [2:0]  max_read_req;   // Device Control MRRS
    logic        ext_tag_en;     // Device Control Extended Tag Field Enable
    logic        tag10_en;       // Device Control 2 10-Bit Tag Requester Enable
    logic        relaxed_en;     // Device Control Enable Relaxed Ordering
    logic        no_snoop_en;    // Device Control Enable No Snoop
    logic        rcb128;         // Link Control Read Completion Boundary (1 = 128 B)
    logic        pasid_en;       // PASID Control Enable
    logic        pasid_exec_en;  // PASID Control Execute Permission Enable
    logic        pasid_priv_en;  // PASID Control Privileged Mode Enable
    logic        msix_en;        // MSI-X Enable
    logic        msix_mask;      // MSI-X Function Mask
    logic [31:0] sys_page_size;  // DVSEC System Page Size (one-hot; bit n = 4 KiB << n)
    logic [63:0] bar0_base;      // BAR0 (privileged registers) base address
    logic [63:0] bar2_base;      // BAR2 (per-ADI direct-path pages) base address
  } cfg_state_t;

  // Error events reported to the configuration space for logging (PCIe 6.2, AER).
  typedef struct packed {
    logic ur_np;        // non-posted request answered with UR
    logic ur_posted;    // posted request dropped as unsupported
    logic ca_sent;      // request answered with Completer Abort
    logic malformed;    // malformed TLP received and dropped
    logic unexp_cpl;    // completion that matches no outstanding request
    logic poisoned;     // poisoned TLP received
    logic cpl_ur;       // UR completion received for one of our reads
    logic cpl_ca;       // CA completion received for one of our reads
    logic cpl_timeout;  // one of our reads timed out
  } cfg_err_t;

endpackage
