package test

p := "foo"
q contains x if { some x in ["a", "b"] }
a.b.c := [{"x": {"y": 1}}]
f(x) := x

r if {
	x := {"a": {"b": [1]}}; x.a.b[0].c
}
