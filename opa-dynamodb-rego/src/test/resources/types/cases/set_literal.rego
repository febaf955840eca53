package p
q if { s := {1,2}; s["a"] }
