package test

q := {x: 1 | x := input[_]}
r := q[1]
