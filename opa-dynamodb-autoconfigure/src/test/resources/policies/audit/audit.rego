package policies.audit

import rego.v1

allow if "ROLE_AUDITOR" in input.subject.authorities
