package p
a := 1
q := a.y
