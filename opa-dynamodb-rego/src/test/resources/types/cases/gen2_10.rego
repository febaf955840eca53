package test

q if { x := input.y; x.z[0] + 1 > "s" }
