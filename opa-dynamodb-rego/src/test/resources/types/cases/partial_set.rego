package p
s contains x if { some x in ["a", "b"] }
q if { s[x]; x + 1 > 0 }
