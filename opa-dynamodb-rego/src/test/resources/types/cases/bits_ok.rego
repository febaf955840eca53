package p
q := bits.or(1, 2)
