package p
q if { x := "a"; y := [x | x := 1]; count(y) > 0; x == "a" }
