package p
q if { every x in [1] { y := x + "a" } }
