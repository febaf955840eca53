package p
q if { count([1]) with count as 5 }
