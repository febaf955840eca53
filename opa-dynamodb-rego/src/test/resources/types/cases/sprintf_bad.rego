package p
q := sprintf(1, [1])
