package p
q if { input.a + "s" == 1 }
