package p
q if { x := {k: 1 | some k in ["a"]}; x.a + "s" }
