# siov_reset_release.ip.tcl: Platform Designer script that creates the IP variant
# siov_reset_release.ip, the Reset Release IP (component altera_s10_user_rst_clkgate) whose
# ninit_done output keeps the P-tile IP in reset until the device has entered user mode (Intel
# recommends it for every Agilex design). Run like pcie_ptile_x16.ip.tcl (fpga/build.sh).
# UNTESTED (no Quartus here); the component has no parameter but the kind of its output
# (conduit by default, which is what siov_agilex7_top.sv expects: a plain ninit_done port).

if {[info exists ::env(SIOV_QSYS_VERSION)]} {
  package require -exact qsys $::env(SIOV_QSYS_VERSION)
} else {
  package require qsys
}

proc env_or {name default} {
  if {[info exists ::env($name)]} { return $::env($name) }
  return $default
}

create_system siov_reset_release
set_project_property DEVICE        [env_or SIOV_DEVICE AGFB014R24B2E2V]
set_project_property DEVICE_FAMILY [env_or SIOV_FAMILY "Agilex 7"]
set_project_property HIDE_FROM_IP_CATALOG {true}

add_instance rst_release altera_s10_user_rst_clkgate
set_instance_property rst_release AUTO_EXPORT true

set_module_property FILE {siov_reset_release.ip}
set_module_property NAME {siov_reset_release}
sync_sysinfo_parameters
save_system siov_reset_release
