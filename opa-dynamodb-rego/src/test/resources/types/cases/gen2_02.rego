package test

a.b contains x if { some x in [1] }
q if { a.b[y]; y + "s" }
