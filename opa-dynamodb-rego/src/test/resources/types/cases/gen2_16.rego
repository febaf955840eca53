package test

q if { some i; [1, 2][i] + i > "s" }
