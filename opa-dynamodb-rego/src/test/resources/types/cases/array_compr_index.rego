package p
q := [1 | true][0] + 1
