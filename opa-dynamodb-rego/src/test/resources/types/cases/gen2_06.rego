package test

f(x, y) := x + y
q := f(1, "a")
