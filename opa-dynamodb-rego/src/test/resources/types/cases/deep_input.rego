package p
q := input.a.b.c[0]
