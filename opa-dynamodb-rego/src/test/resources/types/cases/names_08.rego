package test

q := count([1]).a
