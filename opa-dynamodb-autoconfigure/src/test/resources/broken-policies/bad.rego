package policies.broken

allow if {
	input.x ==
}
