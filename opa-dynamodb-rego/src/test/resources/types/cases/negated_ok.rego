package p
q if { not input.x == 1 }
