package p
q := count(1)
