package test

q { any([true]) }
