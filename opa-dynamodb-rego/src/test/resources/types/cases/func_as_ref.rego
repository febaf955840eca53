package p
f(x) := x + 1
q := f
