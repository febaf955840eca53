package p
x := 1 if input.a
x := "s" if input.b
q := x + 1
