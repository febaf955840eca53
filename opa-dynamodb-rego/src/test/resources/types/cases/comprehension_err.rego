package p
q := [x | x := 1 + "a"]
