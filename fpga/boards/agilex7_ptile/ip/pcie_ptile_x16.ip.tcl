# pcie_ptile_x16.ip.tcl: Platform Designer script that creates the IP variant pcie_ptile_x16.ip,
# the Intel P-tile Avalon-ST hard IP for PCI Express (component intel_pcie_ptile_ast) of the
# siovdm Agilex 7 board top (fpga/boards/agilex7_ptile/siov_agilex7_top.sv).
#
#   cd <build dir>/ip && qsys-script --script=pcie_ptile_x16.ip.tcl
#   (fpga/build.sh does this; quartus_ipgenerate then generates pcie_ptile_x16/ from the .ip)
#
# UNTESTED: Quartus is not installed where this was written. The parameter names are those of
# the intel_pcie_ptile_ast component as Platform Designer writes them out (taken from the
# Corundum/verilog-pcie DE10-Agilex IP script, example/DE10_Agilex/fpga/ip/pcie.tcl, and from the
# names in docs/reference pcie.md section 5.3). Names and value spellings change between Quartus
# releases: open the generated pcie_ptile_x16.ip in the IP Parameter Editor once and check every
# value below against the GUI (and against `lspci -vvv` on the board, see fpga/README.md).
# Parameters not set here keep the component's defaults.
#
# Settings (UG 683059 chapter 5, "Parameters"):
#   Gen4 x16 native endpoint, 512-bit Avalon-ST (two 256-bit segments)
#   application clock (coreclkout_hip) SIOV_PTILE_CLK_MHZ, default 400 MHz
#   IDs: vendor 1d5a, device 5100, revision 01, class 088000, subsystem 1d5a:0001 (rtl/siov_top.sv)
#   BAR0: 64-bit non-prefetchable, 1 MiB (privileged registers, MSI-X table and PBA)
#   BAR2: 64-bit prefetchable, 4 MiB (64 ADI direct-path pages of 64 KiB)
#   MSI-X: 16 vectors, table at BAR0 + 0x1000, PBA at BAR0 + 0x2000; MSI and INTx off
#   PASID capability: width 20, execute and privileged modes supported
#   Extended tags, 10-bit tag requester (interface enabled), FLR capability, MPS 512 bytes
#   CII enabled, user VSEC area at 0xD00 (the soft SIOV DVSEC lives there)

# Platform Designer version: the Quartus release by default, or pin one (e.g. 23.4) through the
# environment so that a newer release interprets the script like the one it was checked with.
if {[info exists ::env(SIOV_QSYS_VERSION)]} {
  package require -exact qsys $::env(SIOV_QSYS_VERSION)
} else {
  package require qsys
}

proc env_or {name default} {
  if {[info exists ::env($name)]} { return $::env($name) }
  return $default
}

# Device (TODO-BOARD: AGFB014R24B2E2V is the DE10-Agilex part used by the verilog-pcie example;
# the Intel Agilex 7 F-Series Development Kit has a different part number, see its user guide).
set device  [env_or SIOV_DEVICE AGFB014R24B2E2V]
set family  [env_or SIOV_FAMILY "Agilex 7"]
set clk_mhz [env_or SIOV_PTILE_CLK_MHZ 400]

proc p {name value} {
  set_instance_parameter_value pcie $name $value
}

create_system pcie_ptile_x16
set_project_property DEVICE        $device
set_project_property DEVICE_FAMILY $family
set_project_property HIDE_FROM_IP_CATALOG {true}
set_use_testbench_naming_pattern 0 {}

add_instance pcie intel_pcie_ptile_ast

# ---- topology and clock -------------------------------------------------------------------
p top_topology_hwtcl                {Gen4x16, Interface - 512 bit}
p virtual_rp_ep_mode_hwtcl          {Native Endpoint}
# coreclkout_hip for native Gen4: 175/200/225/250/350/400/450/500 MHz on Agilex 7 (UG 683059
# 4.2.1, "Interface Clock Signals"). 500 MHz x 512 bits matches the Gen4 x16 line rate; 400 MHz
# is what the verilog-pcie DE10-Agilex example uses; lower values ease timing closure of the
# device at the cost of bandwidth. Keep constraints/agilex7_ptile/siov_agilex7.sdc in step (it
# reads the same SIOV_PTILE_CLK_MHZ).
p g4_pld_clkfreq_user_hwtcl         "${clk_mhz}MHz"
p core16_total_pf_count_hwtcl       1
p core16_enable_sriov_hwtcl         0
p core16_enable_multi_func_hwtcl    0

# ---- identity (must match rtl/siov_top.sv and the host library's expectations) -------------
p core16_pf0_pci_type0_vendor_id_hwtcl  [expr {0x1d5a}]
p core16_pf0_pci_type0_device_id_hwtcl  [expr {0x5100}]
p core16_pf0_revision_id_hwtcl          1
p core16_pf0_class_code_hwtcl           [expr {0x088000}]
p core16_pf0_subsys_vendor_id_hwtcl     [expr {0x1d5a}]
p core16_pf0_subsys_dev_id_hwtcl        1

