package p
q := [x | some x in [1,2]]
