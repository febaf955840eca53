package p
q if { x := 1 + "a" }