# ---- BARs (address width = log2 of the size in bytes) --------------------------------------
# The "64-bit non-prefetchable memory" spelling is an assumption: check the GUI's BAR type list.
p core16_pf0_bar0_type_user_hwtcl          {64-bit non-prefetchable memory}
p core16_pf0_bar0_address_width_user_hwtcl 20
p core16_pf0_bar1_type_user_hwtcl          {Disabled}
p core16_pf0_bar1_address_width_user_hwtcl 0
p core16_pf0_bar2_type_user_hwtcl          {64-bit prefetchable memory}
p core16_pf0_bar2_address_width_user_hwtcl 22
p core16_pf0_bar3_type_user_hwtcl          {Disabled}
p core16_pf0_bar3_address_width_user_hwtcl 0
p core16_pf0_bar4_type_user_hwtcl          {Disabled}
p core16_pf0_bar4_address_width_user_hwtcl 0
p core16_pf0_bar5_type_user_hwtcl          {Disabled}
p core16_pf0_bar5_address_width_user_hwtcl 0
p core16_pf0_expansion_base_address_register_hwtcl 0

# ---- interrupts: MSI-X only ----------------------------------------------------------------
p core16_virtual_pf0_msix_enable_user_hwtcl  1
p core16_virtual_pf0_msi_enable_user_hwtcl   0
p core16_enable_legacy_int_hwtcl             0
p core16_pf0_int_pin_hwtcl                   {NO INT}
# Table Size is N - 1. The offsets are in the units of the MSI-X Table/PBA Offset field, i.e.
# QWORDs (byte offset / 8): assumption from Intel's OFS settings (1536 / 1550 = BAR4 + 0x3000 /
# + 0x3070, which only an 8-byte unit makes aligned). The GUI shows the resulting byte offsets;
# they must read 0x1000 and 0x2000 (rtl/regs/siov_bar0.rdl).
p core16_pf0_pci_msix_table_size_hwtcl   15
p core16_pf0_pci_msix_bir_hwtcl          0
p core16_pf0_pci_msix_table_offset_hwtcl [expr {0x1000 / 8}]
p core16_pf0_pci_msix_pba_hwtcl          0
p core16_pf0_pci_msix_pba_offset_hwtcl   [expr {0x2000 / 8}]

# ---- PCI Express capability --------------------------------------------------------------
p core16_virtual_maxpayload_size_hwtcl   512
p core16_cap_ext_tag_supp_user_hwtcl     1
# 10-bit tag requester: exposes p0_10bits_tag_req_en_o (UG 683059 4.4.8); whether it also sets
# DevCap2 bit 17 is to be checked with lspci ("10BitTagReq+").
p core16_enable_10bit_tag_support_intf_hwtcl 1
p core16_flr_cap_user_hwtcl              1

# ---- PASID (pcie.md 5.3: coreN_pfK_pasid_cap_*) ----------------------------------------------
# The IP must then also advertise End-End TLP Prefix Supported in DevCap2 (Linux refuses PASID
# otherwise, pcie.md 3.6): check "EETLPPrefix+" with lspci -vvv.
p core16_virtual_pf0_pasid_cap_enable_hwtcl           1
p core16_pf0_pasid_cap_max_pasid_width                20
p core16_pf0_pasid_cap_execute_permission_supported   1
p core16_pf0_pasid_cap_privileged_mode_supported      1
p core16_virtual_pf0_ats_cap_enable_hwtcl             0
p core16_virtual_pf0_prs_ext_cap_enable_hwtcl         0

# ---- configuration intercept interface and the user VSEC area --------------------------------
# UG 683059 4.11: with CII on, configuration accesses to 0xD00-0xFFF go to the soft logic, which
# serves the Intel SIOV DVSEC there. The hard IP's last extended capability must point to 0xD00:
# that is what the VSEC settings below are meant to do (assumption; the meaning of
# vsec_next_offset versus the per-PF user VSEC offset is to be checked in the GUI, and the chain
# with lspci -vvv: "Designated Vendor-Specific: Vendor=8086 ID=0005 Rev=0 Len=24").
p core16_enable_cii_hwtcl               1
p core16_user_vsec_cap_enable_hwtcl     1
p core16_vsec_next_offset_hwtcl         [expr {0xd00}]

# ---- interfaces not used ------------------------------------------------------------------
p core16_enable_rx_buffer_limit_ports_hwtcl 0
p core16_enable_error_intf_hwtcl            0
p core16_enable_power_mgnt_intf_hwtcl       0
p core16_enable_hotplug_hwtcl               0
p core16_enable_cpl_timeout_hwtcl           0
p core16_hip_reconfig_user_hwtcl            0
p xcvr_reconfig_user_hwtcl                  0

# Export every interface of the instance under its own name, so that the generated module
# pcie_ptile_x16 has the IP's port names (p0_rx_st_ready_i, coreclkout_hip, ...).
set_instance_property pcie AUTO_EXPORT true

set_module_property FILE {pcie_ptile_x16.ip}
set_module_property NAME {pcie_ptile_x16}
sync_sysinfo_parameters
save_system pcie_ptile_x16
