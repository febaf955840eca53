package p
s := concat(1, [1,2])
