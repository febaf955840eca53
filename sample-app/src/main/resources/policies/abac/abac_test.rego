package policies.abac_test

import data.policies.abac

buy(attributes, ticker, amount) := {
	"subject": {"attributes": attributes},
	"action": {"name": "buy"},
	"resource": {"type": "abac", "ticker": ticker, "amount": amount},
}

alice := {"tenure": 15, "title": "trader"}

bob := {"tenure": 5, "title": "analyst"}

junior := {"tenure": 3, "title": "trader"}

test_senior_trader_buys_3m if {
	abac.allow with input as buy(alice, "MSFT", 3000000)
}

test_senior_trader_buys_exactly_5m if {
	abac.allow with input as buy(alice, "AMZN", 5000000)
}

test_senior_trader_cannot_buy_6m if {
	not abac.allow with input as buy(alice, "MSFT", 6000000)
}

test_analyst_cannot_buy if {
	not abac.allow with input as buy(bob, "MSFT", 1000)
}

test_junior_trader_buys_up_to_2m if {
	abac.allow with input as buy(junior, "MSFT", 2000000)
}

test_junior_trader_cannot_buy_3m if {
	not abac.allow with input as buy(junior, "MSFT", 3000000)
}

test_nyse_stock_is_not_allowed if {
	not abac.allow with input as buy(alice, "IBM", 1)
}

test_unknown_stock_is_not_allowed if {
	not abac.allow with input as buy(alice, "ACME", 1)
}
