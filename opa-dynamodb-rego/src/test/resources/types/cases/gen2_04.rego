package test

f(x) := 1 if x > 0
else := "s"
q := f(1) + 1
