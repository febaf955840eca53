# Attribute-based access control (ABAC), from OPA's "Comparison to Other Systems".
#
# Sample input:
#   input = {"user": "alice", "ticker": "MSFT", "action": "buy", "amount": 1000000}
#
# User and stock attributes are data (data.json):
#   data.user_attributes:   user -> {"tenure": years, "title": ...}
#   data.ticker_attributes: ticker -> {"exchange": ..., "price": ...}
#
# As in the original there is no default: a request that no rule allows leaves allow undefined.
package abac

user_attributes := data.user_attributes

ticker_attributes := data.ticker_attributes

# all traders may buy NASDAQ under $2M
allow if {
	# lookup the user's attributes
	user := user_attributes[input.user]

	# check that the user is a trader
	user.title == "trader"

	# check that the stock being purchased is sold on the NASDAQ
	ticker_attributes[input.ticker].exchange == "NASDAQ"

	# check that the purchase amount is under $2M
	input.amount <= 2000000
}

# traders with 10+ years experience may buy NASDAQ under $5M
allow if {
	# lookup the user's attributes
	user := user_attributes[input.user]

	# check that the user is a trader
	user.title == "trader"

	# check that the stock being purchased is sold on the NASDAQ
	ticker_attributes[input.ticker].exchange == "NASDAQ"

	# check that the user has at least 10 years of experience
	user.tenure > 10

	# check that the purchase amount is under $5M
	input.amount <= 5000000
}

# The number of shares the amount buys, at the ticker's price (for auditing the decision).
shares := floor(input.amount / ticker_attributes[input.ticker].price)
