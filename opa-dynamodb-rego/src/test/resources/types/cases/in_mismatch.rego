package p
q if { "a" in [1,2] }
