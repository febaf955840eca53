package test

q := [x | x := input[_]; x + 1 > 0]
