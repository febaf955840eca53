package p
q if { some x in [1,2]; x == "a" }
