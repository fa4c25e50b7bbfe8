// siov_dma_pkg: status codes shared by the DMA read and write engines and their clients.
package siov_dma_pkg;

  // Completion status of a DMA operation (read or write half).
  localparam logic [2:0] DmaOk       = 3'd0;  // all bytes moved
  localparam logic [2:0] DmaRdUr     = 3'd1;  // a read completion returned UR (e.g. IOMMU fault)
  localparam logic [2:0] DmaRdCa     = 3'd2;  // a read completion returned CA
  localparam logic [2:0] DmaPoisoned = 3'd3;  // a read completion was poisoned
  localparam logic [2:0] DmaTimeout  = 3'd4;  // a read request got no completion in time
  localparam logic [2:0] DmaBmeOff   = 3'd5;  // Bus Master Enable was 0: request(s) not sent
  localparam logic [2:0] DmaPasidOff = 3'd6;  // PASID prefix requested while PASID is disabled
  localparam logic [2:0] DmaAborted  = 3'd7;  // stopped by the client (abort)

endpackage
