package test

p := "foo"
q contains x if { some x in ["a", "b"] }
a.b.c := [{"x": {"y": 1}}]
f(x) := x

r if {
	x := object.keys({"a": 1}); x[0] + 1
}
