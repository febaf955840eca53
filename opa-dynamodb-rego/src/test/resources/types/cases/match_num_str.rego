package p
q if { 1 == "a" }
