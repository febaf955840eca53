package test

p[x] := y if { x := "a"; y := [1] }
q := p.a[0] + "s"
