package p
f(x) := x
q if { f(1, 2, 3) }
