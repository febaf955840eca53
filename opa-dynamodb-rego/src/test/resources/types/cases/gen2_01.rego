package test

a.b[x] := y if { some x, y in {"k": 1} }
q := a.b.k + "s"
