package io.opadynamodb.sample.web;

import io.opadynamodb.spring.PolicyCheck;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Trades, guarded by ABAC: the trader's tenure and title against the trade's ticker and amount. */
@RestController
public class TradesController {

  @PolicyCheck(value = "abac.allow", action = "buy", resource = "#trade")
  @PostMapping("/trades")
  public Trade buy(@RequestBody Trade trade) {
    return trade;
  }
}
