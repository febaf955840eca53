package p
q := to_number("1") + "a"
