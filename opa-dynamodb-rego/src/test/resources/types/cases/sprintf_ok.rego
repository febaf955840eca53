package p
q := sprintf("%v", [1])
