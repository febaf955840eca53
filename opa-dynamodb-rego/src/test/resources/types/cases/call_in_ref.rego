package p
q := split("a.b", ".")[0] + 1
