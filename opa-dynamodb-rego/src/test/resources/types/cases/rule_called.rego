package p
r := 1
q if { r(1) }
