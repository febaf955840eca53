package test

f(x) = y { y := x + 1 }
q { f("a") }
