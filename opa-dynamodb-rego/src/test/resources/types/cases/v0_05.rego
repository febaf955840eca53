package test

q { x := [1]; x.a }
