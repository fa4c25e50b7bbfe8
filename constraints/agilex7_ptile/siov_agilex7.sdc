# siov_agilex7.sdc: timing constraints of siov_agilex7_top (Intel Agilex 7, P-tile PCIe hard IP,
# fpga/boards/agilex7_ptile). Read by Quartus Prime Pro (synthesis, fitter, timing analyzer).
# UNTESTED: written without Quartus at hand; see constraints/README.md for what to check in the
# first timing report.
#
# Clocks of the design:
#   pcie_refclk_p[1:0]  100 MHz PCIe reference clock (PCIe CEM, HCSL), into the P-tile's
#                       refclk0 / refclk1 only; no fabric logic runs on it.
#   coreclkout_hip      the application clock out of the P-tile: all of fpga/ptile and rtl/ run
#                       on it. Its frequency is an IP parameter (g4_pld_clkfreq_user_hwtcl in
#                       fpga/boards/agilex7_ptile/ip/pcie_ptile_x16.ip.tcl, SIOV_PTILE_CLK_MHZ,
#                       default 400 MHz = 2.5 ns; native Gen4 allows up to 500 MHz on Agilex 7,
#                       UG 683059 4.2.1). It is NOT created here: the SDC that Quartus generates
#                       with the IP creates it (assumption, as for every Intel hard IP; check
#                       that Report Clocks lists it with the expected period). Creating it again
#                       here would override the IP's definition.
# Quartus Prime Pro constrains PLL outputs from the IPs' own SDC; derive_pll_clocks is a Quartus
# Standard command and is not used here.

set_time_format -unit ns -decimal_places 3

create_clock -name pcie_refclk0 -period 10.000 [get_ports {pcie_refclk_p[0]}]
create_clock -name pcie_refclk1 -period 10.000 [get_ports {pcie_refclk_p[1]}]

derive_clock_uncertainty

# The reference clocks only reach the tile: no fabric path relates them to coreclkout_hip or to
# each other.
set_clock_groups -asynchronous -group [get_clocks {pcie_refclk0}]
set_clock_groups -asynchronous -group [get_clocks {pcie_refclk1}]

# PERST# is asynchronous to everything; it resets the IP, whose p0_reset_status_n is
# synchronised to coreclkout_hip in the board top.
set_false_path -from [get_ports {pcie_perst_n}]

# Status LEDs.
set_false_path -to [get_ports {user_led_o[*]}]
