package p
f(x) := upper(x)
q := f("a") + 1
