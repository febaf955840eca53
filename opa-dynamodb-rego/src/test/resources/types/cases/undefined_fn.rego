package p
q if { foo(1) }
