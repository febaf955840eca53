package p
import rego.v1
q := {x: y | some x, y in {"a": 1}}
