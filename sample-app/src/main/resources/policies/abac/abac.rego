# Attribute-based access control (ABAC), from OPA's "Comparison to Other Systems", on the starter's input.
#
# Checked by @PolicyCheck(value = "abac.allow", resource = "#trade"). The trader's attributes come from the
# application (input.subject.attributes: tenure in years, title); the stocks' are data (abac/data.json):
#   - traders may buy NASDAQ stocks for up to $2M;
#   - traders with more than 10 years of tenure may buy NASDAQ stocks for up to $5M.
#
# input = {"subject": {"id": "alice", "attributes": {"tenure": 15, "title": "trader"}, ...},
#          "action": {"name": "buy", ...}, "resource": {"type": "abac", "ticker": "MSFT", "amount": 1000000}}
package policies.abac

default allow := false

user := input.subject.attributes

trade := input.resource

# all traders may buy NASDAQ under $2M
allow if {
	user.title == "trader"
	data.abac.ticker_attributes[trade.ticker].exchange == "NASDAQ"
	trade.amount <= 2000000
}

# traders with 10+ years experience may buy NASDAQ under $5M
allow if {
	user.title == "trader"
	data.abac.ticker_attributes[trade.ticker].exchange == "NASDAQ"
	user.tenure > 10
	trade.amount <= 5000000
}
