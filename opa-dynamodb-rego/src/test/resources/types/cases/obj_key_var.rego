package p
q if { x := {"a": 1}; some k; x[k] == 1; k + 1 > 0 }
