package test

q := data.x[data.y].z
