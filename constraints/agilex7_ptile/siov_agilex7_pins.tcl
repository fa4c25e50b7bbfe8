# siov_agilex7_pins.tcl: pin locations and I/O standards of siov_agilex7_top. Sourced inside
# quartus_sh by fpga/boards/agilex7_ptile/siov_agilex7.tcl (Quartus project Tcl API).
#
# TODO-BOARD: every location below is EMPTY on purpose. They depend on the board (Terasic
# DE10-Agilex, Intel Agilex 7 FPGA F-Series Development Kit, ...) and must be copied from that
# board's pin-out, never guessed; constraints/README.md says where to find it and how to fill
# this table. With a location missing the project script stops with an error, unless
# SIOV_ALLOW_UNPLACED=1 (a compile smoke test whose bitstream must not be loaded).
#
# Table: port, location (the pin name without "PIN_", e.g. AB12), I/O standard ("" = leave it to
# the board's default / Quartus). Only the _p pin of a differential pair gets a location; Quartus
# places the _n pin. The I/O standards given for the reference clock and the lanes are the usual
# ones for P-tile pins (HCSL reference clock, transceiver lanes); confirm them against the
# board's QSF. PERST# and the LEDs sit on general-purpose banks whose voltage is board-specific.

set siov_pin_table {
  pcie_perst_n        ""  ""
  pcie_refclk_p[0]    ""  "HCSL"
  pcie_refclk_p[1]    ""  "HCSL"
  pcie_rx_p[0]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[1]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[2]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[3]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[4]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[5]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[6]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[7]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[8]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[9]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[10]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[11]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[12]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[13]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[14]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_rx_p[15]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[0]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[1]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[2]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[3]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[4]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[5]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[6]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[7]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[8]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[9]        ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[10]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[11]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[12]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[13]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[14]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  pcie_tx_p[15]       ""  "HIGH SPEED DIFFERENTIAL I/O"
  user_led_o[0]       ""  ""
  user_led_o[1]       ""  ""
  user_led_o[2]       ""  ""
  user_led_o[3]       ""  ""
}

set siov_missing {}
foreach {port loc iostd} $siov_pin_table {
  if {$loc eq ""} {
    lappend siov_missing $port
  } else {
    set_location_assignment "PIN_$loc" -to $port
  }
  if {$iostd ne ""} {
    set_instance_assignment -name IO_STANDARD $iostd -to $port
    # The complement of a lane's differential pair (a port of its own) takes the same standard.
    if {[regsub {^(pcie_[rt]x)_p(\[[0-9]+\])$} $port {\1_n\2} port_n]} {
      set_instance_assignment -name IO_STANDARD $iostd -to $port_n
    }
  }
}

if {[llength $siov_missing] != 0} {
  set siov_msg "siov_agilex7_pins.tcl: no location (TODO-BOARD) for [llength $siov_missing]\
 port(s): [join $siov_missing {, }]; fill the table from the board's pin-out\
 (constraints/README.md)"
  if {[info exists ::env(SIOV_ALLOW_UNPLACED)] && $::env(SIOV_ALLOW_UNPLACED) eq "1"} {
    post_message -type critical_warning "$siov_msg. SIOV_ALLOW_UNPLACED=1: the fitter places\
 them; DO NOT load this bitstream on a board."
  } else {
    post_message -type error $siov_msg
    error $siov_msg
  }
}
