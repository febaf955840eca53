package p
r if { y := {"a": 1}; y.b }
