package test

p[x] { x := ["a"][_] }
q { p[y]; y + 1 > 0 }
