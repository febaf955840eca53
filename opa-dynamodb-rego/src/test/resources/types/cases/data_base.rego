package p
q := data.foo.bar + 1
