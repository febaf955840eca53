package test

q := {"a": 1}.a.b
