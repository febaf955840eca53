package p
a := 1
b := a + 1
q if { b == "x" with data.p.a as "s" }
