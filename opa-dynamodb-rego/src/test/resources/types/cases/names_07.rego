package test

q if { every x in [1] { x.a } }
