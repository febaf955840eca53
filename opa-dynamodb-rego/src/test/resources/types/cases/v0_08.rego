package test

q { count(1) }
