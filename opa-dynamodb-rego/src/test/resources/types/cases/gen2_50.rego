package test

q := input.a[input.b]
