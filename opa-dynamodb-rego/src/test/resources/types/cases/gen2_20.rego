package test

q := {"a": 1} | {"b": 2}
