package test

p := "foo"
q contains x if { some x in ["a", "b"] }
a.b.c := [{"x": {"y": 1}}]
f(x) := x

r if {
	x := array.concat([1], ["a"]); x[0] + 1 > 0
}
