package p
q := 1 if { input.x } else := "a"
r := q + 1
