# Tests of the shipped router (opadynamodb.router). The package index and the team policies are given with
# `with`, so each test states exactly which packages exist and what they decide.
package opadynamodb.router_test

import data.opadynamodb.router
import rego.v1

packages := {
	"compute": {"path": ["compute"], "rules": ["helper"]},
	"compute.cpus": {"path": ["compute", "cpus"], "rules": ["deny"]},
	"compute.images": {"path": ["compute", "images"], "rules": ["deny"]},
	"compute.team.vm": {"path": ["compute", "team", "vm"], "rules": ["deny"]},
	"rbac": {"path": ["rbac"], "rules": ["allow"]},
	"rbac.extra": {"path": ["rbac", "extra"], "rules": ["allow"]},
	"computer": {"path": ["computer"], "rules": ["deny"]},
}

clean := {
	"compute": {"helper": true, "cpus": {"deny": set()}, "images": {"deny": set()}, "team": {"vm": {"deny": set()}}},
	"computer": {"deny": {"never reached: computer is not under compute"}},
}

# As the starter writes it: package names by first segment.
groups[top] := sort([name | some name, _ in packages; split(name, ".")[0] == top]) if {
	some name, _ in packages
	top := split(name, ".")[0]
}

decide(policies, request) := d if {
	d := router.decision with data.opadynamodb.packages as packages
		with data.opadynamodb.groups as groups
		with data.policies as policies
		with input as request
}

test_no_message_allows if {
	d := decide(clean, {"policy": "compute.deny"})
	d.allow == true
	d.reasons == []
	not d.explain
}

test_any_message_denies_with_it_as_reason if {
	policies := json.patch(clean, [{"op": "add", "path": "/compute/cpus/deny", "value": {"too many cpus: 16 > 8"}}])
	d := decide(policies, {"policy": "compute.deny"})
	d.allow == false
	d.reasons == ["too many cpus: 16 > 8"]
}

test_messages_of_every_package_are_collected_in_order if {
	policies := json.patch(clean, [
		{"op": "add", "path": "/compute/cpus/deny", "value": {"b cpus"}},
		{"op": "add", "path": "/compute/images/deny", "value": {"a image"}},
		{"op": "add", "path": "/compute/team/vm/deny", "value": {"c nested"}},
	])
	d := decide(policies, {"policy": "compute.deny"})
	d.allow == false
	d.reasons == ["a image", "b cpus", "c nested"]
}

test_group_without_packages_is_denied if {
	d := decide(clean, {"policy": "storage.deny"})
	d.allow == false
	d.reasons == ["no policy for storage"]
}

test_packages_without_the_rule_are_denied if {
	d := decide(clean, {"policy": "compute.allow"})
	d.allow == false
	d.reasons == ["no package under policies.compute has a allow rule"]
}

test_invalid_reference_is_denied if {
	d := decide(clean, {"policy": "compute"})
	d.allow == false
	d.reasons == [`invalid policy reference "compute": expected <group>.<rule>`]
}

test_boolean_rules_all_true_allow if {
	d := decide({"rbac": {"allow": true, "extra": {"allow": true}}}, {"policy": "rbac.allow"})
	d.allow == true
}

test_boolean_rule_false_denies if {
	d := decide({"rbac": {"allow": true, "extra": {"allow": false}}}, {"policy": "rbac.allow"})
	d.allow == false
	d.reasons == ["policies.rbac.extra.allow is false"]
}

test_undefined_boolean_rules_are_skipped_when_one_is_defined if {
	d := decide({"rbac": {"allow": true}}, {"policy": "rbac.allow"})
	d.allow == true
}

test_all_boolean_rules_undefined_denies if {
	d := decide({"rbac": {}}, {"policy": "rbac.allow"})
	d.allow == false
	d.reasons == ["allow is undefined in every package of rbac"]
}

test_routing_table_limits_the_packages if {
	policies := json.patch(clean, [{"op": "add", "path": "/compute/images/deny", "value": {"bad image"}}])
	d := decide(policies, {"policy": "compute.deny"}) with data.routing as {"compute": ["compute.cpus"]}
	d.allow == true
}

test_routing_table_can_reach_a_subtree if {
	policies := json.patch(clean, [{"op": "add", "path": "/compute/team/vm/deny", "value": {"vm rule"}}])
	d := decide(policies, {"policy": "vm.deny"}) with data.routing as {"vm": "compute.team"}
	d.reasons == ["vm rule"]
}

test_group_missing_from_routing_table_is_denied if {
	d := decide(clean, {"policy": "compute.deny"}) with data.routing as {"storage": ["storage"]}
	d.allow == false
	d.reasons == ["no policy for compute"]
}

test_explain_groups_by_package_when_asked if {
	policies := json.patch(clean, [{"op": "add", "path": "/compute/cpus/deny", "value": {"x", "y"}}])
	d := decide(policies, {"policy": "compute.deny", "explain": true})
	d.explain == {
		"policies.compute.cpus": ["x", "y"],
		"policies.compute.images": [],
		"policies.compute.team.vm": [],
	}
}

test_explain_shows_boolean_values_and_undefined if {
	d := decide({"rbac": {"allow": false}}, {"policy": "rbac.allow", "explain": true})
	d.explain == {"policies.rbac": [false], "policies.rbac.extra": []}
}

test_structured_messages_become_text if {
	policies := json.patch(clean, [{"op": "add", "path": "/compute/cpus/deny", "value": {{"msg": "m1"}, 42}}])
	d := decide(policies, {"policy": "compute.deny"})
	d.reasons == ["42", "m1"]
}

test_unexpected_value_type_denies if {
	d := decide({"rbac": {"allow": "yes", "extra": {"allow": true}}}, {"policy": "rbac.allow"})
	d.allow == false
	d.reasons == ["policies.rbac.allow is a string: expected a set of messages or a boolean"]
}

test_precomputed_routes_are_looked_up_instead_of_the_index if {
	# the routes say compute reaches only compute.images: the deny of compute.cpus is not consulted
	routes := {"compute": {"targets": ["compute.images"], "rules": {"deny": [{"name": "compute.images", "path": ["compute", "images"]}]}}}
	policies := json.patch(clean, [{"op": "add", "path": "/compute/cpus/deny", "value": {"too many cpus"}}])
	d := decide(policies, {"policy": "compute.deny"}) with data.opadynamodb.routes as routes
	d.allow == true
}

test_route_table_lists_the_declaring_packages_of_each_rule if {
	table := router.route_table with data.opadynamodb.packages as packages with data.opadynamodb.groups as groups
	table.rbac == {"targets": ["rbac", "rbac.extra"], "rules": {"allow": [
		{"name": "rbac", "path": ["rbac"]},
		{"name": "rbac.extra", "path": ["rbac", "extra"]},
	]}}
	table.compute.rules.deny == [
		{"name": "compute.cpus", "path": ["compute", "cpus"]},
		{"name": "compute.images", "path": ["compute", "images"]},
		{"name": "compute.team.vm", "path": ["compute", "team", "vm"]},
	]
	table.compute.rules.helper == [{"name": "compute", "path": ["compute"]}]
}

test_route_table_with_a_routing_table_has_its_groups_only if {
	table := router.route_table with data.opadynamodb.packages as packages
		with data.opadynamodb.groups as groups
		with data.routing as {"vm": "compute.team"}
	object.keys(table) == {"vm"}
	table.vm.targets == ["compute.team.vm"]
}
