package p
q if { x := 1; x = "a" }
