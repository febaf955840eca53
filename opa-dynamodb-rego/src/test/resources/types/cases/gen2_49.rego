package test

q := {"a": [1]}["a"][0].x
