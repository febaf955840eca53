package p
q if { x := concat(",") }
