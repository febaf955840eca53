package p
q if { x := count([1], 2) }
