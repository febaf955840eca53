package p
q if { input.x == 1 with input as {"x": 1} }
