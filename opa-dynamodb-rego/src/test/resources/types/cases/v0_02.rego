package test

p[x] = y { x := "k"; y := 1 }
q = r { r := p.k + "s" }
