package p
q if { print(1, 2) }
