package test

p := {"a": {"b": [1, "x"]}}
q := p.a.b[1] + 1
