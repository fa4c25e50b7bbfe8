# siov_agilex7.tcl: creates the Quartus Prime Pro project siov_agilex7 (board top
# siov_agilex7_top, Intel Agilex 7 with the P-tile PCIe hard IP) in the current directory.
#
#   quartus_sh -t siov_agilex7.tcl <rtl.f> <ip dir>
#
#   <rtl.f>   absolute paths of the RTL, in Bender order (packages first), from
#             `bender script flist -t fpga` or scripts/bender_flist.py -t fpga --files-only
#   <ip dir>  directory holding pcie_ptile_x16.ip and siov_reset_release.ip (made by qsys-script
#             from ip/*.ip.tcl)
#
# fpga/build.sh runs it and then the compilation (quartus_ipgenerate, quartus_sh --flow
# compile). Environment: SIOV_DEVICE, SIOV_FAMILY (as in build.sh), SIOV_ALLOW_UNPLACED.
# UNTESTED: written without Quartus at hand.

package require ::quartus::project

if {[info exists ::quartus(args)]} {
  set script_args $::quartus(args)
} else {
  set script_args $::argv
}
if {[llength $script_args] != 2} {
  post_message -type error "usage: quartus_sh -t siov_agilex7.tcl <rtl.f> <ip dir>"
  exit 1
}
lassign $script_args rtl_f ip_dir

proc env_or {name default} {
  if {[info exists ::env($name)]} { return $::env($name) }
  return $default
}

set here     [file dirname [file normalize [info script]]]
set repo     [file normalize [file join $here .. .. ..]]
set project  siov_agilex7
set device   [env_or SIOV_DEVICE AGFB014R24B2E2V]
set family   [env_or SIOV_FAMILY "Agilex 7"]

project_new $project -overwrite
set_global_assignment -name FAMILY                $family
set_global_assignment -name DEVICE                $device
set_global_assignment -name TOP_LEVEL_ENTITY      siov_agilex7_top
set_global_assignment -name PROJECT_OUTPUT_DIRECTORY output_files
# The RTL keeps simulation-only assertions under `ifndef SYNTHESIS (docs: rtl/ style).
set_global_assignment -name VERILOG_MACRO         "SYNTHESIS=1"

# ---- sources ------------------------------------------------------------------------------
set fh [open $rtl_f r]
set n 0
foreach line [split [read $fh] "\n"] {
  set f [string trim $line]
  if {$f eq "" || [string index $f 0] eq "+"} { continue }
  set_global_assignment -name SYSTEMVERILOG_FILE $f
  incr n
}
close $fh
if {$n == 0} {
  post_message -type error "$rtl_f lists no source file"
  exit 1
}
set_global_assignment -name SYSTEMVERILOG_FILE [file join $here siov_agilex7_top.sv]

foreach ip {pcie_ptile_x16 siov_reset_release} {
  set ip_file [file normalize [file join $ip_dir $ip.ip]]
  if {![file exists $ip_file]} {
    post_message -type error "$ip_file missing: run qsys-script on ip/$ip.ip.tcl (fpga/build.sh ip)"
    exit 1
  }
  set_global_assignment -name IP_FILE $ip_file
}

# ---- constraints ----------------------------------------------------------------------------
set_global_assignment -name SDC_FILE \
  [file join $repo constraints agilex7_ptile siov_agilex7.sdc]
source [file join $repo constraints agilex7_ptile siov_agilex7_pins.tcl]

# ---- compilation settings ---------------------------------------------------------------------
set_global_assignment -name OPTIMIZATION_MODE "HIGH PERFORMANCE EFFORT"
set_global_assignment -name NUM_PARALLEL_PROCESSORS ALL

export_assignments
project_close
post_message "project $project created with $n RTL files"
