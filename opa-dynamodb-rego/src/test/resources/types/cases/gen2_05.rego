package test

f(x) := y if { y := x }
q := f("a") + 1
