package p
q := [x | some x in numbers.range(1, 3)]
