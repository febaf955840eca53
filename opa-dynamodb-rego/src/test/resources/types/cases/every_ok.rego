package p
q if { every x in [1] { x > 0 } }
