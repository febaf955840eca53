package p
a.b.c := 1
q := a.b.d
