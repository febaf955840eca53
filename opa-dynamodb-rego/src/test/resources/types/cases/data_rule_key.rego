package p
a := {"x": 1}
q := a.y
