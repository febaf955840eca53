package p
a := "s"
q := a + 1
