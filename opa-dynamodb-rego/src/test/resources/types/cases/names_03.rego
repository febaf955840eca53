package test

q if { x := "s"; y := [x | x := 1; x.a] }
