package p
q := upper(lower(1))
