package p
q := [x | x := nope(1)]
