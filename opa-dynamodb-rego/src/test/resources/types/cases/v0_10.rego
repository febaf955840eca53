package test

q[x] { x := input.y + 1 }
r { q["s"] }
