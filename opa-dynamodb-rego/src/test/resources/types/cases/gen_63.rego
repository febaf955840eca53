package test

p := "foo"
q contains x if { some x in ["a", "b"] }
a.b.c := [{"x": {"y": 1}}]
f(x) := x

r if {
	x := {v | some v in [1]}; x[y]; y + "s" == 0
}
