package p
q if { x := "abc"; x[0] }
