package test

p = {"a": 1}
q { p.b }
