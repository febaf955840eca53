package test

q if { [a, b] := [1, 2]; a + b > "s" }
