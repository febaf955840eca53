package abac_test

import data.abac

test_trader_buys_nasdaq_under_2m if {
	abac.allow with input as {"user": "alice", "ticker": "MSFT", "action": "buy", "amount": 1000000}
}

test_junior_trader_buys_nasdaq_at_2m if {
	abac.allow with input as {"user": "carol", "ticker": "MSFT", "action": "buy", "amount": 2000000}
}

test_junior_trader_cannot_buy_over_2m if {
	not abac.allow with input as {"user": "carol", "ticker": "AMZN", "action": "buy", "amount": 4500000}
}

test_senior_trader_buys_nasdaq_under_5m if {
	abac.allow with input as {"user": "alice", "ticker": "AMZN", "action": "buy", "amount": 4500000}
}

test_senior_trader_cannot_buy_over_5m if {
	not abac.allow with input as {"user": "alice", "ticker": "AMZN", "action": "buy", "amount": 5000001}
}

test_analyst_cannot_buy if {
	not abac.allow with input as {"user": "bob", "ticker": "MSFT", "action": "buy", "amount": 1}
}

test_nyse_stock_is_not_allowed if {
	not abac.allow with input as {"user": "alice", "ticker": "IBM", "action": "buy", "amount": 1}
}

test_denied_request_leaves_allow_undefined if {
	not abac.allow with input as {"user": "nobody", "ticker": "MSFT", "action": "buy", "amount": 1}
}

test_shares_use_the_price if {
	abac.shares == 16891 with input as {"user": "alice", "ticker": "MSFT", "amount": 1000000}
}
