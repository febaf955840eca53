package p
f(x) := x
g(x, y) := x
q if { f(1) with f as g }
