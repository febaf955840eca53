package test

q := sum([x | some x in [1, "a"]])
