# Plot of build/bench.csv (make bench): bytes per cycle against the link bound, per operation
# and size. Usage: gnuplot -e "out='build/bench'" scripts/bench.gp  (writes out.png and out.svg)
if (!exists("out")) out = "build/bench"
set datafile separator ","
set key top left
set logscale x 2
set xlabel "transfer size (bytes)"
set ylabel "bytes per cycle"
set grid
set title "siovdm data mover: throughput vs link bound (1 ADI, 500-cycle memory round trip)"
ops = "memmove fill crcgen copy_crc compare id_memmove"
sel(o) = sprintf("< awk -F, '$1==\"%s\"' build/bench.csv", o)
plot for [o in ops] sel(o) using 2:5 with linespoints title o, \
     for [o in ops] sel(o) using 2:6 with lines dashtype 2 title o." bound"
set terminal pngcairo size 1000,640
set output out.".png"
replot
set terminal svg size 1000,640
set output out.".svg"
replot
